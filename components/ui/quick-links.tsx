import Link from "next/link";

/** A labelled list of shortcuts on a landing page. */
export function QuickLinks({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  return (
    <nav aria-label={label}>
      <h2 className="mb-2 text-lg font-semibold">{label}</h2>
      <ul className="flex flex-wrap gap-3">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="inline-block rounded-md border border-brand-600 px-3 py-2 text-brand-800 hover:bg-brand-50">
              {l.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
