// 企业名称 checks, shared by the one form (a new company's name), the 变更登记 request and registration at
// issuance. 嘉定方案 (003) 二(一)3: "推广实施企业名称告知承诺…持续提高无纸全程电子化登记系统信息自动识别和
// 智能筛查精准度" — a name is screened automatically against the names in use, not only by exact equality:
// the same name typed with full-width letters, extra spaces, other punctuation or another 组织形式
// (有限公司 / 有限责任公司 / none) is the same name.
//
// `normaliseName` and `nameProblem` are pure (browser and server); `findNameConflict` asks the database.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { problem, problemText, type Problem } from "@/lib/ids/problem";

const E = "domain.forms.errors.name";
const zhT = makeT(zhCN);

type Db = PrismaClient | Prisma.TransactionClient;

export const NAME_MIN = 4;
export const NAME_MAX = 100;

/**
 * Removed before comparing: whitespace and punctuation, ASCII and CJK (after NFKC, full-width ASCII is
 * ASCII already). One list used by the JavaScript normaliser and by the SQL one, so both agree.
 */
export const IGNORED = " \t\r\n\u3000()（）[]【】{}<>《》〈〉「」『』\"'“”‘’`·•・.,，。、;；:：!！?？-‐‑–—―_~～/\\|&＆+*#@%^=$";

/**
 * 组织形式 at the end of a name (公司法, 合伙企业法, 个人独资企业法): longest first, so "股份有限公司" is removed
 * whole, not as "有限公司" leaving "股份".
 */
const ORGANISATION_FORMS = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "合伙企业普通合伙",
  "合伙企业有限合伙",
  "普通合伙企业",
  "有限合伙企业",
  "个人独资企业",
  "合伙企业",
  "公司",
];
export const FORM_SUFFIX = `(${ORGANISATION_FORMS.join("|")})$`;
const FORM_SUFFIX_RE = new RegExp(FORM_SUFFIX);

/** The comparable core of a name: NFKC, lower case, no spaces or punctuation, no 组织形式 at the end. */
export function normaliseName(name: string): string {
  const folded = name.normalize("NFKC").toLowerCase();
  let out = "";
  for (const ch of folded) if (!IGNORED.includes(ch)) out += ch;
  return out.replace(FORM_SUFFIX_RE, "");
}

/**
 * The problem with a name as typed, or null: length (a 10,000-character name is an error, never cut to
 * fit), Chinese characters (企业名称登记管理规定 第七条: 企业名称应当使用规范汉字), and a core left once the
 * 组织形式 is removed.
 */
export function nameIssue(name: string, label: string): Problem | null {
  const v = name.trim();
  if (v.length < NAME_MIN) return problem(`${E}.tooShort`, { label, minimum: NAME_MIN });
  if (v.length > NAME_MAX) return problem(`${E}.tooLong`, { label, maximum: NAME_MAX, length: v.length });
  if (!/[\u4e00-\u9fff]/.test(v)) return problem(`${E}.notChinese`, { label });
  if (normaliseName(v).length < 2) return problem(`${E}.noCore`, { label, minimum: 2 });
  return null;
}

/**
 * @deprecated The same problem as a Chinese sentence, for callers not moved to `nameIssue` yet (its words
 * come from the zh-CN catalog; the English UI needs `nameIssue`).
 */
export function nameProblem(name: string, label: string = zhT("domain.forms.labels.companyName")): string | null {
  const p = nameIssue(name, label);
  return p ? problemText(zhT, p) : null;
}

export interface NameConflict {
  /** The name in use that the new one collides with. */
  name: string;
  /** Exactly the same characters, or the same once normalised. */
  exact: boolean;
  /** An enterprise registered under it, or a 变更登记 request waiting for it. */
  kind: "enterprise" | "pendingChange";
}

/**
 * Whether `name` is already in use, exactly or normalised: by another ACTIVE enterprise, or asked for by
 * another enterprise's open 变更登记 request. `exceptEnterpriseId` is the enterprise itself (its own name is
 * no conflict). An index look-up (prisma/sql/name-key.sql); an exact match is reported before a normalised one. Parameters are bound ($queryRawUnsafe with placeholders, so
 * this module imports no Prisma value and stays usable in the browser for the pure checks above).
 */
export async function findNameConflict(opts: { db: Db; name: string; exceptEnterpriseId?: string | null }): Promise<NameConflict | null> {
  const typed = opts.name.trim();
  const core = normaliseName(typed);
  if (!core) return null;
  // onelicence_name_key (prisma/sql/name-key.sql) is normaliseName in SQL; the partial index on it makes the
  // enterprise half a look-up. Open change requests are few (status SUBMITTED).
  const rows = await opts.db.$queryRawUnsafe<{ name: string; kind: NameConflict["kind"] }[]>(
    `SELECT name, kind FROM (
       SELECT e.name AS name, 'enterprise' AS kind FROM "Enterprise" e
        WHERE e.status = 'ACTIVE' AND onelicence_name_key(e.name) = $2 AND e.id <> $1
       UNION ALL
       SELECT c."newName" AS name, 'pendingChange' AS kind FROM "RegistrationChange" c
        WHERE c.status = 'SUBMITTED' AND c."newName" IS NOT NULL AND c."enterpriseId" <> $1 AND onelicence_name_key(c."newName") = $2
     ) hits
     ORDER BY (name = $3) DESC, kind
     LIMIT 1`,
    opts.exceptEnterpriseId ?? "",
    core,
    typed,
  );
  const hit = rows[0];
  return hit ? { name: hit.name, exact: hit.name === typed, kind: hit.kind } : null;
}

/** The problem a conflict is refused with (the applicant chooses another name). */
export function nameConflictIssue(name: string, conflict: NameConflict): Problem {
  if (conflict.kind === "pendingChange") return problem(`${E}.takenByPendingChange`, { name, other: conflict.name });
  return conflict.exact ? problem(`${E}.taken`, { name }) : problem(`${E}.similar`, { name, other: conflict.name });
}

/** @deprecated `nameConflictIssue` as a Chinese sentence (zh-CN catalog), for callers not moved yet. */
export function nameConflictMessage(name: string, conflict: NameConflict): string {
  return problemText(zhT, nameConflictIssue(name, conflict));
}

/**
 * At submission of a new company's application (submit-application.ts): the name it asks to register,
 * checked as typed and against the names in use. `{}` when there is nothing to say (an existing enterprise
 * keeps its registered name; an empty name is reported as missing elsewhere).
 */
export async function newCompanyNameProblems(opts: { db: Db; isNewEnterprise: boolean; name: unknown; label: string }): Promise<Record<string, Problem>> {
  if (!opts.isNewEnterprise || typeof opts.name !== "string" || !opts.name.trim()) return {};
  const name = opts.name.trim();
  const typed = nameIssue(name, opts.label);
  if (typed) return { "subject.name": typed };
  const conflict = await findNameConflict({ db: opts.db, name });
  return conflict ? { "subject.name": nameConflictIssue(name, conflict) } : {};
}
