"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * The main navigation. From 768 px up it is a row of links; on a phone it collapses behind a menu button
 * (a disclosure: a real <button> with aria-expanded and aria-controls, Enter/Space toggle it, Escape closes
 * it and returns focus to it, and following a link closes it). Closed is also the server-rendered state, so
 * nothing flashes open while the page loads.
 */
export function SiteNav({ label, menuLabel, children }: { label: string; menuLabel: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing on every route change is the point
  useEffect(() => setOpen(false), [pathname]);
  // Escape closes the open menu wherever the focus is (on the button or in the list) and returns to the button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="inline-flex min-h-11 items-center gap-2 rounded border border-slate-300 px-3 py-2 text-slate-800 hover:bg-slate-100 md:hidden"
        aria-expanded={open}
        aria-controls="site-nav"
        onClick={() => setOpen((o) => !o)}
        data-testid="menu-button"
      >
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          {open ? (
            <path d="M4 4l12 12M16 4L4 16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
        {menuLabel}
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: closes the menu after a link is followed; links take Enter themselves */}
      <nav
        id="site-nav"
        aria-label={label}
        className={`${open ? "flex" : "hidden"} site-nav basis-full flex-col items-stretch gap-1 border-t border-slate-200 pt-2 text-base md:flex md:basis-auto md:flex-row md:flex-wrap md:items-center md:gap-x-4 md:gap-y-2 md:border-0 md:pt-0 md:text-sm`}
        onClick={(e) => {
          if ((e.target as HTMLElement).closest("a")) setOpen(false);
        }}
      >
        {children}
      </nav>
    </>
  );
}
