import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import * as schema from "./schema";
import { acquireLock, releaseLock } from "./pglite-lock";

export type Schema = typeof schema;
/** Either engine (and a transaction of either): domain code is written once against this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Engine = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… ; when absent, PGlite is used. */
  url?: string;
  /** PGlite data folder, or "memory://" for a throwaway database. */
  pgliteDir?: string;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export async function openDatabase({ url, pgliteDir = ".data/pglite" }: OpenOptions): Promise<DatabaseHandle> {
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(url, { max: 10, onnotice: () => {} });
    const db = drizzle(client, { schema, casing: "snake_case" });
    return { db: db as unknown as Db, engine: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const inMemory = pgliteDir.startsWith("memory://");
  const dir = inMemory ? pgliteDir : path.resolve(/*turbopackIgnore: true*/ pgliteDir);
  if (!inMemory) {
    acquireLock(dir);
    mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema, casing: "snake_case" });
  return {
    db: db as unknown as Db,
    engine: "pglite",
    close: async () => {
      await client.close();
      if (!inMemory) releaseLock(dir);
    },
  };
}

/** Applies the committed drizzle-kit migrations; the same folder serves both engines. */
export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  if (handle.engine === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(handle.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder });
  }
}

const dialect = new PgDialect({ casing: "snake_case" });

/**
 * Runs a raw statement on the hot path as a prepared statement on PostgreSQL: parsed and planned
 * once per connection and shape instead of on every call (drizzle sends raw SQL unprepared).
 * A 25-call batch insert spent more time being planned than being stored. PGlite runs it as is.
 */
export async function executePrepared<T>(db: Db, statement: SQL): Promise<T[]> {
  const client = (db as unknown as { $client?: Partial<Sql> }).$client;
  if (!client?.unsafe) return rowsOf<T>(await db.execute(statement));
  const { sql: text, params } = dialect.sqlToQuery(statement);
  return (await client.unsafe(text, params as never[], { prepare: true })) as unknown as T[];
}

/** Rows of a raw `db.execute(sql…)`: postgres-js answers an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}
