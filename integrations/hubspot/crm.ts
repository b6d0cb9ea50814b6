import { AssociationSpecAssociationCategoryEnum, FilterOperatorEnum } from "@hubspot/api-client/lib/codegen/crm/objects";
import { z } from "zod";
import { hubspotCall, type HubSpotClient } from "./client";
import { HubSpotServerError } from "./errors";

/**
 * The few CRM object calls Debrief makes, on the SDK's generic `crm.objects` APIs (one set of
 * request types for every object type), with the parts of each answer we rely on parsed by zod.
 */
export type CrmObjectType = "contacts" | "calls" | "tasks" | "deals";

/** HubSpot-defined association type ids (from the object named first to the contact). */
export const ASSOCIATION_TO_CONTACT = { calls: 194, tasks: 204, deals: 3 } as const;

export const crmObjectSchema = z.object({
  id: z.coerce.string(),
  properties: z.record(z.string(), z.string().nullable().optional()).default({}),
});
export type CrmObject = z.infer<typeof crmObjectSchema>;

const searchResults = z.object({ total: z.number(), results: z.array(crmObjectSchema) });
const batchResults = z.object({ results: z.array(crmObjectSchema) });
const associationPage = z.object({
  results: z.array(z.object({ toObjectId: z.coerce.string() })),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export type Properties = Record<string, string>;

/** An answer we cannot read is HubSpot's (or a proxy's) fault; every write is idempotent, so retrying is safe. */
export function parseAnswer<S extends z.ZodType>(schema: S, answer: unknown, what: string): z.output<S> {
  const result = schema.safeParse(answer);
  if (!result.success) throw new HubSpotServerError(`HubSpot answered ${what} unexpectedly: ${z.prettifyError(result.error)}`, null);
  return result.data;
}

export async function createObject(api: HubSpotClient, type: CrmObjectType, properties: Properties, toContactId?: string): Promise<CrmObject> {
  const associations =
    toContactId && type !== "contacts"
      ? [
          {
            to: { id: toContactId },
            types: [{ associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined, associationTypeId: ASSOCIATION_TO_CONTACT[type] }],
          },
        ]
      : [];
  return parseAnswer(crmObjectSchema, await hubspotCall(() => api.crm.objects.basicApi.create(type, { properties, associations })), `the ${type} create`);
}

export async function updateObject(api: HubSpotClient, type: CrmObjectType, id: string, properties: Properties): Promise<CrmObject> {
  return parseAnswer(crmObjectSchema, await hubspotCall(() => api.crm.objects.basicApi.update(type, id, { properties })), `the ${type} update`);
}

export async function getObject(api: HubSpotClient, type: CrmObjectType, id: string, properties: string[]): Promise<CrmObject> {
  return parseAnswer(crmObjectSchema, await hubspotCall(() => api.crm.objects.basicApi.getById(type, id, properties)), `the ${type} read`);
}

/** Filters within a group are ANDed; groups are ORed. */
export type FilterGroup = { propertyName: string; value: string }[];

export async function searchByEquality(api: HubSpotClient, type: CrmObjectType, groups: FilterGroup[], properties: string[]): Promise<CrmObject[]> {
  const filterGroups = groups.map((filters) => ({ filters: filters.map((f) => ({ ...f, operator: FilterOperatorEnum.Eq })) }));
  const answer = await hubspotCall(() => api.crm.objects.searchApi.doSearch(type, { filterGroups, properties, limit: 100 }));
  return parseAnswer(searchResults, answer, `the ${type} search`).results;
}

export async function readObjects(api: HubSpotClient, type: CrmObjectType, ids: string[], properties: string[]): Promise<CrmObject[]> {
  const out: CrmObject[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const inputs = ids.slice(i, i + 100).map((id) => ({ id }));
    const answer = await hubspotCall(() => api.crm.objects.batchApi.read(type, { inputs, properties, propertiesWithHistory: [] }));
    out.push(...parseAnswer(batchResults, answer, `the ${type} batch read`).results);
  }
  return out;
}

/** Ids of every `toType` object associated with a contact (v4 associations, all pages). */
export async function listAssociatedIds(api: HubSpotClient, contactId: string, toType: CrmObjectType): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const answer = await hubspotCall(() => api.crm.associations.v4.basicApi.getPage("contacts", contactId, toType, after, 500));
    const page = parseAnswer(associationPage, answer, "the associations read");
    ids.push(...page.results.map((r) => r.toObjectId));
    after = page.paging?.next?.after;
  } while (after);
  return ids;
}
