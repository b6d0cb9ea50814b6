import { pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/** A workspace's link to a voice platform: the webhook URL carries this row's id; the secret verifies deliveries. */
export const callProviderConnections = pgTable(
  "call_provider_connections",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    /** Encrypted with lib/crypto/secret-box. */
    secret: text("secret").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastReceivedAt: timestamp("last_received_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("call_provider_connections_workspace_provider_idx").on(t.workspaceId, t.provider)],
);
