import "server-only";
// 经营范围规范表述: search the standard terms and say, for the picked ones, which are licensed activities
// and which permits they need (晋中方案 四(一): 将涉企经营许可规范用语和经营范围的表述一一对应).
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReformMode } from "@/lib/generated/prisma/enums";
import { expandQuery, synonymsIn } from "@/lib/catalog/synonyms";

export interface ScopeTermView {
  code: string;
  name: string;
  category: string;
  isLicensed: boolean;
  matters: { code: string; name: string; reformMode: ReformMode; department: string }[];
}

const include = {
  matters: {
    include: { matter: { select: { code: true, name: true, reformMode: true, isActive: true, department: { select: { name: true } } } } },
  },
} satisfies Prisma.BusinessScopeTermInclude;

type Row = Prisma.BusinessScopeTermGetPayload<{ include: typeof include }>;

function findTerms(where: Prisma.BusinessScopeTermWhereInput, take?: number): Promise<Row[]> {
  return getDb().businessScopeTerm.findMany({ where, include, orderBy: [{ isLicensed: "desc" }, { code: "asc" }], take });
}

/** Every term: the window's registration form replaces an enterprise's whole set, so it must list them all. */
export async function listAllScopeTerms(): Promise<ScopeTermView[]> {
  return (await findTerms({})).map(view);
}

function view(t: Row): ScopeTermView {
  return {
    code: t.code,
    name: t.name,
    category: t.category,
    isLicensed: t.isLicensed,
    matters: t.matters
      .filter((m) => m.matter.isActive)
      .map((m) => ({ code: m.matter.code, name: m.matter.name, reformMode: m.matter.reformMode, department: m.matter.department.name })),
  };
}

export async function searchScopeTerms({ q, picked }: { q: string; picked: string[] }) {
  const words = q.split(/\s+/).filter(Boolean);
  // An everyday word also finds the standard wording it stands for (检索同义词, lib/catalog/synonyms.ts): 网吧 → 上网服务.
  const synonyms = words.length ? await synonymsIn(q) : [];
  const wordings = (w: string) => [w, ...expandQuery(w, synonyms).slice(1)];
  const [results, chosen] = await Promise.all([
    findTerms(
      words.length
        ? { AND: words.map((w) => ({ OR: [...wordings(w).map((x) => ({ name: { contains: x } })), { code: { contains: w, mode: "insensitive" as const } }] })) }
        : {},
      200,
    ),
    picked.length ? findTerms({ code: { in: picked } }) : Promise.resolve([]),
  ]);
  const pickedViews = chosen.map(view);
  const permits = new Map<string, ScopeTermView["matters"][number] & { terms: string[] }>();
  for (const term of pickedViews) {
    // A cancelled approval is shown next to its term but is nothing to obtain.
    for (const m of term.matters.filter((x) => x.reformMode !== "CANCEL")) {
      const entry = permits.get(m.code) ?? { ...m, terms: [] };
      entry.terms.push(term.name);
      permits.set(m.code, entry);
    }
  }
  return { results: results.map(view), picked: pickedViews, permits: [...permits.values()] };
}
