"use server";
// The regulator's credit actions (/regulator/credit): review a 信用修复 application, enter a credit record.
// Each ONE domain call behind defineAction (permission checked, the form parsed once by the domain's schema).
import { defineAction } from "@/lib/actions/define-action";
import { ZAddCreditRecord, ZReviewRepair } from "@/lib/supervision/repair-rules";
import { reviewCreditRepair } from "@/lib/supervision/review-credit-repair";
import { addCreditRecord } from "@/lib/supervision/add-credit-record";

const PATH = "/regulator/credit";

export const reviewRepairAction = defineAction({
  name: "regulator.reviewRepair",
  permission: "supervision.manage",
  schema: ZReviewRepair,
  fromForm: true,
  run: async ({ input, actor, now }) => ({ status: (await reviewCreditRepair({ actor, now, input })).repairStatus }),
  revalidate: [PATH],
});

export const addCreditRecordAction = defineAction({
  name: "regulator.addCreditRecord",
  permission: "supervision.manage",
  schema: ZAddCreditRecord,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await addCreditRecord({ actor, now, input });
  },
  revalidate: [PATH],
});
