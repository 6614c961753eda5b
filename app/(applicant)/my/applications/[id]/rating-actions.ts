"use server";
// The applicant's 好差评 of one unit of this application, and the one re-rating after its fix: ONE domain
// function each behind defineAction (the page passes them to components/ratings/service-ratings.tsx).
import { defineAction } from "@/lib/actions/define-action";
import { rateService, rerateService } from "@/lib/ratings/rate-service";
import { ZRateService, ZRerateService } from "@/lib/ratings/schemas";

const applicationPage = (input: { applicationId: string }) => [`/my/applications/${input.applicationId}`];

export const rateServiceAction = defineAction({
  name: "ratings.rate",
  permission: "review.submit",
  schema: ZRateService,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await rateService({ actor, now, input });
  },
  revalidate: applicationPage,
});

export const rerateServiceAction = defineAction({
  name: "ratings.rerate",
  permission: "review.submit",
  schema: ZRerateService,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await rerateService({ actor, now, input });
  },
  revalidate: applicationPage,
});
