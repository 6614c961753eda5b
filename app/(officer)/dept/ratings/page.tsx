import { TicketListPage, ticketsMetadata } from "@/components/ratings/ticket-pages";

export const dynamic = "force-dynamic";
export const generateMetadata = ticketsMetadata;

/** 差评整改: the department's bad-rating tickets (components/ratings/ticket-pages.tsx). */
export default function DeptRatingsPage({ searchParams }: { searchParams: Promise<{ filter?: string | string[] }> }) {
  return <TicketListPage unit="dept" searchParams={searchParams} />;
}
