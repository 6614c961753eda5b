// English — lib/files: its errors and its inbox messages (mirrors zh-CN/domain/files.ts).
import type { Messages } from "../../zh-CN";

const files: Messages["domain"]["files"] = {
  errors: {
    badKey: "The file storage key is not valid",
    chooseFile: "Please choose the file to upload",
    tooLarge: "The file “{file}” is larger than the 5 MB limit. Please compress or split it and upload again",
  },
  notices: {},
};

export default files;
