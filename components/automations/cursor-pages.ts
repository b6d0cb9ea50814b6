/**
 * Cursor pages that live in the URL: `cursor` is this page's, `back` the earlier pages' (oldest
 * first, the first page has none), so "Previous" works from a shared link too.
 */
type Search = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

export interface CursorParams {
  cursor?: string;
  back: string[];
}

export function readCursor(search: Search): CursorParams {
  return { cursor: first(search.cursor), back: (first(search.back) ?? "").split(".").filter(Boolean) };
}

/** The URL of a page; `keep` holds the other parameters (filters), empty ones left out. */
export function pageHref(base: string, keep: Record<string, string | undefined>, page: CursorParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(keep)) if (value) search.set(key, value);
  if (page.cursor) search.set("cursor", page.cursor);
  if (page.cursor && page.back.length) search.set("back", page.back.join("."));
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}

/** Links to the previous and next pages (undefined at either end) and this page's number. */
export function cursorPageLinks(base: string, keep: Record<string, string | undefined>, current: CursorParams, nextCursor: string | null) {
  const page = current.cursor ? current.back.length + 2 : 1;
  const previous = current.cursor ? pageHref(base, keep, { cursor: current.back.at(-1), back: current.back.slice(0, -1) }) : undefined;
  const next = nextCursor ? pageHref(base, keep, { cursor: nextCursor, back: current.cursor ? [...current.back, current.cursor] : [] }) : undefined;
  return { page, previous, next };
}
