"use server";
// Regulator: add and remove search synonyms (检索同义词). Each ONE domain call behind defineAction.
import { defineAction } from "@/lib/actions/define-action";
import { addSynonym, removeSynonym } from "@/lib/catalog/manage-synonyms";
import { ZSynonymId, ZSynonymInput } from "@/lib/catalog/schemas";

const PATH = "/regulator/synonyms";

export const addSynonymAction = defineAction({
  name: "regulator.synonyms.add",
  permission: "catalog.publish",
  schema: ZSynonymInput,
  fromForm: true,
  run: ({ input, actor, now }) => addSynonym({ actor, now, input }),
  revalidate: [PATH],
});

export const removeSynonymAction = defineAction({
  name: "regulator.synonyms.remove",
  permission: "catalog.publish",
  schema: ZSynonymId,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await removeSynonym({ actor, now, input });
  },
  revalidate: [PATH],
});
