/**
 * A document of an application, opened through the one scoped file route (app/api/materials/[id]) for
 * whoever may see it. `newWindow` (the translated "opens in a new window" note for screen readers) opens
 * it beside the page instead, where leaving the page would lose what was chosen on it (the window's check form).
 */
export function MaterialLink({ file, text, newWindow }: { file: { materialId: string; fileName: string }; text: string; newWindow?: string }) {
  return (
    <a
      href={`/api/materials/${encodeURIComponent(file.materialId)}`}
      {...(newWindow ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      className="wrap-anywhere text-brand-700 underline"
    >
      {text}
      {newWindow ? <span className="sr-only">{newWindow}</span> : null}
    </a>
  );
}
