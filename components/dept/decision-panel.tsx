"use client";
// The department's step on its task: one choice among the steps the task's status allows (decide-task.ts
// TRANSITIONS), a note that is required for 不予许可 and 补正, and the version the officer saw, so that
// of two officers deciding one task the second is told instead of overwriting (optimistic concurrency).
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/core";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { ZDecideTask } from "@/lib/approvals/schemas";
import type { TaskAction } from "@/lib/approvals/get-dept-task";
import type { FormAction } from "@/lib/actions/types";
import { StepForm, stepFormErrors } from "@/components/ui/step-form";

const WORDS: Record<TaskAction, { label: MessageKey; reason: MessageKey; hint: MessageKey }> = {
  approve: { label: "deptDesk.decide.approve", reason: "deptDesk.decide.reasonApprove", hint: "deptDesk.decide.hintApprove" },
  reject: { label: "deptDesk.decide.reject", reason: "deptDesk.decide.reasonReject", hint: "deptDesk.decide.hintReject" },
  correction: { label: "deptDesk.decide.correction", reason: "deptDesk.decide.reasonCorrection", hint: "deptDesk.decide.hintCorrection" },
  onsite: { label: "deptDesk.decide.onsite", reason: "deptDesk.decide.reasonOnsite", hint: "deptDesk.decide.hintOnsite" },
};

export function DecisionPanel({
  taskId,
  version,
  status,
  actions,
  decideTaskAction,
}: {
  taskId: string;
  version: number;
  status: TaskStatus;
  actions: TaskAction[];
  /** The department's step (the page's decideTaskAction). */
  decideTaskAction: FormAction<{ status: TaskStatus }>;
}) {
  const { t } = useI18n();
  return (
    <StepForm<TaskAction, TaskStatus>
      action={decideTaskAction}
      steps={actions.map((a) => ({ value: a, label: t(WORDS[a].label) }))}
      validate={(formData) => {
        // The domain's own schema, so the browser says exactly what the server would.
        const parsed = ZDecideTask.safeParse({
          taskId,
          expectedVersion: version,
          action: formData.get("action") ?? undefined,
          reason: formData.get("reason") ?? "",
        });
        return parsed.success ? null : stepFormErrors(parsed.error.issues, t);
      }}
      hidden={
        <>
          <input type="hidden" name="taskId" value={taskId} />
          <input type="hidden" name="expectedVersion" value={version} />
        </>
      }
      idPrefix="decide"
      testIdPrefix="decision"
      words={{
        legend: t("deptDesk.decide.legend"),
        reasonLabel: (choice) => t(choice ? WORDS[choice].reason : "deptDesk.decide.reasonLabel"),
        reasonHint: (choice) => t(choice ? WORDS[choice].hint : "deptDesk.decide.hintChoose"),
        submit: t("deptDesk.decide.submit"),
        submitting: t("deptDesk.decide.submitting"),
        failed: t("deptDesk.decide.failed"),
        done: (s) => t("deptDesk.decide.done", { status: t(`taskStatus.${s}`) }),
        closed: t(status === "CORRECTION_REQUESTED" ? "deptDesk.decide.waiting" : "deptDesk.decide.closed"),
      }}
      reasonMax={2000}
    />
  );
}
