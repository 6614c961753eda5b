import type { ReactNode } from "react";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getDeptTask, type DeptTaskView } from "@/lib/approvals/get-dept-task";
import { PageHeading } from "@/components/ui/page-heading";
import { OtherDepartments, TaskApplication, TaskClock, TaskMatters } from "@/components/dept/task-overview";
import { TaskCorrections, TaskDocuments, TaskFormValues } from "@/components/dept/task-contents";
import { DecisionPanel } from "@/components/dept/decision-panel";
import { decideTaskAction } from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

/** One task of the officer's department: what it covers, its clock, and the decision. */
export default async function DeptTaskPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requirePagePermission("dept.view", `/dept/tasks/${encodeURIComponent(id)}`);
  if (!actor.departmentId) forbidden();
  const { t, locale } = await getI18n();
  let view: DeptTaskView;
  try {
    view = await getDeptTask({ actor, now: new Date(), taskId: id });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }

  const section = (key: string, title: string, body: ReactNode) => (
    <section aria-labelledby={`${key}-heading`} className="space-y-3">
      <h2 id={`${key}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {body}
    </section>
  );
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/dept" className="text-brand-700 underline">
          {t("deptDesk.task.back")}
        </Link>
      </p>
      <PageHeading title={t("deptDesk.task.heading", { name: view.application.name })} />
      {section("clock", t("deptDesk.task.clockHeading"), <TaskClock t={t} locale={locale} view={view} />)}
      {section("others", t("deptDesk.task.othersHeading"), <OtherDepartments t={t} locale={locale} others={view.otherDepartments} />)}
      {section("matters", t("deptDesk.task.mattersHeading"), <TaskMatters t={t} locale={locale} matters={view.matters} />)}
      {section("application", t("deptDesk.task.applicationHeading"), <TaskApplication t={t} locale={locale} view={view} />)}
      {section("form", t("deptDesk.task.formHeading"), <TaskFormValues t={t} locale={locale} groups={view.form} />)}
      {section("documents", t("deptDesk.task.documentsHeading"), <TaskDocuments t={t} locale={locale} documents={view.documents} />)}
      {section("corrections", t("deptDesk.task.correctionsHeading"), <TaskCorrections t={t} locale={locale} corrections={view.corrections} />)}
      {section(
        "decide",
        t("deptDesk.decide.heading"),
        <DecisionPanel
          taskId={view.task.id}
          version={view.task.version}
          status={view.task.status}
          actions={view.actions}
          decideTaskAction={decideTaskAction}
        />,
      )}
    </div>
  );
}
