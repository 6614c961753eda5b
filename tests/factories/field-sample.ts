// A valid value for any dictionary field type, for tests that fill a whole form.
import type { FieldDef } from "@/lib/forms/merge-form";
import { makeResidentId } from "@/lib/ids/resident-id";
import { makeUscc } from "@/lib/ids/uscc";

export function sampleValue(def: FieldDef): string | string[] {
  const first = def.options?.[0]?.value ?? "";
  switch (def.type) {
    case "NUMBER":
      return "120";
    case "DATE":
      return "2027-12-31";
    case "SELECT":
      return first;
    case "MULTISELECT":
      return [first];
    case "BOOLEAN":
      return "yes";
    case "PHONE":
      return "13800138000";
    case "ID_NUMBER":
      return makeResidentId("31011619800101123");
    case "USCC":
      return makeUscc("91310116MA1XYZ12Q");
    // Address fields are checked as addresses (field-values.ts addressProblem).
    default:
      return /address$/i.test(def.key) ? "上海市金山区石化街道卫零路1号" : "测试填写";
  }
}
