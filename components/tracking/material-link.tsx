/** A document of the application, opened for whoever may see it (app/api/materials/[id]). */
export function MaterialLink({ file, text }: { file: { materialId: string; fileName: string }; text: string }) {
  return (
    <a href={`/api/materials/${encodeURIComponent(file.materialId)}`} className="break-words text-brand-700 underline">
      {text}
    </a>
  );
}
