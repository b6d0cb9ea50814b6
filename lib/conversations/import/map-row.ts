import type { ConversationInput } from "@/lib/conversations/input-schema";
import { canonicalJson } from "./canonical-json";
import { DIRECTION_ALIASES, END_REASON_ALIASES, toDateTime, toKeyword, toObject, toSeconds, toText, toTranscript } from "./coerce";
import type { ImportFieldKey, ImportMapping } from "./fields";
import { sha256Hex } from "./sha256";

export type ImportRow = Record<string, unknown>;

export interface MapOptions {
  /** The agent chosen for the whole file; a row's own agentId / agentPhoneNumber wins. */
  agentId?: string | null;
  /** Put the columns no field is mapped to into metadata. */
  keepOtherColumns?: boolean;
  /** The IANA time zone that dates and times written without an offset are in (the workspace's). */
  timeZone?: string;
}

/** A column's value: the key itself ("contact.email" as a CSV header), else a dotted path into nested JSON. */
export function readColumn(row: ImportRow, column: string): unknown {
  if (Object.hasOwn(row, column)) return row[column];
  let value: unknown = row;
  for (const part of column.split(".")) {
    if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The id a row without one gets: the same row always gives the same id, so importing a file twice stores nothing new. */
export const derivedExternalId = (row: ImportRow) => `import:${sha256Hex(canonicalJson(row))}`;

/** One file row as the conversation it will be stored as (validation happens after, on the server). */
export function mapImportRow(row: ImportRow, mapping: ImportMapping, options: MapOptions = {}): ConversationInput {
  const read = (field: ImportFieldKey) => (mapping[field] ? readColumn(row, mapping[field]) : undefined);
  const out: Record<string, unknown> = { externalId: toText(read("externalId")) ?? derivedExternalId(row) };

  const agentId = toText(read("agentId"));
  const agentPhoneNumber = toText(read("agentPhoneNumber"));
  if (agentId !== undefined) out.agentId = agentId;
  if (agentPhoneNumber !== undefined) out.agentPhoneNumber = agentPhoneNumber;
  if (agentId === undefined && agentPhoneNumber === undefined && options.agentId) out.agentId = options.agentId;

  const values: Record<string, unknown> = {
    direction: toKeyword(read("direction"), DIRECTION_ALIASES),
    callType: toKeyword(read("callType")),
    startedAt: toDateTime(read("startedAt"), options.timeZone),
    endedAt: toDateTime(read("endedAt"), options.timeZone),
    durationSeconds: toSeconds(read("durationSeconds")),
    endReason: toKeyword(read("endReason"), END_REASON_ALIASES),
    recordingUrl: toText(read("recordingUrl")),
    transcript: toTranscript(read("transcript")),
  };
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;

  const contact: Record<string, unknown> = {};
  for (const part of ["name", "phone", "email", "company"] as const) {
    const value = toText(read(`contact.${part}`));
    if (value !== undefined) contact[part] = value;
  }
  if (Object.keys(contact).length > 0) out.contact = contact;

  const metadata = toObject(read("metadata"));
  const others = options.keepOtherColumns ? otherColumns(row, mapping) : {};
  if (metadata !== undefined && (typeof metadata !== "object" || Array.isArray(metadata))) out.metadata = metadata;
  else if (metadata !== undefined || Object.keys(others).length > 0) out.metadata = { ...others, ...(metadata as object | undefined) };

  return out as ConversationInput;
}

/** Top-level columns no field reads (a mapped "contact.email" uses "contact"), blank ones left out. */
function otherColumns(row: ImportRow, mapping: ImportMapping): Record<string, unknown> {
  const used = new Set(Object.values(mapping).flatMap((column) => (column ? [column, column.split(".")[0]] : [])));
  return Object.fromEntries(Object.entries(row).filter(([key, value]) => !used.has(key) && value !== undefined && value !== null && value !== ""));
}
