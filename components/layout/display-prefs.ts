// 适老化/无障碍 display preferences: larger text and high contrast. Kept in cookies (one year) so that the
// server renders <html> with the chosen classes: the page arrives already large / high-contrast, no flash.
// 政府网站发展指引 (国办发〔2017〕47号) asks portals to serve elderly and disabled visitors; the footer
// pattern (网站地图 | 法律声明 … 备案号) is the one the reform documents' own sites carry
// (../shared/seeds/002_71f5cbff27140be0.txt, page footer "相关链接").

export const TEXT_COOKIE = "ol-text";
export const CONTRAST_COOKIE = "ol-contrast";
export const PREF_MAX_AGE = 365 * 24 * 3600;

export interface DisplayPrefs {
  largeText: boolean;
  highContrast: boolean;
}

/** From the cookie values (anything but the one known value means "off"). */
export function readDisplayPrefs(get: (name: string) => string | undefined): DisplayPrefs {
  return { largeText: get(TEXT_COOKIE) === "large", highContrast: get(CONTRAST_COOKIE) === "high" };
}

/** The classes on <html>: `text-large` scales every rem; `contrast-high` re-points the palette. */
export function displayPrefClasses(p: DisplayPrefs): string {
  return [p.largeText ? "text-large" : "", p.highContrast ? "contrast-high" : ""].filter(Boolean).join(" ");
}
