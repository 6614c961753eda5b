// The portal's public address: what a QR code, a printed verification address or a share link carries, so
// it must be an address a phone can open — never the `localhost` of the server itself. Set by
// PUBLIC_BASE_URL (README, 部署). `npm start` derives it from this machine's network address when unset
// and says so; a production server started any other way refuses to start without it (instrumentation.ts).
export interface PublicUrlEnv {
  NODE_ENV?: string;
  PUBLIC_BASE_URL?: string;
}

export const MISSING_PUBLIC_BASE_URL =
  "PUBLIC_BASE_URL 未设置：证照二维码和核验地址需要公众可以访问的门户地址（例如 https://yzt.example.gov.cn）。请设置 PUBLIC_BASE_URL 后再启动。";

/** The base URL (ending in "/"), or an error in production when none is configured. */
export function publicBase(env: PublicUrlEnv): string {
  const base = env.PUBLIC_BASE_URL?.trim();
  if (base) return base.endsWith("/") ? base : `${base}/`;
  if (env.NODE_ENV === "production") throw new Error(MISSING_PUBLIC_BASE_URL);
  // Development and tests only: nobody scans these.
  return "http://localhost:3000/";
}

/** The absolute public URL of a portal path. */
export function publicUrlOf(env: PublicUrlEnv, path: string): string {
  return new URL(path.replace(/^\//, ""), publicBase(env)).toString();
}
