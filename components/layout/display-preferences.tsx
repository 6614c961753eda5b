"use client";
import { useEffect, useState } from "react";
import { CONTRAST_COOKIE, PREF_MAX_AGE, TEXT_COOKIE, type DisplayPrefs } from "./display-prefs";

const PREFS_EVENT = "ol-display-prefs";

function persist(name: string, value: string | null) {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie the server reads; no Cookie Store API in every supported browser
  document.cookie = value ? `${name}=${value}; path=/; max-age=${PREF_MAX_AGE}; samesite=lax` : `${name}=; path=/; max-age=0; samesite=lax`;
}

/**
 * Two toggle buttons (aria-pressed) for larger text and high contrast. A press applies at once (a class on
 * <html>) and is kept in a cookie, so every later page is rendered that way by the server.
 */
export function DisplayPreferences({
  initial,
  labels,
  testId,
}: {
  initial: DisplayPrefs;
  labels: { group: string; largeText: string; highContrast: string };
  testId?: string;
}) {
  const [prefs, setPrefs] = useState(initial);
  // Another instance on the page (the footer's and the accessibility page's) changed a setting: follow it.
  useEffect(() => {
    const follow = (e: Event) => setPrefs((e as CustomEvent<DisplayPrefs>).detail);
    window.addEventListener(PREFS_EVENT, follow);
    return () => window.removeEventListener(PREFS_EVENT, follow);
  }, []);
  const toggle = (key: keyof DisplayPrefs) => {
    const next = { ...prefs, [key]: !prefs[key] };
    window.dispatchEvent(new CustomEvent(PREFS_EVENT, { detail: next }));
    const html = document.documentElement;
    if (key === "largeText") {
      html.classList.toggle("text-large", next.largeText);
      persist(TEXT_COOKIE, next.largeText ? "large" : null);
    } else {
      html.classList.toggle("contrast-high", next.highContrast);
      persist(CONTRAST_COOKIE, next.highContrast ? "high" : null);
    }
  };
  const button =
    "rounded border border-slate-400 px-3 py-1.5 text-slate-800 hover:bg-slate-100 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white";
  return (
    <div role="group" aria-label={labels.group} className="flex flex-wrap items-center justify-center gap-2" data-testid={testId}>
      <button type="button" aria-pressed={prefs.largeText} className={button} onClick={() => toggle("largeText")} data-testid="pref-large-text">
        {labels.largeText}
      </button>
      <button type="button" aria-pressed={prefs.highContrast} className={button} onClick={() => toggle("highContrast")} data-testid="pref-high-contrast">
        {labels.highContrast}
      </button>
    </div>
  );
}
