// English — lib/calendar: its errors and its inbox messages (mirrors zh-CN/domain/calendar.ts).
import type { Messages } from "../../zh-CN";

const workday = (weekday: string) =>
  `{day} is a ${weekday} and already a working day: no need to enter it as a make-up working day; make-up working days are only entered on a Saturday or Sunday`;
const restDay = (weekday: string) =>
  `{day} is a ${weekday} and already a rest day: no need to enter it as a day off; only days off that fall Monday to Friday are entered`;

const calendar: Messages["domain"]["calendar"] = {
  errors: {
    holiday: {
      dateRequired: "Please enter the date",
      dateFormat: "Please enter the date as year-month-day, e.g. 2031-10-01",
      dateInvalid: "{day} is not a valid date, please check it",
      yearRange: "Only dates from {first} to {last} can be maintained",
      alreadyWorkday: { mon: workday("Monday"), tue: workday("Tuesday"), wed: workday("Wednesday"), thu: workday("Thursday"), fri: workday("Friday") },
      alreadyRestDay: { sat: restDay("Saturday"), sun: restDay("Sunday") },
      nameRequired: "Please enter the name",
      nameEmpty: "Please enter the name, e.g. “National Day” or “National Day make-up working day”",
      nameTooLong: "The name may have at most {maximum} characters",
      kindRequired: "Please choose the type: day off or make-up working day",
      notInCalendar: "{date} is not in the calendar (it may have been deleted); please refresh the page",
    },
  },
  notices: {},
};

export default calendar;
