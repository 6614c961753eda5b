import { TicketDetailPage, ticketsMetadata } from "@/components/ratings/ticket-pages";
import { recordCallbackAction, recordRectificationAction } from "../../../rating-ticket-actions";

export const dynamic = "force-dynamic";
export const generateMetadata = ticketsMetadata;

/** One bad-rating ticket of the department: the rating, the deadlines, the call-back and fix forms. */
export default function DeptRatingPage({ params }: { params: Promise<{ id: string }> }) {
  return <TicketDetailPage unit="dept" params={params} actions={{ callback: recordCallbackAction, rectify: recordRectificationAction }} />;
}
