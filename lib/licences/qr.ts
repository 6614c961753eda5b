import "server-only";
// QR codes of the public verification pages (一码展示: the code printed on the business licence), as an
// inline SVG string rendered on the server — no image request, no script.
import QRCode from "qrcode";
import { getEnv } from "@/lib/env";
import { publicUrlOf } from "@/lib/public-url";

/** The absolute URL of a portal path, as printed in a QR code (lib/public-url.ts: never localhost in production). */
export function publicUrl(path: string): string {
  return publicUrlOf(getEnv(), path);
}

/** An SVG QR code of the URL (error correction M, quiet zone included). */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
