// What 统一出件 does with each matter, decided once for the window's preview and for issuance itself:
// the business licence for the registration, a receipt per filing, a permit for each approved matter; a
// refused matter is explained; and without a holder (a new company whose registration was refused) nothing
// else can be issued.
import type { LicenceKind } from "@/lib/generated/prisma/enums";

interface PlanItem {
  status: string;
  matter: { kind: string };
}

export type PlanOutcome<T> = { item: T; outcome: "issue"; kind: LicenceKind } | { item: T; outcome: "rejected" } | { item: T; outcome: "noHolder" };

export function issuePlan<T extends PlanItem>(app: {
  hasEnterprise: boolean;
  items: readonly T[];
}): { hasHolder: boolean; newCompany: boolean; entries: PlanOutcome<T>[] } {
  const registration = app.items.find((i) => i.matter.kind === "REGISTRATION");
  const hasHolder = app.hasEnterprise || registration?.status === "APPROVED";
  const entries: PlanOutcome<T>[] = [];
  for (const item of app.items) {
    if (item.status === "REJECTED") entries.push({ item, outcome: "rejected" });
    else if (item.status !== "APPROVED" && item.status !== "FILED") continue;
    else if (!hasHolder) entries.push({ item, outcome: "noHolder" });
    else
      entries.push({ item, outcome: "issue", kind: item.matter.kind === "REGISTRATION" ? "BUSINESS" : item.status === "FILED" ? "FILING_RECEIPT" : "PERMIT" });
  }
  return { hasHolder, newCompany: !app.hasEnterprise && hasHolder, entries };
}
