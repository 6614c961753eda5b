// 风险等级 of the seeded matters: how soon and how surely a permit granted on commitment is verified
// (lib/supervision/verification-rules.ts). The reform documents ask for checks "根据风险状况" (晋中方案 (004)
// 三(一)) without naming levels per matter; these are the portal's own classification — safety of food,
// drugs, fire, hazardous goods and people's bodies HIGH (liquor is food); retail of ordinary regulated goods LOW; the rest
// MEDIUM (the column's default). The seed keeps the column in line with this table (editing it in the catalog is not built yet).
import type { RiskLevel } from "../../../lib/generated/prisma/client";

export const RISK_LEVELS: Readonly<Record<string, RiskLevel>> = {
  FOOD_OPERATION: "HIGH",
  FOOD_PRODUCTION: "HIGH",
  FIRE_SAFETY_CHECK: "HIGH",
  PESTICIDE_TRADING: "HIGH",
  VET_DRUG_TRADING: "HIGH",
  HAZCHEM_TRADING: "HIGH",
  GAS_OPERATION: "HIGH",
  DRUG_RETAIL: "HIGH",
  DRUG_WHOLESALE: "HIGH",
  MEDICAL_DEVICE_III: "HIGH",
  MEDICAL_INSTITUTION: "HIGH",
  HIGH_RISK_SPORTS: "HIGH",
  LIQUOR_RETAIL: "HIGH",
  PUBLICATION_RETAIL: "LOW",
  TOBACCO_RETAIL: "LOW",
  HR_SERVICE_LICENCE: "LOW",
};
