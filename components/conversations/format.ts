import type { ConversationSummary } from "@/lib/conversations/present-conversation";

const pad = (n: number) => String(n).padStart(2, "0");

/** 335 → "5:35", 3723 → "1:02:03". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return "—";
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A turn's offset from the start of the call: 65_000 ms → "01:05". */
export function formatOffset(ms: number | null | undefined): string | null {
  if (ms == null || !Number.isFinite(ms)) return null;
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const rest = `${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return h > 0 ? `${h}:${rest}` : rest;
}

/** "customer-ended" → "Customer ended". */
export const humanize = (value: string) => (value.charAt(0).toUpperCase() + value.slice(1)).replace(/-/g, " ");

/** Who the call was with, for titles: the name, else the phone, else the email. */
export function contactLabel(contact: ConversationSummary["contact"]): string {
  return contact.name || contact.phone || contact.email || "Unknown contact";
}
