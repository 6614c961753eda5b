// 简体中文 — lib/files: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const files = {
  errors: {
    badKey: "文件存储键无效",
    chooseFile: "请选择要上传的文件",
    /** MAX_MATERIAL_BYTES (lib/files/upload.ts) is 5 MB. */
    tooLarge: "文件“{file}”超过 5 MB 上限，请压缩或拆分后上传",
    /** A refused upload (lib/files/sniff.ts): one key per content type, its name being part of the sentence. */
    upload: {
      badName: "文件名为空或只含无效字符，请重命名文件后再上传",
      empty: "文件“{file}”是空文件（0 字节），请检查后重新选择文件上传",
      tooLarge: "文件“{file}”为 {size}，超过 {limit} 上限，请压缩或拆分后上传",
      notAccepted: "文件“{file}”的内容不是 PDF、JPG 或 PNG（可能是改了扩展名的其他文件），请上传原始文件",
      extMismatch: {
        pdf: "文件“{file}”的扩展名是 .{ext}，但实际内容是PDF 文件。扩展名与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
        jpg: "文件“{file}”的扩展名是 .{ext}，但实际内容是JPG 图片。扩展名与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
        png: "文件“{file}”的扩展名是 .{ext}，但实际内容是PNG 图片。扩展名与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
      },
      /** By the declared type, then the actual content. */
      typeMismatch: {
        pdf: {
          pdf: "文件“{file}”声明的类型是PDF 文件，但实际内容是PDF 文件。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
          jpg: "文件“{file}”声明的类型是PDF 文件，但实际内容是JPG 图片。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
          png: "文件“{file}”声明的类型是PDF 文件，但实际内容是PNG 图片。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
        },
        jpg: {
          pdf: "文件“{file}”声明的类型是JPG 图片，但实际内容是PDF 文件。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
          jpg: "文件“{file}”声明的类型是JPG 图片，但实际内容是JPG 图片。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
          png: "文件“{file}”声明的类型是JPG 图片，但实际内容是PNG 图片。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
        },
        png: {
          pdf: "文件“{file}”声明的类型是PNG 图片，但实际内容是PDF 文件。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
          jpg: "文件“{file}”声明的类型是PNG 图片，但实际内容是JPG 图片。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
          png: "文件“{file}”声明的类型是PNG 图片，但实际内容是PNG 图片。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
        },
      },
    },
  },
  notices: {},
};

export default files;
