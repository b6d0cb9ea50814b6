import type { ConversationFilters } from "@/lib/conversations/list-conversations";

/** The list's state as it lives in the URL: filters, the page's cursor and the cursors of the pages before it. */
export interface ListParams {
  agent?: string;
  status?: string;
  outcome?: string;
  direction?: string;
  from?: string;
  to?: string;
  /** A phone number or an email address. */
  contact?: string;
  q?: string;
  /** Set by the dashboard's "missed objectives" links: calls whose verdict on goalKey is goalStatus. */
  goalKey?: string;
  goalStatus?: string;
  cursor?: string;
  /** Cursors of the earlier pages after the first (which has none), oldest first, so "Previous" works from a shared link. */
  back: string[];
}

export const FILTER_KEYS = ["agent", "status", "outcome", "direction", "from", "to", "contact", "q", "goalKey", "goalStatus"] as const;
type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

export function readListParams(search: SearchParams): ListParams {
  const params: ListParams = { back: (first(search.back) ?? "").split(".").filter(Boolean) };
  for (const key of FILTER_KEYS) params[key] = first(search[key]);
  params.cursor = first(search.cursor);
  return params;
}

export const hasFilters = (p: ListParams) => FILTER_KEYS.some((key) => p[key] !== undefined);

export function toFilters(p: ListParams): ConversationFilters {
  const contact = p.contact;
  return {
    agentId: p.agent,
    status: p.status as ConversationFilters["status"],
    outcomeId: p.outcome,
    direction: p.direction as ConversationFilters["direction"],
    from: p.from,
    to: p.to,
    email: contact?.includes("@") ? contact : undefined,
    phone: contact && !contact.includes("@") ? contact : undefined,
    q: p.q,
    goalKey: p.goalKey,
    goalStatus: p.goalStatus as ConversationFilters["goalStatus"],
    cursor: p.cursor,
  };
}

/** The list URL for these params; empty values are left out. */
export function listHref(base: string, p: ListParams): string {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) if (p[key]) search.set(key, p[key]!);
  if (p.cursor) search.set("cursor", p.cursor);
  if (p.cursor && p.back.length) search.set("back", p.back.join("."));
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}

/** Links to the previous and next pages (undefined at either end) and the current page's number. */
export function pageLinks(base: string, p: ListParams, nextCursor: string | null) {
  const page = p.cursor ? p.back.length + 2 : 1;
  const previous = p.cursor ? listHref(base, { ...p, cursor: p.back.at(-1), back: p.back.slice(0, -1) }) : undefined;
  const next = nextCursor ? listHref(base, { ...p, cursor: nextCursor, back: p.cursor ? [...p.back, p.cursor] : [] }) : undefined;
  return { page, previous, next };
}
