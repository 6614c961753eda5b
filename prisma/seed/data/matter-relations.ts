// 事项关系: which matters cover or exclude each other, as catalog data (issue 15 part 5). The one-time notice
// (lib/guidance/build-notice.ts) applies them: a covered matter is left out with "已含于…" and this note; two
// excluding matters may never be required by the same answers, and the rule editor refuses a rule that
// would make them so (lib/guidance/find-answers.ts).
import type { MatterRelationKind } from "../../../lib/generated/prisma/enums";

export interface MatterRelationSeed {
  kind: MatterRelationKind;
  /** COVERS: the matter whose permit includes the other's activity. EXCLUDES: either side. */
  from: string;
  to: string;
  /** Shown in the notice beside the matter left out: why, with the rule it comes from. */
  note: string;
}

export const matterRelations: MatterRelationSeed[] = [
  {
    kind: "COVERS",
    from: "FOOD_OPERATION",
    to: "PREPACKAGED_FOOD_FILING",
    // 《中华人民共和国食品安全法》第三十五条: 从事食品销售和餐饮服务应当取得许可; 仅销售预包装食品的不需要取得许可，
    // 但应当备案. The filing is the route for those who sell ONLY prepackaged food: with a food licence the
    // prepackaged sale is one of the licensed items, so there is nothing to file.
    note: "食品经营许可的经营项目已包括预包装食品销售，无需另行办理仅销售预包装食品备案（《中华人民共和国食品安全法》第三十五条）",
  },
  {
    kind: "EXCLUDES",
    from: "MEDICAL_INSTITUTION",
    to: "CLINIC_FILING",
    // 《医疗机构管理条例》（2022 年修订）: 诊所实行备案管理, 其他医疗机构实行执业登记（许可）. One institution at one
    // address is either a clinic or not, never both.
    note: "同一执业地点的医疗机构，诊所实行备案，医院、门诊部等实行执业许可，二者只能办理其一（《医疗机构管理条例》）",
  },
];
