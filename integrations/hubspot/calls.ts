import type { HubSpotClient } from "./client";
import { createObject, type Properties } from "./crm";
import { effectMarker, findByMarker, markerLine } from "./effect-marker";

export interface LogCallInput {
  contactId: string;
  /** Unique per effect; the same key never logs a second call. */
  effectKey: string;
  title: string;
  /** Plain-text lines: summary, outcome, goal verdicts. Escaped and joined as HTML. */
  bodyLines: string[];
  recordingUrl?: string | null;
  durationMs?: number | null;
  timestamp: Date;
  /** "inbound" | "outbound"; anything else is left unset. */
  direction?: string | null;
  ownerId?: string | null;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** hs_call_body is rich text: lines become <br>-separated, escaped HTML ending with the marker line. */
export const htmlLines = (lines: string[]) => lines.map(escapeHtml).join("<br>");

/** Logs the conversation as a Call engagement associated with the contact (type 194); idempotent on effectKey. */
export async function logCall(api: HubSpotClient, input: LogCallInput): Promise<string> {
  const marker = effectMarker(input.effectKey);
  const existing = await findByMarker(api, input.contactId, "calls", "hs_call_body", marker);
  if (existing) return existing.id;

  const properties: Properties = {
    hs_timestamp: input.timestamp.toISOString(),
    hs_call_title: input.title,
    hs_call_body: htmlLines([...input.bodyLines, markerLine(marker)]),
    hs_call_status: "COMPLETED",
  };
  if (input.direction === "inbound" || input.direction === "outbound") properties.hs_call_direction = input.direction.toUpperCase();
  if (input.durationMs != null) properties.hs_call_duration = String(Math.round(input.durationMs));
  if (input.recordingUrl) properties.hs_call_recording_url = input.recordingUrl;
  if (input.ownerId) properties.hubspot_owner_id = input.ownerId;
  return (await createObject(api, "calls", properties, input.contactId)).id;
}
