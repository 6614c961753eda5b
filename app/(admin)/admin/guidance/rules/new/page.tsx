import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listGuidanceRules } from "@/lib/guidance/list-rules";
import { PageHeading } from "@/components/ui/page-heading";
import { RuleForm } from "@/components/guidance/rule-form";
import { saveRuleAction } from "../../actions";

export const dynamic = "force-dynamic";

export default async function NewRulePage() {
  const actor = await requirePagePermission("guidance.edit", "/admin/guidance/rules/new");
  const { t } = await getI18n();
  const { matters } = await listGuidanceRules({ actor });
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("guide.adminNew")} />
      <RuleForm matters={matters} saveAction={saveRuleAction} />
    </div>
  );
}
