import type { HubSpotClient } from "./client";
import { createObject, type Properties } from "./crm";
import { effectMarker, findByMarker, markerLine } from "./effect-marker";
import { htmlLines } from "./calls";

export interface FollowUpTaskInput {
  contactId: string;
  effectKey: string;
  subject: string;
  bodyLines: string[];
  dueAt: Date;
  ownerId?: string | null;
}

/** A to-do on the contact (association type 204), due at `dueAt`; idempotent on effectKey. */
export async function createFollowUpTask(api: HubSpotClient, input: FollowUpTaskInput): Promise<string> {
  const marker = effectMarker(input.effectKey);
  const existing = await findByMarker(api, input.contactId, "tasks", "hs_task_body", marker);
  if (existing) return existing.id;

  const properties: Properties = {
    // A task's due date is its hs_timestamp.
    hs_timestamp: input.dueAt.toISOString(),
    hs_task_subject: input.subject,
    hs_task_body: htmlLines([...input.bodyLines, markerLine(marker)]),
    hs_task_status: "NOT_STARTED",
    hs_task_type: "CALL",
  };
  if (input.ownerId) properties.hubspot_owner_id = input.ownerId;
  return (await createObject(api, "tasks", properties, input.contactId)).id;
}
