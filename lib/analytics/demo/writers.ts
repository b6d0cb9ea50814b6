import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import type { Db } from "@/db";

/** Writes generated rows; rows carry every column (ids and timestamps too). */
export interface RowWriter {
  write(table: PgTable, rows: Record<string, unknown>[]): Promise<void>;
}

/** Multi-row inserts through drizzle: works on both engines (PGlite has no COPY from a stream). */
export function insertWriter(db: Db, batchSize = 500): RowWriter {
  return {
    async write(table, rows) {
      for (let i = 0; i < rows.length; i += batchSize) await db.insert(table).values(rows.slice(i, i + batchSize) as never);
    },
  };
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : typeof value === "boolean" ? (value ? "t" : "f") : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** COPY … FROM STDIN through the postgres client: the fastest way into PostgreSQL. */
export function copyWriter(client: postgres.Sql): RowWriter {
  return {
    async write(table, rows) {
      if (rows.length === 0) return;
      const columns = getTableColumns(table);
      const keys = Object.keys(rows[0]).filter((k) => k in columns);
      const names = keys.map((k) => `"${columns[k].name}"`).join(", ");
      const stream = await client.unsafe(`copy "${getTableName(table)}" (${names}) from stdin`).writable();
      const done = new Promise<void>((resolve, reject) => {
        stream.on("finish", resolve);
        stream.on("error", reject);
      });
      const lines: string[] = [];
      for (const row of rows) {
        lines.push(keys.map((k) => copyValue(row[k])).join("\t") + "\n");
        if (lines.length === 2000) {
          if (!stream.write(lines.join(""))) await new Promise((r) => stream.once("drain", r));
          lines.length = 0;
        }
      }
      stream.end(lines.join(""));
      await done;
    },
  };
}
