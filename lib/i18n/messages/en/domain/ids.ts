// English — lib/ids: its errors and its inbox messages (mirrors zh-CN/domain/ids.ts).
import type { Messages } from "../../zh-CN";

const ids: Messages["domain"]["ids"] = {
  errors: {
    uscc: {
      empty: "Please enter the unified social credit code",
      length: "The unified social credit code has 18 characters; this one has {length}",
      charset: "The unified social credit code contains characters it never uses: “{chars}” (only digits and capital letters, never I, O, Z, S or V)",
      checkChar: "The check character of the unified social credit code should be {expected}; please check the code",
    },
    residentId: {
      empty: "Please enter the ID card number",
      length: "The ID card number has 18 characters; this one has {length}",
      format: "The ID card number is not in the right format: the first 17 characters are digits, the last a digit or X",
      birthInvalid: "The date of birth in the ID card number, {date}, is not a valid date",
      birthTooEarly: "The date of birth in the ID card number, {date}, is before {year}; please check the number",
      birthInFuture: "The date of birth in the ID card number, {date}, is later than today; please check the number",
      checkChar: "The check character of the ID card number should be {expected}; please check the number",
    },
  },
  notices: {},
};

export default ids;
