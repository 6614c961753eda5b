// English — lib/files: its errors and its inbox messages (mirrors zh-CN/domain/files.ts).
import type { Messages } from "../../zh-CN";

const files: Messages["domain"]["files"] = {
  errors: {
    badKey: "The file storage key is not valid",
    chooseFile: "Please choose the file to upload",
    tooLarge: "The file “{file}” is larger than the 5 MB limit. Please compress or split it and upload again",
    upload: {
      badName: "The file name is empty or has only characters that cannot be used. Please rename the file and upload it again",
      empty: "The file “{file}” is empty (0 bytes). Please check it and choose the file again",
      tooLarge: "The file “{file}” is {size}, over the {limit} limit. Please compress or split it and upload again",
      notAccepted: "The content of the file “{file}” is not PDF, JPG or PNG (it may be another kind of file renamed). Please upload the original file",
      extMismatch: {
        pdf: "The file “{file}” has the extension .{ext}, but its content is a PDF file. A file whose extension does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
        jpg: "The file “{file}” has the extension .{ext}, but its content is a JPG image. A file whose extension does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
        png: "The file “{file}” has the extension .{ext}, but its content is a PNG image. A file whose extension does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
      },
      typeMismatch: {
        pdf: {
          pdf: "The file “{file}” was declared as a PDF file, but its content is a PDF file. A file whose type does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
          jpg: "The file “{file}” was declared as a PDF file, but its content is a JPG image. A file whose type does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
          png: "The file “{file}” was declared as a PDF file, but its content is a PNG image. A file whose type does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
        },
        jpg: {
          pdf: "The file “{file}” was declared as a JPG image, but its content is a PDF file. A file whose type does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
          jpg: "The file “{file}” was declared as a JPG image, but its content is a JPG image. A file whose type does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
          png: "The file “{file}” was declared as a JPG image, but its content is a PNG image. A file whose type does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
        },
        png: {
          pdf: "The file “{file}” was declared as a PNG image, but its content is a PDF file. A file whose type does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
          jpg: "The file “{file}” was declared as a PNG image, but its content is a JPG image. A file whose type does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
          png: "The file “{file}” was declared as a PNG image, but its content is a PNG image. A file whose type does not match its content may have been altered, so it is not accepted for safety. Please upload the original file",
        },
      },
    },
  },
  notices: {},
};

export default files;
