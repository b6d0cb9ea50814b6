import type { HubSpotClient } from "./client";
import { createObject, updateObject, type Properties } from "./crm";
import { DEBRIEF_TAG, effectMarker, hasMarker, listAssociated, markerLine } from "./effect-marker";

export interface QualifiedLeadDealInput {
  contactId: string;
  effectKey: string;
  dealName: string;
  pipelineId: string;
  stageId: string;
  amount?: number | null;
  ownerId?: string | null;
  /** Plain-text lines for the deal's description (e.g. the conversation link). */
  descriptionLines?: string[];
}

export interface DealResult {
  dealId: string;
  action: "created" | "moved" | "unchanged";
}

const DEAL_PROPERTIES = ["description", "pipeline", "dealstage", "hs_is_closed"];

/**
 * One open Debrief deal per contact. This effect's marker already on a deal → done ("unchanged").
 * Otherwise an open deal Debrief created earlier for the contact is moved to the configured
 * pipeline and stage, and this effect's marker is appended to its description, so a retry sees
 * the move as done and never moves it again (even after someone moved it by hand). Otherwise a
 * deal is created, associated with the contact (type 3). Closed deals are left alone.
 */
export async function upsertDealForQualifiedLead(api: HubSpotClient, input: QualifiedLeadDealInput): Promise<DealResult> {
  const marker = effectMarker(input.effectKey);
  const deals = await listAssociated(api, input.contactId, "deals", DEAL_PROPERTIES);
  const done = deals.find((d) => hasMarker(d, "description", marker));
  if (done) return { dealId: done.id, action: "unchanged" };

  const lines = [...(input.descriptionLines ?? []), markerLine(marker)];
  const open = deals.filter((d) => hasMarker(d, "description", DEBRIEF_TAG) && d.properties.hs_is_closed !== "true").at(-1);
  if (open) {
    const description = [open.properties.description ?? "", ...lines].filter(Boolean).join("\n");
    const move: Properties = { pipeline: input.pipelineId, dealstage: input.stageId, description };
    if (input.amount != null) move.amount = String(input.amount);
    await updateObject(api, "deals", open.id, move);
    return { dealId: open.id, action: "moved" };
  }

  const properties: Properties = { dealname: input.dealName, pipeline: input.pipelineId, dealstage: input.stageId, description: lines.join("\n") };
  if (input.amount != null) properties.amount = String(input.amount);
  if (input.ownerId) properties.hubspot_owner_id = input.ownerId;
  return { dealId: (await createObject(api, "deals", properties, input.contactId)).id, action: "created" };
}
