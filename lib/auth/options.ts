// next-auth (v4) configuration: credentials provider, JWT sessions.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { authenticate } from "./authenticate";
import type { SessionUser } from "./types";

/** Error strings the login form turns into catalog messages. */
export const LOGIN_ERROR = { invalid: "INVALID", lockedPrefix: "LOCKED:" } as const;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const env = getEnv();
        const result = await authenticate({
          db: getDb(),
          username: credentials?.username,
          password: credentials?.password,
          now: new Date(),
          maxFailures: env.LOGIN_MAX_FAILURES,
          lockMinutes: env.LOGIN_LOCK_MINUTES,
        });
        if (result.ok) return result.user;
        // next-auth passes a thrown error's message back to signIn() as `error`.
        throw new Error(result.reason === "LOCKED" ? `${LOGIN_ERROR.lockedPrefix}${result.minutes}` : LOGIN_ERROR.invalid);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.user = user as SessionUser;
      return token;
    },
    session({ session, token }) {
      if (token.user) session.user = token.user;
      return session;
    },
  },
};
