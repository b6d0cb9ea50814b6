import type { Db } from "@/db";
import { createHubSpotClient } from "./client";
import { loadHubSpotSettings } from "./connection";
import { setContactOwner, upsertContact, type ContactInput } from "./contacts";

export type AssignOwnerResult =
  | { assigned: true; contactId: string; ownerId: string }
  | { assigned: false; reason: "not_connected" | "member_not_mapped" };

/**
 * Lead routing's HubSpot half: makes the member's mapped HubSpot owner the contact's owner.
 * Naturally idempotent (find-or-create the contact, then set one property). Does nothing, and says
 * why, when HubSpot is not connected or the member has no owner mapping.
 */
export async function assignHubSpotOwner(db: Db, input: { workspaceId: string; contact: ContactInput; userId: string }): Promise<AssignOwnerResult> {
  const settings = await loadHubSpotSettings(db, input.workspaceId);
  if (!settings) return { assigned: false, reason: "not_connected" };
  const ownerId = settings.ownerMappings.find((m) => m.userId === input.userId)?.ownerId;
  if (!ownerId) return { assigned: false, reason: "member_not_mapped" };
  const api = createHubSpotClient(settings.token);
  const contactId = await upsertContact(api, input.contact);
  await setContactOwner(api, contactId, ownerId);
  return { assigned: true, contactId, ownerId };
}
