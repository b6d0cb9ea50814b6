import type { conversations } from "@/db/schema";

type Row = typeof conversations.$inferSelect;
export interface OutcomeRef {
  id: string;
  name: string;
  color: string;
}

/** A conversation as lists show it (no transcript). */
export function presentConversationSummary(row: Omit<Row, "transcript" | "searchVector" | "metadata">, extra: { agentName: string | null; outcome: OutcomeRef | null }) {
  return {
    id: row.id,
    externalId: row.externalId,
    agentId: row.agentId,
    agentName: extra.agentName,
    source: row.source,
    direction: row.direction,
    callType: row.callType,
    contact: { name: row.contactName, phone: row.contactPhone, email: row.contactEmail, company: row.contactCompany },
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    durationSeconds: row.durationSeconds,
    endReason: row.endReason,
    recordingUrl: row.recordingUrl,
    turnCount: row.turnCount,
    status: row.status,
    outcome: extra.outcome,
    createdAt: row.createdAt,
  };
}
export type ConversationSummary = ReturnType<typeof presentConversationSummary>;
