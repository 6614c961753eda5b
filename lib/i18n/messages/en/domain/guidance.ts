// English — lib/guidance: its errors and its inbox messages (mirrors zh-CN/domain/guidance.ts).
import type { Messages } from "../../zh-CN";

const guidance: Messages["domain"]["guidance"] = {
  errors: {
    rule: {
      codeFormat: "Question and option codes may contain only lower-case letters, digits and underscores",
      chooseMatter: "Please choose a matter",
      reasonTooShort: "Please say in one sentence why it is needed (at least {minimum} characters)",
      reasonTooLong: "The reason may have at most {maximum} characters",
      conditionRequired: "Please enter the condition",
      conditionNotJson: "The condition is not valid JSON; please check the brackets, quotes and commas",
      conditionShape:
        'The condition has the wrong shape: it should be {"q": question code, "eq"|"includes"|"anyOf"|"gte"|"lt": value}, or combined with all/any/not',
      matterNotFound: "The matter does not exist; please choose one from the list",
      ruleNotFound: "The rule does not exist",
      exclusive:
        "Once saved, answering {answers} would make the notice list both “{matter}” and “{other}”, which exclude each other: {note}. Please change the condition so that the two are never both needed.",
      answerIs: "“{question}” is “{answer}”",
    },
    refs: {
      noQuestion: "Question “{q}” does not exist",
      noOption: "Question “{q}” has no option “{option}”",
      booleanEq: "Question “{q}” is a yes/no question; eq should be true or false",
      singleEq: "For question “{q}”, eq should be an option code",
      numberEq: "For question “{q}”, eq should be a number",
      multipleEq: "For the multiple-choice question “{q}”, use includes or anyOf",
      includesNotMultiple: "Only multiple-choice questions can use includes (“{q}” is not one)",
      anyOfNotChoice: "Question “{q}” is not a choice question and cannot use anyOf",
      notNumber: "Question “{q}” is not a number question and cannot be compared",
    },
  },
  notices: {},
};

export default guidance;
