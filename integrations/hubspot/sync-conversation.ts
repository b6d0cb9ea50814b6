import type { Db } from "@/db";
import { createHubSpotClient } from "./client";
import { logCall } from "./calls";
import { loadHubSpotSettings } from "./connection";
import { setContactOwner, upsertContact, writeContactProperties, type VariableValue } from "./contacts";
import { upsertDealForQualifiedLead } from "./deals";
import { HubSpotSetupError } from "./errors";
import { createFollowUpTask } from "./tasks";

export interface SyncConversationInput {
  workspaceId: string;
  /** The engine's unique key for this effect (conversation, rule, action). */
  effectKey: string;
  conversation: {
    id: string;
    contact: { name?: string | null; phone?: string | null; email?: string | null; company?: string | null };
    endedAt: Date;
    durationSeconds?: number | null;
    direction?: string | null;
    recordingUrl?: string | null;
    /** The conversation in Debrief, for people reading HubSpot. */
    link: string;
  };
  outcome: { name: string; isFollowUp: boolean; isQualifiedLead: boolean } | null;
  summary: string | null;
  goals: { title: string; status: string }[];
  variables: Record<string, VariableValue>;
  assigneeUserId?: string | null;
}

export interface SyncConversationResult {
  contactId: string;
  callId: string;
  taskId?: string;
  dealId?: string;
  propertiesWritten: string[];
  ownerId?: string;
}

const DAY_MS = 86_400_000;

/**
 * The automation engine's one HubSpot action. Every step is idempotent on `effectKey` (sub-keys
 * `:call`, `:task`, `:deal`), so after a retry, a duplicate event or a crash at any point the
 * engine simply runs it again: objects already in HubSpot are found, not created twice.
 * Throws HubSpotError subclasses; `retryable` tells the engine what to do.
 */
export async function syncConversationToHubSpot(db: Db, input: SyncConversationInput): Promise<SyncConversationResult> {
  const settings = await loadHubSpotSettings(db, input.workspaceId);
  if (!settings) throw new HubSpotSetupError("HubSpot is not connected in this workspace");
  const { conversation, outcome, effectKey } = input;
  const api = createHubSpotClient(settings.token);

  const contactId = await upsertContact(api, conversation.contact);
  const ownerId = input.assigneeUserId ? settings.ownerMappings.find((m) => m.userId === input.assigneeUserId)?.ownerId : undefined;
  const who = conversation.contact.name?.trim() || conversation.contact.email || conversation.contact.phone || "contact";

  const callId = await logCall(api, {
    contactId,
    effectKey: `${effectKey}:call`,
    title: `Debrief: ${outcome?.name ?? "Call"} with ${who}`,
    bodyLines: callBodyLines(input),
    recordingUrl: conversation.recordingUrl,
    durationMs: conversation.durationSeconds != null ? conversation.durationSeconds * 1000 : null,
    timestamp: conversation.endedAt,
    direction: conversation.direction,
    ownerId,
  });
  const result: SyncConversationResult = { contactId, callId, propertiesWritten: [], ...(ownerId && { ownerId }) };

  if (outcome?.isFollowUp) {
    result.taskId = await createFollowUpTask(api, {
      contactId,
      effectKey: `${effectKey}:task`,
      subject: `Follow up with ${who} (${outcome.name})`,
      bodyLines: [input.summary ?? "", `Conversation: ${conversation.link}`].filter(Boolean),
      // From the call's end, not from now: a retry computes the same due date.
      dueAt: new Date(conversation.endedAt.getTime() + settings.taskDueInDays * DAY_MS),
      ownerId,
    });
  }
  if (outcome?.isQualifiedLead && settings.dealPipelineId && settings.dealStageId) {
    const deal = await upsertDealForQualifiedLead(api, {
      contactId,
      effectKey: `${effectKey}:deal`,
      dealName: `${who} (qualified by Debrief)`,
      pipelineId: settings.dealPipelineId,
      stageId: settings.dealStageId,
      ownerId,
      descriptionLines: [`Qualified lead: ${conversation.link}`],
    });
    result.dealId = deal.dealId;
  }
  result.propertiesWritten = await writeContactProperties(api, { contactId, values: input.variables, mappings: settings.propertyMappings });
  if (ownerId) await setContactOwner(api, contactId, ownerId);
  return result;
}

function callBodyLines({ summary, outcome, goals, conversation }: SyncConversationInput): string[] {
  const lines: string[] = [];
  if (summary) lines.push(`Summary: ${summary}`);
  lines.push(`Outcome: ${outcome?.name ?? "none"}`);
  for (const goal of goals) lines.push(`Goal "${goal.title}": ${goal.status}`);
  if (conversation.recordingUrl) lines.push(`Recording: ${conversation.recordingUrl}`);
  lines.push(`Conversation: ${conversation.link}`);
  return lines;
}
