"use client";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

// A form that succeeds disappears: the refreshed page no longer has an open correction or an open pending
// material to show it for. Its result is announced in a live region of the section that stays (the
// department card, the pending list), whose messages live here, above the refreshed content.
const MessagesContext = createContext<Record<string, string>>({});
const AnnounceContext = createContext<(scope: string, message: string) => void>(() => {});

export function AnnouncementsProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Record<string, string>>({});
  const announce = useCallback((scope: string, message: string) => setMessages((m) => ({ ...m, [scope]: message })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce() {
  return useContext(AnnounceContext);
}

/** The section's live region: always in the page, so screen readers announce what is put in it. */
export function Announcement({ scope, testId }: { scope: string; testId?: string }) {
  const message = useContext(MessagesContext)[scope] ?? "";
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid={testId}
      className={message ? "rounded-md border border-green-600 bg-green-50 p-2 font-medium text-green-900" : "sr-only"}
    >
      {message}
    </p>
  );
}
