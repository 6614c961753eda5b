// Shapes of the seed data. Plain data, no database access: the Vitest tests in ../data.test.ts check it
// without PostgreSQL, and ../index.ts writes it idempotently.
import type { AdminLevel, FieldTopic, FieldType, HolidayKind, MatterKind, ProcessingType, ReformMode, Role } from "../../../lib/generated/prisma/client";

export interface DepartmentSeed {
  /** Short ASCII code, the natural key (e.g. "SCJG"). */
  code: string;
  name: string;
  shortName: string;
  level: AdminLevel;
}

export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldSeed {
  /** Dotted canonical key, e.g. "premises.address". */
  key: string;
  label: string;
  labelEn: string;
  topic: FieldTopic;
  type: FieldType;
  options?: FieldOption[];
  /** What the portal already knows ("enterprise.name", …); null = typed by the applicant. */
  prefillSource: string | null;
}

export interface MaterialSeed {
  /** Canonical document type shared across matters ("premises.lease", "licence.business", …). */
  documentKey: string;
  name: string;
  description?: string;
  isKey?: boolean;
  waivableByCommitment?: boolean;
  mayBePending?: boolean;
  heldByGovernment?: boolean;
}

export interface MatterFieldSeed {
  fieldKey: string;
  /** The label as printed on the matter's own paper form. */
  formLabel: string;
  required: boolean;
}

export interface MatterSeed {
  /** 基本编码 (demo code, natural key). */
  code: string;
  name: string;
  kind: MatterKind;
  legalBasis: string;
  departmentCode: string;
  level: AdminLevel;
  industry: string;
  reformMode: ReformMode;
  reformMeasures: string;
  supervisionMeasures: string;
  /** One quantified condition per line, no catch-all clauses (晋中方案 三(一)). */
  conditions: string;
  fees: string;
  /** Working days. */
  statutoryDays: number;
  /** Working days; for COMMITMENT matters: the commitment route (当场作出许可决定 = 0). */
  promisedDays: number;
  processingType: ProcessingType;
  validityYears: number | null;
  /** 一照通行 rollout batch (珠海方案 一(四)): 1 = 2021-09-30, 2 = 2021-11-30, 3 = 2021-12-30. */
  rolloutBatch: 1 | 2 | 3 | null;
  materials: MaterialSeed[];
  fields: MatterFieldSeed[];
  /**
   * Fact-check note for maintainers (not stored): where the reform mode, a time limit or a validity is
   * our best reading of the 2021 lists rather than a verified quotation.
   */
  factNote?: string;
}

export interface ScopeTermSeed {
  code: string;
  name: string;
  category: string;
  isLicensed: boolean;
  matterCodes: string[];
}

export interface HolidaySeed {
  /** ISO date "YYYY-MM-DD" (calendar date in Asia/Shanghai). */
  date: string;
  name: string;
  kind: HolidayKind;
}

export interface EnterpriseSeed {
  uscc: string;
  name: string;
  entityType: string;
  /** Amount in yuan as a decimal string (Decimal(18,2)); null = not applicable. */
  registeredCapital: string | null;
  address: string;
  legalRepName: string;
  legalRepIdNumber: string;
  phone: string;
  businessScope: string;
  industry: string;
  /** ISO date. */
  establishedAt: string;
}

export interface UserSeed {
  username: string;
  displayName: string;
  role: Role;
  /** Bound enterprise, by USCC. */
  enterpriseUscc?: string;
  /** Bound department, by code. */
  departmentCode?: string;
  isDepartmentHead?: boolean;
  /** 实名认证 identity of an applicant account (resident ID number). */
  realNameIdNumber?: string;
}

/** Every demo account uses this password (documented on the login page of the demo). */
export const DEMO_PASSWORD = "Demo@2026";
