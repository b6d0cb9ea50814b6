import { eq } from "drizzle-orm";
import { conversationAssignees, outcomes } from "@/db/schema";
import { HubSpotError } from "@/integrations/hubspot/errors";
import { syncConversationToHubSpot } from "@/integrations/hubspot/sync-conversation";
import type { ActionPerformer } from "./types";

type Variables = Record<string, string | number | boolean | null>;

export const hubspotPerformer: ActionPerformer<{ id: string; type: "hubspot" }> = {
  describe: () => "Update HubSpot",
  async perform(_action, ctx) {
    const conversation = ctx.conversation;
    if (!conversation || !ctx.link) return { status: "failed", retryable: false, error: "a HubSpot update needs a conversation" };
    const [outcome] = conversation.outcome ? await ctx.db.select({ standardKey: outcomes.standardKey }).from(outcomes).where(eq(outcomes.id, conversation.outcome.id)) : [];
    const [assignee] = await ctx.db.select({ userId: conversationAssignees.userId }).from(conversationAssignees).where(eq(conversationAssignees.conversationId, conversation.id));
    const goals = ctx.results?.goals ?? [];
    try {
      const result = await syncConversationToHubSpot(ctx.db, {
        workspaceId: ctx.workspace.id,
        effectKey: ctx.effectKey,
        conversation: { id: conversation.id, contact: conversation.contact, endedAt: new Date(conversation.endedAt), durationSeconds: conversation.durationSeconds, direction: conversation.direction, recordingUrl: conversation.recordingUrl, link: ctx.link },
        outcome: conversation.outcome && { name: conversation.outcome.name, isFollowUp: outcome?.standardKey === "follow_up_needed", isQualifiedLead: outcome?.standardKey === "qualified_lead" },
        summary: ctx.results?.insights.summary ?? null,
        goals: goals.map((g) => ({ title: g.title, status: g.effectiveStatus })),
        variables: Object.assign({}, ...goals.map((g) => g.variables)) as Variables,
        assigneeUserId: assignee?.userId ?? null,
      });
      return { status: "succeeded", result: { ...result } };
    } catch (error) {
      if (!(error instanceof HubSpotError)) throw error;
      return { status: "failed", retryable: error.retryable, error: error.message, responseStatus: error.status, retryAfterMs: "retryAfterMs" in error ? (error.retryAfterMs as number) : undefined };
    }
  },
};
