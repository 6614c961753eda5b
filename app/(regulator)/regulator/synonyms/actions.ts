"use server";
// Regulator: add and remove search synonyms (检索同义词). Thin: parse the form, call one domain function.
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { addSynonym, removeSynonym, type AddSynonymResult } from "@/lib/catalog/manage-synonyms";
import { actionFailure } from "@/lib/actions/legacy-failure";
import type { ActionAnswer } from "@/components/ui/action-result";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

export async function addSynonymAction(_prev: AddSynonymResult | null, formData: FormData): Promise<AddSynonymResult> {
  try {
    const actor = (await requirePermission("catalog.publish"))!;
    const result = await addSynonym({ actor, now: new Date(), input: { word: text(formData.get("word")), target: text(formData.get("target")) } });
    if (result.ok) revalidatePath("/regulator/synonyms");
    return result;
  } catch (e) {
    return { ok: false, errors: { word: (await actionFailure(e, "regulator.synonyms.add")).error } };
  }
}

export async function removeSynonymAction(_prev: ActionAnswer, formData: FormData): Promise<ActionAnswer> {
  try {
    const actor = (await requirePermission("catalog.publish"))!;
    await removeSynonym({ actor, now: new Date(), synonymId: text(formData.get("synonymId")) ?? "" });
  } catch (e) {
    return actionFailure(e, "regulator.synonyms.remove");
  }
  revalidatePath("/regulator/synonyms");
  return { ok: true };
}
