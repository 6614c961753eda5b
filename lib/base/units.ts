// The comprehensive window (综合窗口) as a unit beside the departments, in metrics and ratings alike.

export const WINDOW_UNIT = "WINDOW";

/** The 综合窗口's name as a unit (data, like a department's name). */
export const WINDOW_NAME = "综合窗口";
