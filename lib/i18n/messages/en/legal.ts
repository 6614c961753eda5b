// legal: the labels around a legal original (告知承诺书, generated documents) and its English translation.
import type { Messages } from "../zh-CN";

const legal: Messages["legal"] = {
  original: "Chinese original — this is the text you sign",
  originalNote: "Your electronic signature and its hash cover this Chinese original.",
  translation: "English translation (for reference)",
  translationNote: "The translation has no legal effect; the Chinese original prevails.",
  untranslatedLine: "(this line is not translated: read the Chinese original)",
};
export default legal;
