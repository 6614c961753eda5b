// 简体中文 — lib/guidance: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const guidance = {
  errors: {
    rule: {
      codeFormat: "问题和选项代码只能包含小写字母、数字和下划线",
      chooseMatter: "请选择事项",
      reasonTooShort: "请用一句话说明为什么需要办理（至少{minimum}个字）",
      reasonTooLong: "原因不能超过{maximum}字",
      conditionRequired: "请填写触发条件",
      conditionNotJson: "触发条件不是有效的 JSON，请检查括号、引号和逗号",
      conditionShape: '触发条件格式不对：应为 {"q":问题代码, "eq"|"includes"|"anyOf"|"gte"|"lt": 值}，或用 all/any/not 组合',
      matterNotFound: "事项不存在，请从列表中选择",
      ruleNotFound: "规则不存在",
      exclusive: "保存后，回答{answers}时，一次告知会同时列出“{matter}”和“{other}”，而二者互斥：{note}。请修改触发条件，使两项不会同时需要。",
      /** One answer in the sentence above: 「问题」为「回答」. */
      answerIs: "「{question}」为「{answer}」",
    },
    /** A condition that names a question or option wrongly (check-refs.ts). */
    refs: {
      noQuestion: "问题“{q}”不存在",
      noOption: "问题“{q}”没有选项“{option}”",
      booleanEq: "问题“{q}”是是非题，eq 应为 true 或 false",
      singleEq: "问题“{q}”的 eq 应为选项代码",
      numberEq: "问题“{q}”的 eq 应为数字",
      multipleEq: "多选题“{q}”请用 includes 或 anyOf",
      includesNotMultiple: "只有多选题可以用 includes（“{q}”不是多选题）",
      anyOfNotChoice: "问题“{q}”不是选择题，不能用 anyOf",
      notNumber: "问题“{q}”不是数字题，不能比较大小",
    },
  },
  notices: {},
};

export default guidance;
