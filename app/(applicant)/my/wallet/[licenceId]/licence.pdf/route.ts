// The printable licence of the applicant's own enterprise (PDF with the verification QR code).
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { walletLicencePdf } from "@/lib/licences/wallet-files";
import { fileResponse } from "@/lib/files/file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ licenceId: string }> }): Promise<Response> {
  const { licenceId } = await ctx.params;
  return fileResponse("wallet.pdf", "attachment", async () => {
    const actor = await getSessionUser();
    return actor && walletLicencePdf({ actor, now: new Date(), licenceId, t: (await getI18n()).t });
  });
}
