import { z } from "zod";
import { HUBSPOT_PROPERTY_MODES } from "@/db/schema";

/** HubSpot ids for pipelines and stages: "default", "appointmentscheduled", "12345678". */
const hubspotId = (what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.string().trim().max(100).regex(/^[A-Za-z0-9_-]+$/, `must be a HubSpot ${what} id`).nullable().optional(),
  );

export const propertyMappingSchema = z.object({
  variable: z.string({ error: "is required" }).trim().min(1, "is required").max(100),
  property: z
    .string({ error: "is required" })
    .trim()
    .max(100)
    .regex(/^[a-z0-9_]+$/, "must be a HubSpot internal property name (lowercase letters, digits and _)"),
  mode: z.enum(HUBSPOT_PROPERTY_MODES, { error: `must be one of ${HUBSPOT_PROPERTY_MODES.join(", ")}` }),
});

export const ownerMappingSchema = z.object({
  userId: z.string({ error: "is required" }).min(1, "is required"),
  ownerId: z.string({ error: "is required" }).trim().regex(/^\d{1,20}$/, "must be a numeric HubSpot owner id"),
});

/** Every field optional: a save changes what it names. The token is required only on the first save. */
export const hubspotConnectionInput = z
  .object({
    token: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().min(10, "is too short to be a HubSpot access token").max(500).regex(/^\S+$/, "must not contain spaces").optional(),
    ),
    dealPipelineId: hubspotId("pipeline"),
    dealStageId: hubspotId("deal stage"),
    taskDueInDays: z.coerce.number().int("must be a whole number of days").min(0).max(365).optional(),
    propertyMappings: z.array(propertyMappingSchema).max(100).optional(),
    ownerMappings: z.array(ownerMappingSchema).max(500).optional(),
  })
  .superRefine((input, ctx) => {
    // Two mappings to one property would race; one member mapped twice is ambiguous.
    const dup = <T>(items: T[] | undefined, key: (t: T) => string, field: string, path: string, message: string) =>
      items?.forEach((item, i) => {
        if (items.findIndex((other) => key(other) === key(item)) !== i) ctx.addIssue({ code: "custom", path: [field, i, path], message });
      });
    dup(input.propertyMappings, (m) => m.property, "propertyMappings", "property", "is already mapped");
    dup(input.ownerMappings, (m) => m.userId, "ownerMappings", "userId", "is already mapped");
  });

export type HubSpotConnectionInput = z.infer<typeof hubspotConnectionInput>;

/** "pat-…1a2b": recognisable in the UI, useless to anyone who reads it. */
export const tokenHint = (token: string) => `${token.slice(0, 4)}…${token.slice(-4)}`;
