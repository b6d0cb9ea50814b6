import type { Db } from "@/db";
import { outcomes } from "@/db/schema";
import { STANDARD_OUTCOMES } from "./standard";

/** Gives a new workspace the six standard outcomes (existing ones are left as they are). */
export async function ensureStandardOutcomes(db: Db, workspaceId: string): Promise<void> {
  await db
    .insert(outcomes)
    .values(STANDARD_OUTCOMES.map((o) => ({ workspaceId, name: o.name, description: o.description, color: o.color, isConversion: o.isConversion, standardKey: o.standardKey, position: o.position })))
    .onConflictDoNothing();
}
