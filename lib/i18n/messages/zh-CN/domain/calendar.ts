// 简体中文 — lib/calendar: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const calendar = {
  errors: {
    holiday: {
      dateRequired: "请填写日期",
      dateFormat: "请按“年-月-日”填写日期，例如 2031-10-01",
      dateInvalid: "{day} 不是有效的日期，请检查",
      yearRange: "只能维护 {first} 年至 {last} 年的日期",
      // One key per weekday: the weekday's name is part of the sentence in each language.
      alreadyWorkday: {
        mon: "{day} 是星期一，本来就是工作日，无需登记为“调休上班”；调休上班日只登记在星期六或星期日",
        tue: "{day} 是星期二，本来就是工作日，无需登记为“调休上班”；调休上班日只登记在星期六或星期日",
        wed: "{day} 是星期三，本来就是工作日，无需登记为“调休上班”；调休上班日只登记在星期六或星期日",
        thu: "{day} 是星期四，本来就是工作日，无需登记为“调休上班”；调休上班日只登记在星期六或星期日",
        fri: "{day} 是星期五，本来就是工作日，无需登记为“调休上班”；调休上班日只登记在星期六或星期日",
      },
      alreadyRestDay: {
        sat: "{day} 是星期六，本来就是休息日，无需登记为“放假”；放假只需登记落在星期一至星期五的日子",
        sun: "{day} 是星期日，本来就是休息日，无需登记为“放假”；放假只需登记落在星期一至星期五的日子",
      },
      nameRequired: "请填写名称",
      nameEmpty: "请填写名称，例如“国庆节”或“国庆节调休上班”",
      nameTooLong: "名称不超过 {maximum} 字",
      kindRequired: "请选择类型：放假或调休上班",
      notInCalendar: "{date} 没有登记在日历中（可能已被删除），请刷新页面",
    },
  },
  notices: {},
};

export default calendar;
