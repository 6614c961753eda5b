import { TicketDetailPage, ticketsMetadata } from "@/components/ratings/ticket-pages";
import { recordCallbackAction, recordRectificationAction } from "../../../rating-ticket-actions";

export const dynamic = "force-dynamic";
export const generateMetadata = ticketsMetadata;

/** One bad-rating ticket of the 综合窗口: the rating, the deadlines, the call-back and fix forms. */
export default function DeskRatingPage({ params }: { params: Promise<{ id: string }> }) {
  return <TicketDetailPage unit="desk" params={params} actions={{ callback: recordCallbackAction, rectify: recordRectificationAction }} />;
}
