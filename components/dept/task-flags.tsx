import type { Locale, TFunction } from "@/lib/i18n/core";
import { dataName } from "@/lib/i18n/data";
import { shanghaiDay } from "@/lib/calendar/dates";
import type { TaskTiming } from "@/lib/approvals/task-timing";

// Words, not colour alone, say what each flag means; dark text on pale ground keeps contrast above 7:1.
const TONE = {
  overdue: "border-red-700 bg-red-50 text-red-900",
  dueSoon: "border-amber-600 bg-amber-50 text-amber-900",
  waiting: "border-slate-400 bg-slate-100 text-slate-900",
} as const;

/** What needs the officer's attention on a task: its clock, and what the applicant still owes. */
export function TaskFlags({
  t,
  locale,
  timing,
  awaitingCorrection,
  awaitingMaterials,
  showNone = true,
}: {
  t: TFunction;
  locale: Locale;
  timing: TaskTiming;
  awaitingCorrection: boolean;
  awaitingMaterials: { name: string; deadline: Date }[];
  /** Say "none" when nothing needs attention (in a table cell), rather than render nothing. */
  showNone?: boolean;
}) {
  const flags: { key: string; text: string; tone: keyof typeof TONE }[] = [
    ...(timing.overdue ? [{ key: "overdue", text: t("deptDesk.flags.overdue"), tone: "overdue" as const }] : []),
    ...(timing.dueSoon ? [{ key: "dueSoon", text: t("deptDesk.flags.dueSoon"), tone: "dueSoon" as const }] : []),
    ...(timing.paused ? [{ key: "paused", text: t("deptDesk.flags.paused"), tone: "waiting" as const }] : []),
    ...(awaitingCorrection ? [{ key: "correction", text: t("deptDesk.flags.awaitingCorrection"), tone: "waiting" as const }] : []),
    ...awaitingMaterials.map((m) => ({
      key: `material-${m.name}`,
      text: t("deptDesk.flags.awaitingMaterial", { name: dataName("material", null, m.name, locale), deadline: shanghaiDay(m.deadline) }),
      tone: "waiting" as const,
    })),
  ];
  if (!flags.length) return showNone ? <span className="text-slate-600">{t("deptDesk.flags.none")}</span> : null;
  return (
    <ul className="flex flex-wrap gap-1" data-testid="task-flags">
      {flags.map((f) => (
        <li key={f.key} data-flag={f.key} className={`rounded border px-2 py-0.5 text-sm ${TONE[f.tone]}`}>
          {f.text}
        </li>
      ))}
    </ul>
  );
}
