// 告知承诺书: the exact text an applicant signs for one matter, and its version and hash. The signature
// records who, when, and the SHA-256 of this exact text (金山方案 二(一)3: 对因企业承诺可以减省的审批材料，
// 不再要求企业提供 … 发现违反承诺的 … 依法撤销相关许可 … 将失信违法行为记入企业信用记录).
import { createHash } from "node:crypto";

export interface CommitmentMatter {
  code: string;
  name: string;
  catalogVersion: number;
  conditions: string;
  waivedMaterials: string[];
}

export const FALSE_COMMITMENT_CONSEQUENCE =
  "如承诺不实，审批部门将依法撤销许可；逾期不整改或整改后仍不符合条件的，依法撤销相关许可；构成违法的依法予以处罚；失信行为将记入企业信用记录并归集至信用信息平台，今后不再适用告知承诺。";

export function commitmentText(m: CommitmentMatter): { text: string; textVersion: string; textHash: string } {
  const conditions = m.conditions
    .split("\n")
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c, i) => `${i + 1}. ${c}`);
  const text = [
    `告知承诺书（${m.name}）`,
    "本申请人已知晓审批部门告知的全部许可条件，郑重承诺：",
    ...conditions,
    m.waivedMaterials.length ? `上述条件以本承诺代替提交以下材料：${m.waivedMaterials.join("、")}。` : "",
    "本申请人愿意接受审批部门的核查，并对承诺内容的真实性负责。",
    FALSE_COMMITMENT_CONSEQUENCE,
  ]
    .filter(Boolean)
    .join("\n");
  return { text, textVersion: `${m.code}@v${m.catalogVersion}`, textHash: createHash("sha256").update(text, "utf8").digest("hex") };
}
