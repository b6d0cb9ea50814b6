import { createHash } from "node:crypto";
import { listAssociatedIds, readObjects, type CrmObject, type CrmObjectType } from "./crm";
import type { HubSpotClient } from "./client";

/**
 * Exactly-once on HubSpot's side. Every call, task and deal Debrief creates carries a marker line
 * ("Debrief ref: debrief-<hash of the effect key>") in a text property, and is created already
 * associated with its contact in the same request. Before creating, we list the contact's
 * associated objects and look for the marker, so a retry after a crash (HubSpot accepted, Debrief
 * never recorded it) finds the first object instead of making a second one.
 *
 * Why associations and not the search API: search is eventually consistent (new objects appear
 * after a few seconds), which is exactly the window a quick restart falls into; association reads
 * and batch reads are consistent as soon as the create returned.
 */
export const MARKER_PREFIX = "debrief-";

/** Hashed: short, and free of characters HubSpot's rich-text cleaning might rewrite. */
export function effectMarker(effectKey: string): string {
  return MARKER_PREFIX + createHash("sha256").update(effectKey).digest("hex").slice(0, 20);
}

export const markerLine = (marker: string) => `Debrief ref: ${marker}`;

/** Found on every object Debrief created, whatever the effect. */
export const DEBRIEF_TAG = markerLine(MARKER_PREFIX);

export const hasMarker = (object: CrmObject, property: string, marker: string) => (object.properties[property] ?? "").includes(marker);

/** Objects of `type` associated with the contact, with `properties` read; oldest (lowest id) first. */
export async function listAssociated(api: HubSpotClient, contactId: string, type: CrmObjectType, properties: string[]): Promise<CrmObject[]> {
  const ids = await listAssociatedIds(api, contactId, type);
  if (ids.length === 0) return [];
  const objects = await readObjects(api, type, ids, properties);
  return objects.sort((a, b) => Number(a.id) - Number(b.id));
}

/** The object this effect already created on the contact, if any. */
export async function findByMarker(api: HubSpotClient, contactId: string, type: CrmObjectType, property: string, marker: string): Promise<CrmObject | null> {
  const objects = await listAssociated(api, contactId, type, [property]);
  return objects.find((o) => hasMarker(o, property, marker)) ?? null;
}
