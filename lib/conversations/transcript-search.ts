import { sql, type SQL } from "drizzle-orm";
import { conversations } from "@/db/schema";

/** What fills conversations.search_vector; search reads rows not indexed yet through the same expression. */
export const transcriptSearchVector = sql`to_tsvector('english', jsonb_path_query_array(${conversations.transcript}, '$[*].text'))`;

/** Transcripts matching the words of `q`, whether or not the row's search vector is filled yet. */
export function transcriptMatches(q: string): SQL {
  const query = sql`plainto_tsquery('english', ${q})`;
  return sql`(${conversations.searchVector} @@ ${query} or (${conversations.searchVector} is null and ${transcriptSearchVector} @@ ${query}))`;
}
