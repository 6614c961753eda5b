/** Only relative paths inside the portal are followed after login: never an open redirect. */
export function safeCallbackUrl(value: string | null | undefined): string | null {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}
