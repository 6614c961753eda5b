import "server-only";
// The wallet's downloads (电子卡包, 珠海方案 001 二(二)4), own enterprise only: the signed licence as stored
// (what `npm run verify-licence -- file.json` checks offline) and the printable PDF with its QR code.
import { publicUrl } from "./qr";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";
import type { TFunction } from "@/lib/i18n/core";
import { licencePath } from "./licence-view";
import { buildLicencePdf } from "./licence-pdf";
import type { SignedLicence } from "./signature";
import { getWalletLicence } from "./wallet";

export interface WalletFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export async function walletLicenceJson(opts: { actor: SessionUser; now: Date; licenceId: string }): Promise<WalletFile> {
  const { view, signed } = await getWalletLicence(opts);
  if (!signed) throw new AppError("NOT_FOUND", "domain.licences.errors.noSignature");
  // Exactly the stored payload, signature and key id; key order is irrelevant to the check (canonical JSON).
  const file: SignedLicence = { payload: signed.payload, signature: signed.signature, keyId: signed.keyId };
  return {
    fileName: `${view.number}.json`,
    contentType: "application/json; charset=utf-8",
    bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
  };
}

export async function walletLicencePdf(opts: { actor: SessionUser; now: Date; licenceId: string; t: TFunction }): Promise<WalletFile> {
  const { view } = await getWalletLicence(opts);
  const bytes = await buildLicencePdf({ licence: view, verifyUrl: publicUrl(licencePath(view.number)), t: opts.t });
  return { fileName: `${view.number}.pdf`, contentType: "application/pdf", bytes };
}
