// The registered facts a 营业执照 prints (《市场主体登记管理条例》第八条: 名称、类型、经营范围、住所、注册资本、
// 法定代表人; 第二十一条: the licence bears them and the 成立日期), read from the enterprise row at issuance
// or re-issue and signed into the licence payload. Pure.
import type { RegistrationFacts } from "./signature";
import { isoDay } from "@/lib/calendar/dates";

export interface RegisteredEnterprise {
  entityType: string;
  legalRepName: string;
  /** Prisma Decimal (or anything printing as a decimal string), in yuan. */
  registeredCapital: { toString(): string } | null;
  establishedAt: Date;
  businessScope: string;
}

export function registrationFacts(e: RegisteredEnterprise): RegistrationFacts {
  return {
    entityType: e.entityType,
    legalRep: e.legalRepName,
    registeredCapital: e.registeredCapital === null ? null : Number(e.registeredCapital.toString()).toFixed(2),
    establishedOn: isoDay(e.establishedAt),
    businessScope: e.businessScope,
  };
}
