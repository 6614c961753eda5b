// The signed licence of the applicant's own enterprise, as a file (电子卡包): verifiable offline.
import { getSessionUser } from "@/lib/auth/session";
import { walletLicenceJson } from "@/lib/licences/wallet-files";
import { fileResponse } from "@/lib/files/file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ licenceId: string }> }): Promise<Response> {
  const { licenceId } = await ctx.params;
  return fileResponse("wallet.json", "attachment", async () => {
    const actor = await getSessionUser();
    return actor && walletLicenceJson({ actor, now: new Date(), licenceId });
  });
}
