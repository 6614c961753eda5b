// Environment variables, parsed once. Everything else imports `env` from here.
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL 未设置：请通过 npm start 启动（会自动启动内嵌数据库），或设置外部 PostgreSQL 地址"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** Failed logins before an account locks, and for how long. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  /** The portal's public address, printed in licence QR codes and share links (lib/public-url.ts); required in production. */
  PUBLIC_BASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
  NEXTAUTH_URL: z.url().optional(),
  /** The current licence signing key: Ed25519 private key, PKCS#8 DER, base64 (never committed). */
  LICENCE_SIGNING_KEY: z.string().min(40).optional(),
  /** Its key id, as licences name it and /.well-known/licence-keys.json publishes it. */
  LICENCE_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, "LICENCE_KEY_ID 只能包含字母、数字和 . _ -")
    .optional(),
  /** Bearer secret of the deadline sweep route (/api/cron/sweep); unset = the route refuses every call. */
  CRON_SECRET: z.string().min(16).optional(),
  /**
   * TEST ONLY: "1" lets a sweep call name the time it runs at (JSON body { now }), so an end-to-end test can
   * step past a deadline. Never set in production; `npm start` does not.
   */
  SWEEP_CLOCK_OVERRIDE: z.enum(["0", "1"]).optional(),
  /** "off": this server process runs no background jobs (lib/jobs/start-workers.ts); it still queues them. */
  JOBS_WORKER: z.enum(["on", "off"]).optional(),
  /**
   * The site footer's 政府网站发展指引 (国办发〔2017〕47号) identifiers: 主办单位, 网站标识码, ICP 备案号,
   * 公安机关备案号. Each line is shown only when its variable is set (README "页脚备案信息").
   */
  SITE_ORGANIZER: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(100).optional()),
  SITE_ID_CODE: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
  SITE_ICP_NUMBER: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(60).optional()),
  SITE_PSB_NUMBER: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(60).optional()),
  /**
   * Exchange gateway of the 互联网+监管 / credit platform that receives outbox pushes (POST, JSON).
   * Unset: pushes wait in the outbox as PENDING, nothing is lost or marked failed.
   */
  OUTBOX_WEBHOOK_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}
