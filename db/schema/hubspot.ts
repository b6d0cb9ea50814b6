import { integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const HUBSPOT_PROPERTY_MODES = ["overwrite", "fill_if_empty"] as const;
export type HubSpotPropertyMode = (typeof HUBSPOT_PROPERTY_MODES)[number];

/** An output variable written to a HubSpot contact property. */
export interface HubSpotPropertyMapping {
  variable: string;
  property: string;
  mode: HubSpotPropertyMode;
}

/** A Debrief member and the HubSpot owner (numeric id) records are assigned to for them. */
export interface HubSpotOwnerMapping {
  userId: string;
  ownerId: string;
}

/** A workspace's HubSpot private-app connection and what to write there. One per workspace. */
export const hubspotConnections = pgTable(
  "hubspot_connections",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** Encrypted with lib/crypto/secret-box. */
    token: text("token").notNull(),
    /** e.g. "pat-…1a2b": enough to recognise the token, never enough to use it. */
    tokenHint: text("token_hint").notNull(),
    /** The HubSpot account (portal) id, learnt when the token is tested. */
    hubId: text("hub_id"),
    /** Where a qualified lead's deal goes; no deal is made unless both are set. */
    dealPipelineId: text("deal_pipeline_id"),
    dealStageId: text("deal_stage_id"),
    /** A follow-up task is due this many days after the call ended. */
    taskDueInDays: integer("task_due_in_days").notNull().default(1),
    propertyMappings: jsonb("property_mappings").$type<HubSpotPropertyMapping[]>().notNull().default([]),
    ownerMappings: jsonb("owner_mappings").$type<HubSpotOwnerMapping[]>().notNull().default([]),
    lastTestedAt: timestamp("last_tested_at", { withTimezone: true }),
    /** Null when the last test passed. */
    lastTestError: text("last_test_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("hubspot_connections_workspace_idx").on(t.workspaceId)],
);
