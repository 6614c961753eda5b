/**
 * A QR code rendered on the server (inline SVG from lib/licences/qr.ts). One image with a text
 * alternative naming the URL, and the URL printed below it for those who cannot scan.
 */
export function QrCode({ svg, url, alt, heading, lead }: { svg: string; url: string; alt: string; heading: string; lead?: string }) {
  return (
    <section aria-labelledby="qr-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="qr-heading" className="text-lg font-semibold">
        {heading}
      </h2>
      {lead ? <p className="mt-1 text-sm text-slate-700">{lead}</p> : null}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is made on the server by the qrcode library from our own URL */}
      <div role="img" aria-label={alt} data-testid="qr-code" className="mt-3 w-44 max-w-full bg-white" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="mt-2 break-all font-mono text-xs text-slate-700">{url}</p>
    </section>
  );
}
