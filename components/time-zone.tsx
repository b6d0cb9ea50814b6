"use client";

import { createContext, useContext } from "react";
import { formatDate, formatDateTime } from "@/lib/format";

const TimeZoneContext = createContext("UTC");

/** The workspace's time zone for everything below it (set once by the workspace layout). */
export function TimeZoneProvider({ timeZone, children }: { timeZone: string; children: React.ReactNode }) {
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}

export const useTimeZone = () => useContext(TimeZoneContext);

/** An instant in the workspace's time zone; hovering shows it in UTC. */
export function DateTime({ value, dateOnly = false, className }: { value: Date | string; dateOnly?: boolean; className?: string }) {
  const timeZone = useTimeZone();
  const iso = new Date(value).toISOString();
  return (
    // The server and the browser may carry different ICU data (spacing before AM/PM): the text is the same instant either way.
    <time dateTime={iso} title={`${iso.slice(0, 16).replace("T", " ")} UTC`} className={className} suppressHydrationWarning>
      {dateOnly ? formatDate(value, timeZone) : formatDateTime(value, timeZone)}
    </time>
  );
}
