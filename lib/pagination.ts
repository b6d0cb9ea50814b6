import { and, eq, lt, or, type AnyColumn, type SQL } from "drizzle-orm";
import { InvalidError } from "./errors";

/**
 * Keyset pagination for lists ordered newest first by (time, id): the cursor is the last row's
 * pair, so pages stay stable while rows arrive and no OFFSET scan is needed.
 */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

/** The rows after a cursor in (time desc, id desc) order; a cursor this API did not make is a 400 on `cursor`. */
export function afterCursor(cursor: string | undefined, time: AnyColumn, id: AnyColumn): SQL | undefined {
  if (!cursor) return undefined;
  const [stamp, last] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(stamp);
  if (!last || Number.isNaN(at.getTime())) throw InvalidError.field("cursor", "is not a cursor this API returned");
  return or(lt(time, at), and(eq(time, at), lt(id, last)));
}

/** The page (limit rows, fetched as limit + 1) and the cursor of the next one, if any. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, timeOf: (row: T) => Date): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(timeOf(last), last.id) : null };
}
