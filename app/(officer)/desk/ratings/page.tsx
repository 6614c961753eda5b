import { TicketListPage, ticketsMetadata } from "@/components/ratings/ticket-pages";

export const dynamic = "force-dynamic";
export const generateMetadata = ticketsMetadata;

/** 差评整改: the 综合窗口's bad-rating tickets (components/ratings/ticket-pages.tsx). */
export default function DeskRatingsPage({ searchParams }: { searchParams: Promise<{ filter?: string | string[] }> }) {
  return <TicketListPage unit="desk" searchParams={searchParams} />;
}
