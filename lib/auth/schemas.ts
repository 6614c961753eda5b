import { z } from "zod";

/** Login form: the same schema checks the browser form and the server. Messages are catalog keys. */
export const ZLogin = z.object({
  username: z.string().trim().min(1, "login.usernameRequired").max(64, "login.tooLong"),
  password: z.string().min(1, "login.passwordRequired").max(128, "login.tooLong"),
});
export type TLogin = z.infer<typeof ZLogin>;

export const ZLocale = z.object({ locale: z.enum(["zh-CN", "en"]) });
