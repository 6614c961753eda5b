// 简体中文 — lib/files: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const files = {
  errors: {
    badKey: "文件存储键无效",
    chooseFile: "请选择要上传的文件",
    /** MAX_MATERIAL_BYTES (lib/files/upload.ts) is 5 MB. */
    tooLarge: "文件“{file}”超过 5 MB 上限，请压缩或拆分后上传",
  },
  notices: {},
};

export default files;
