import { notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listGuidanceRules } from "@/lib/guidance/list-rules";
import { PageHeading } from "@/components/ui/page-heading";
import { RuleForm } from "@/components/guidance/rule-form";
import { saveRuleAction } from "../../actions";

export const dynamic = "force-dynamic";

export default async function EditRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("guidance.edit", `/admin/guidance/rules/${id}`);
  const { t } = await getI18n();
  const { matters, rules } = await listGuidanceRules({ actor });
  const rule = rules.find((r) => r.id === id);
  if (!rule) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("common.labelValue", { label: t("guide.adminEdit"), value: rule.matterName })} lead={rule.conditionText ?? undefined} />
      <RuleForm matters={matters} rule={rule} saveAction={saveRuleAction} />
    </div>
  );
}
