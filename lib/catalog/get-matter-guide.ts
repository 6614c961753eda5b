import "server-only";
// The service guide (办事指南) of one matter: the elements the 十统一 standard names (珠海方案 三(二)9:
// 名称、基本编码、设定依据、事项类型、行业部门、行使层级 …), its materials, FAQ (应急管理局方案 (4):
// 补充完善常见问题及解答) and the published history of its catalog entry with what each version changed.
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { VersionSource } from "@/lib/generated/prisma/enums";
import { diffEntries, type EntryChange } from "./entry";
import { ZMatterCode } from "./schemas";
import { ZMatterEntry } from "./schemas";

const ZFaq = z.array(z.object({ q: z.string().trim().min(1), a: z.string().trim().min(1) }));

export interface GuideVersion {
  version: number;
  effectiveFrom: Date;
  source: VersionSource;
  note: string;
  /**
   * What changed against the previous version: null for the first version, or when either snapshot
   * cannot be read (then `readable` is false) — the history still lists the version.
   */
  changes: EntryChange[] | null;
  readable: boolean;
}

async function loadMatter(code: string) {
  return getDb().matter.findUnique({
    where: { code },
    include: {
      department: { select: { code: true, name: true, shortName: true, level: true } },
      materials: { orderBy: [{ sortOrder: "asc" }, { documentKey: "asc" }] },
      versions: {
        orderBy: { version: "asc" },
        select: { version: true, effectiveFrom: true, source: true, note: true, snapshot: true },
      },
    },
  });
}

export type MatterGuide = Omit<NonNullable<Awaited<ReturnType<typeof loadMatter>>>, "versions" | "faq" | "searchTokens"> & {
  faq: { q: string; a: string }[];
  versions: GuideVersion[];
  /** The version whose number is the matter's catalogVersion (null if its row is missing). */
  currentVersion: GuideVersion | null;
};

/** Null for an unknown (or malformed) code. Inactive matters are returned too: the page says so. */
export async function getMatterGuide({ code }: { code: string }): Promise<MatterGuide | null> {
  const parsedCode = ZMatterCode.safeParse(code);
  if (!parsedCode.success) return null;
  const matter = await loadMatter(parsedCode.data);
  if (!matter) return null;

  const { versions: rawVersions, faq: rawFaq, searchTokens: _tokens, ...rest } = matter;
  const snapshots = rawVersions.map((v) => ZMatterEntry.safeParse(v.snapshot));
  const versions: GuideVersion[] = rawVersions.map((v, i) => {
    const current = snapshots[i]!;
    const previous = i > 0 ? snapshots[i - 1]! : null;
    const readable = current.success && (previous === null || previous.success);
    return {
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      source: v.source,
      note: v.note,
      changes: previous && readable && previous.success && current.success ? diffEntries(previous.data, current.data) : null,
      readable,
    };
  });
  const faq = ZFaq.safeParse(rawFaq);

  return {
    ...rest,
    faq: faq.success ? faq.data : [],
    versions,
    currentVersion: versions.find((v) => v.version === matter.catalogVersion) ?? null,
  };
}
