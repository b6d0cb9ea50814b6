import { speakerFromLabel } from "@/lib/evaluation/transcript-text";
import { wallTimeToUtc } from "@/lib/zoned-time";

/*
 * Coercions from what files hold (strings in CSV, loosely typed JSON) to what the conversation
 * schema expects. A value that cannot be coerced is passed through unchanged, so validation
 * names the field and shows what was there instead of the import silently dropping it.
 */

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Text: trimmed; numbers and booleans become strings; blank is "not given". */
export function toText(value: unknown): unknown {
  if (isBlank(value)) return undefined;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value;
}

/** Seconds: numbers, numeric strings ("335", "335.5", "335 s"), or clock times ("5:35", "1:02:03"). */
export function toSeconds(value: unknown): unknown {
  if (isBlank(value)) return undefined;
  if (typeof value !== "string") return value;
  const text = value.trim();
  const plain = /^(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds)?$/i.exec(text);
  if (plain) return Number(plain[1]);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.\d+)?$/.exec(text);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return value;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/**
 * An ISO 8601 date-time with an offset. A date or date-time written without an offset is read
 * in `timeZone` (the workspace's, never the browser's, so the preview and the server agree; a
 * date alone is its midnight). Epoch numbers in seconds or milliseconds are accepted.
 */
export function toDateTime(value: unknown, timeZone = "UTC"): unknown {
  if (isBlank(value)) return undefined;
  if (typeof value === "number") return fromEpoch(value) ?? value;
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (/^\d{10}(\d{3})?$/.test(text)) return fromEpoch(Number(text)) ?? value;
  if (DATE_ONLY.test(text)) return inZone(`${text}T00:00:00`, timeZone) ?? value;
  const dt = LOCAL_DATE_TIME.exec(text);
  if (!dt) return value;
  const local = `${dt[1]}T${dt[2]}${dt[3] ?? ":00"}`;
  if (!dt[4]) return inZone(local, timeZone) ?? value;
  return `${local}${/^(z|utc|gmt)$/i.test(dt[4]) ? "Z" : dt[4].replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")}`;
}

/** A wall time (YYYY-MM-DDTHH:MM:SS[.fff]) in a time zone as an ISO instant; null when it is no real date. */
function inZone(local: string, timeZone: string): string | null {
  const wall = Date.parse(`${local}Z`);
  // Date.parse rolls 2026-02-30 over to March: a date that is not on the calendar stays as written.
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 10) !== local.slice(0, 10)) return null;
  return new Date(wallTimeToUtc(wall, timeZone)).toISOString().replace(".000Z", "Z");
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n < 0) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A keyword such as a direction or end reason: lower case, words joined by "-", known aliases resolved. */
export function toKeyword(value: unknown, aliases: Record<string, string> = {}): unknown {
  const text = toText(value);
  if (typeof text !== "string") return text;
  const key = text
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  return aliases[key] ?? key;
}

export const DIRECTION_ALIASES: Record<string, string> = {
  in: "inbound",
  incoming: "inbound",
  "inbound-phone-call": "inbound",
  "web-call": "inbound",
  out: "outbound",
  outgoing: "outbound",
  "outbound-phone-call": "outbound",
};

/** End reasons of common voice platforms, in Debrief's words. */
export const END_REASON_ALIASES: Record<string, string> = {
  "customer-ended-call": "customer-ended",
  "user-hangup": "customer-ended",
  "caller-hangup": "customer-ended",
  "assistant-ended-call": "agent-ended",
  "agent-hangup": "agent-ended",
  "assistant-said-end-call-phrase": "agent-ended",
  "no-answer": "no-answer",
  noanswer: "no-answer",
  "customer-did-not-answer": "no-answer",
  "dial-no-answer": "no-answer",
  "customer-busy": "busy",
  "dial-busy": "busy",
  "dial-failed": "failed",
  error: "failed",
  "voicemail-reached": "voicemail",
  "silence-timed-out": "timeout",
  "inactivity": "timeout",
  "max-duration-reached": "timeout",
  "exceeded-max-duration": "timeout",
  "call-transfer": "transferred",
  transfer: "transferred",
  "assistant-forwarded-call": "transferred",
};

/** A JSON object, or a string holding one. */
export function toObject(value: unknown): unknown {
  if (isBlank(value)) return undefined;
  if (typeof value === "string" && value.trim().startsWith("{")) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

/**
 * A transcript: an array of turns, a JSON string of turns, or "Speaker: text" lines (left as
 * text for the server to split). Turns may use the speaker/text of Debrief or the role/content
 * (or role/message) of chat exports; times in ms (startMs) or seconds (secondsFromStart, start).
 */
export function toTranscript(value: unknown): unknown {
  if (isBlank(value)) return undefined;
  let turns = value;
  if (typeof value === "string") {
    const text = value.trim();
    if (!text.startsWith("[")) return text;
    try {
      turns = JSON.parse(text);
    } catch {
      return text;
    }
  }
  if (!Array.isArray(turns)) return value;
  return turns.map(toTurn).filter((turn) => !(turn && typeof turn === "object" && "text" in turn && (turn as { text: unknown }).text === ""));
}

const NON_SPEECH_ROLES = new Set(["tool", "tool_calls", "tool_call_result", "function", "function_call"]);

function toTurn(turn: unknown): unknown {
  if (!turn || typeof turn !== "object" || Array.isArray(turn)) return turn;
  const t = turn as Record<string, unknown>;
  const label = t.speaker ?? t.role ?? t.from;
  if (typeof label === "string" && NON_SPEECH_ROLES.has(label)) return { speaker: "system", text: "" };
  const speaker = typeof label === "string" ? (speakerFromLabel(label) ?? label) : label;
  const rawText = t.text ?? t.content ?? t.message ?? t.utterance;
  const text = typeof rawText === "number" ? String(rawText) : typeof rawText === "string" ? rawText.trim() : rawText;
  const out: Record<string, unknown> = { speaker, text };
  const startMs = millis(t.startMs ?? t.start_ms, t.secondsFromStart ?? t.start ?? t.startSeconds);
  const endMs = millis(t.endMs ?? t.end_ms, t.end ?? t.endSeconds);
  if (startMs !== undefined) out.startMs = startMs;
  if (endMs !== undefined) out.endMs = endMs;
  return out;
}

function millis(ms: unknown, seconds: unknown): number | undefined {
  const m = toSeconds(ms);
  if (typeof m === "number" && Number.isFinite(m)) return Math.round(m);
  const s = toSeconds(seconds);
  if (typeof s === "number" && Number.isFinite(s)) return Math.round(s * 1000);
  return undefined;
}
