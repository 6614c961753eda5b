// legal: the labels around a legal original (告知承诺书, generated documents) and its English translation.
// On Chinese pages the original is shown alone; these labels appear on English pages.
const legal = {
  original: "中文原文 — 这是您签署的文本（法定文本）",
  originalNote: "您的电子签名及其哈希值针对此中文原文。",
  translation: "英文译文（仅供参考）",
  translationNote: "译文不具法律效力；以中文原文为准。",
  untranslatedLine: "（此行未翻译，请以中文原文为准）",
};
export default legal;
