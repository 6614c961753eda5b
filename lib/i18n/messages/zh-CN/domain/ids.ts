// 简体中文 — lib/ids: its errors (validators' problems: lib/ids/problem.ts) and its inbox messages (notify(); each has .title and .body).
const ids = {
  errors: {
    uscc: {
      empty: "请填写统一社会信用代码",
      length: "统一社会信用代码应为18位，当前为{length}位",
      charset: "统一社会信用代码含有非法字符“{chars}”（只能包含数字和大写字母，且不使用 I、O、Z、S、V）",
      checkChar: "统一社会信用代码校验位应为 {expected}，请核对",
    },
    residentId: {
      empty: "请填写身份证号码",
      length: "身份证号码应为18位，当前为{length}位",
      format: "身份证号码格式不正确：前17位应为数字，最后一位应为数字或 X",
      birthInvalid: "身份证号码中的出生日期 {date} 不是有效日期",
      birthTooEarly: "身份证号码中的出生日期 {date} 早于{year}年，请核对",
      birthInFuture: "身份证号码中的出生日期 {date} 晚于今天，请核对",
      checkChar: "身份证号码校验位应为 {expected}，请核对",
    },
  },
  notices: {},
};

export default ids;
