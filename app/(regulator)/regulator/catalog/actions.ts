"use server";
// Regulator: decide department proposals (publish or reject) and import the catalog from Excel. Each ONE domain
// call behind defineAction (permission checked, the form parsed once by the domain's schema).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ZApproveProposal, ZRejectProposal } from "@/lib/catalog/proposal-schemas";
import { approveProposal, rejectProposal } from "@/lib/catalog/decide-proposal";
import { importCatalog } from "@/lib/catalog/xlsx/import-catalog";
import { ZImportForm, importFormInput } from "@/lib/catalog/xlsx/import-schema";

const CATALOG_PATHS = (proposalId: string) => ["/regulator/catalog", `/regulator/catalog/proposals/${proposalId}`, "/dept/catalog"];
const done = (proposalId: string) => `/regulator/catalog/proposals/${encodeURIComponent(proposalId)}?done=1`;

export const approveProposalAction = defineAction({
  name: "regulator.catalog.approve",
  permission: "catalog.publish",
  schema: ZApproveProposal,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    const { version } = await approveProposal({ actor, now, input });
    // Every public matter page shows the catalog entry.
    revalidatePath("/matters", "layout");
    return { version };
  },
  revalidate: (input) => CATALOG_PATHS(input.proposalId),
  redirect: (input) => done(input.proposalId),
});

export const rejectProposalAction = defineAction({
  name: "regulator.catalog.reject",
  permission: "catalog.publish",
  schema: ZRejectProposal,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await rejectProposal({ actor, now, input });
  },
  revalidate: (input) => CATALOG_PATHS(input.proposalId),
  redirect: (input) => done(input.proposalId),
});

export const importCatalogAction = defineAction({
  name: "regulator.catalog.import",
  permission: "catalog.publish",
  schema: ZImportForm,
  fromForm: importFormInput,
  run: async ({ input, actor, now }) => {
    const file = Buffer.from(await input.file.arrayBuffer());
    const summary = await importCatalog({ actor, now, file, mode: input.mode });
    if (summary.created + summary.updated > 0) revalidatePath("/matters", "layout");
    return { summary };
  },
  revalidate: (_input, { summary }) => (summary.created + summary.updated > 0 ? ["/regulator/catalog"] : []),
});
