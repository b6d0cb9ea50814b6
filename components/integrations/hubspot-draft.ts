import type { HubSpotOwnerMapping, HubSpotPropertyMapping, HubSpotPropertyMode } from "@/db/schema";

/** What the HubSpot form holds: strings and rows the inputs edit directly. */
export interface HubSpotDraft {
  /** Empty keeps the saved token. */
  token: string;
  dealPipelineId: string;
  dealStageId: string;
  taskDueInDays: string;
  propertyMappings: { rowId: string; variable: string; property: string; mode: HubSpotPropertyMode }[];
  ownerMappings: { rowId: string; userId: string; ownerId: string }[];
}

export interface HubSpotSaved {
  dealPipelineId: string | null;
  dealStageId: string | null;
  taskDueInDays: number;
  propertyMappings: HubSpotPropertyMapping[];
  ownerMappings: HubSpotOwnerMapping[];
}

let lastRowId = 0;
export const hubspotRowId = () => `h${++lastRowId}`;

export function hubspotDraft(saved: HubSpotSaved | null): HubSpotDraft {
  return {
    token: "",
    dealPipelineId: saved?.dealPipelineId ?? "",
    dealStageId: saved?.dealStageId ?? "",
    taskDueInDays: String(saved?.taskDueInDays ?? 1),
    propertyMappings: (saved?.propertyMappings ?? []).map((m) => ({ rowId: hubspotRowId(), ...m })),
    ownerMappings: (saved?.ownerMappings ?? []).map((m) => ({ rowId: hubspotRowId(), ...m })),
  };
}

/** The body saveHubSpotConnection takes: a blank token keeps the saved one; blank ids clear the deal settings. */
export function hubspotInput(draft: HubSpotDraft) {
  return {
    ...(draft.token.trim() && { token: draft.token.trim() }),
    dealPipelineId: draft.dealPipelineId.trim(),
    dealStageId: draft.dealStageId.trim(),
    ...(draft.taskDueInDays.trim() !== "" && { taskDueInDays: draft.taskDueInDays.trim() }),
    propertyMappings: draft.propertyMappings.map(({ variable, property, mode }) => ({ variable, property: property.trim(), mode })),
    ownerMappings: draft.ownerMappings.map(({ userId, ownerId }) => ({ userId, ownerId: ownerId.trim() })),
  };
}
