import { z } from "zod";
import { toE164 } from "@/lib/phone";
import { emailSchema } from "@/lib/validation";
import type { HubSpotPropertyMapping } from "@/db/schema";
import { hubspotCall, type HubSpotClient } from "./client";
import { createObject, getObject, parseAnswer, searchByEquality, updateObject, type Properties } from "./crm";
import { HubSpotRequestError, HubSpotSetupError } from "./errors";

export interface ContactInput {
  email?: string | null;
  phone?: string | null;
  name?: string | null;
  company?: string | null;
}

// A batch answers 207 with `errors` (and fewer results) when an input was refused.
const upsertAnswer = z.object({
  results: z.array(z.object({ id: z.coerce.string() })),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

/**
 * Finds or creates the contact; never makes a second one for the same person. By email, HubSpot's
 * batch upsert keyed on `email` is atomic on its side. By phone (no email), we search `phone` and
 * `mobilephone` for the E.164 number and create only when nothing matches. Name, phone and company
 * fill empty fields only: what a caller said on the phone should not overwrite what sales typed.
 */
export async function upsertContact(api: HubSpotClient, input: ContactInput): Promise<string> {
  // A malformed email would fail HubSpot's validation for good; the phone may still find the person.
  const parsedEmail = emailSchema.safeParse(input.email);
  const email = parsedEmail.success ? parsedEmail.data : null;
  const phone = toE164(input.phone);
  if (!email && !phone) throw new HubSpotSetupError("The contact has neither an email nor a phone number; HubSpot needs one to find the contact");
  const identity = identityProperties(input.name, phone, input.company);

  if (email) {
    const answer = await hubspotCall(() => api.crm.contacts.batchApi.upsert({ inputs: [{ idProperty: "email", id: email, properties: { email } }] }));
    const { results, errors } = parseAnswer(upsertAnswer, answer, "the contact upsert");
    const id = results[0]?.id;
    if (!id) throw new HubSpotRequestError(`HubSpot did not upsert the contact ${email}: ${errors?.[0]?.message ?? "no result"}`, 400);
    await writeProperties(api, id, {}, identity);
    return id;
  }

  const matches = await searchByEquality(api, "contacts", [[{ propertyName: "phone", value: phone! }], [{ propertyName: "mobilephone", value: phone! }]], ["phone"]);
  // Several contacts may share a number already; take the oldest so every run picks the same one.
  const existing = matches.map((m) => m.id).sort((a, b) => Number(a) - Number(b))[0];
  if (existing) {
    await writeProperties(api, existing, {}, identity);
    return existing;
  }
  return (await createObject(api, "contacts", { phone: phone!, ...identity })).id;
}

function identityProperties(name: string | null | undefined, phone: string | null, company: string | null | undefined): Properties {
  const [first, ...rest] = (name ?? "").trim().split(/\s+/).filter(Boolean);
  const out: Properties = {};
  if (first) out.firstname = first;
  if (rest.length) out.lastname = rest.join(" ");
  if (phone) out.phone = phone;
  if (company?.trim()) out.company = company.trim();
  return out;
}

const isEmpty = (value: string | null | undefined) => value === null || value === undefined || value.trim() === "";

/**
 * Overwrites `overwrite` and sets each of `fillIfEmpty` only where HubSpot holds no value (read
 * first). Returns the property names written. Naturally idempotent: a rerun writes the same values.
 */
export async function writeProperties(api: HubSpotClient, contactId: string, overwrite: Properties, fillIfEmpty: Properties): Promise<string[]> {
  const updates: Properties = { ...overwrite };
  const fillNames = Object.keys(fillIfEmpty).filter((name) => !(name in overwrite));
  if (fillNames.length > 0) {
    const current = await getObject(api, "contacts", contactId, fillNames);
    for (const name of fillNames) if (isEmpty(current.properties[name])) updates[name] = fillIfEmpty[name];
  }
  if (Object.keys(updates).length === 0) return [];
  await updateObject(api, "contacts", contactId, updates);
  return Object.keys(updates);
}

export type VariableValue = string | number | boolean | null;

/** Writes output variables to contact properties, per mapping; a variable without a value is skipped. */
export async function writeContactProperties(
  api: HubSpotClient,
  input: { contactId: string; values: Record<string, VariableValue | undefined>; mappings: HubSpotPropertyMapping[] },
): Promise<string[]> {
  const overwrite: Properties = {};
  const fill: Properties = {};
  for (const mapping of input.mappings) {
    const value = input.values[mapping.variable];
    if (value === null || value === undefined || value === "") continue;
    (mapping.mode === "overwrite" ? overwrite : fill)[mapping.property] = String(value);
  }
  return writeProperties(api, input.contactId, overwrite, fill);
}

/** Lead routing: the contact's HubSpot owner. */
export async function setContactOwner(api: HubSpotClient, contactId: string, ownerId: string): Promise<void> {
  await updateObject(api, "contacts", contactId, { hubspot_owner_id: ownerId });
}
