// The name an application goes by, wherever it is listed (desks, tracking, ratings).

/** The name the application goes by: the enterprise's, or the one being registered. */
export function applicationName(app: { enterprise: { name: string } | null; formData: unknown }): string {
  const typed = (app.formData as Record<string, unknown> | null)?.["subject.name"];
  return app.enterprise?.name ?? (typeof typed === "string" && typed ? typed : "（新设企业）");
}
