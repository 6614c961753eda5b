import type { TFunction } from "@/lib/i18n/core";

/**
 * "当前用户：王芳（综合窗口）": the role once. Officers' display names already carry who they are
 * ("王芳（综合窗口）", "陈静（区市场监管局）"), and the admin account is called by its role ("系统管理员"):
 * such a name is shown alone. A bare name gets the role in brackets ("张伟（企业申请人）").
 */
export function signedInLabel(t: TFunction, user: { name: string; role: string }): string {
  const role = t(`roles.${user.role}` as Parameters<TFunction>[0]);
  const name = user.name.trim();
  const qualified = /[)）]$/.test(name) || name === role;
  return qualified ? t("nav.signedInAsName", { name }) : t("nav.signedInAs", { name, role });
}
