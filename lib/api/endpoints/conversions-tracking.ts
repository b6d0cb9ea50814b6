import { z } from "zod";
import { conversionInput } from "@/lib/conversions/conversions";
import { endpoint } from "../endpoint";

const conversionSchema = z.object({
  id: z.string(),
  conversationId: z.string().nullable(),
  matched: z.boolean().describe("False when no call with this number was found; the conversion is kept, not dropped"),
  phoneNumber: z.string().nullable(),
  eventType: z.enum(["lead", "sale"]),
  profit: z.number().nullable(),
  currency: z.string(),
  source: z.enum(["api", "pixel", "manual"]),
  occurredAt: z.string(),
});

const tag = "Conversions";
export const recordConversionEndpoint = endpoint({ method: "POST", path: "/api/v1/conversions", summary: "Record a lead or sale for the latest call with this phone number (emits conversion/recorded)", tag, permission: "conversations.write", body: conversionInput, response: conversionSchema, status: 201 });
export const conversionsGetEndpoint = endpoint({
  method: "GET",
  path: "/api/v1/conversions",
  summary: "With phone_number: record a conversion (a tracking pixel may authenticate with ?token=<pixel token> instead of an API key). Without: list recent conversions (API key).",
  tag,
  permission: "workspace.read",
  query: conversionInput.partial().extend({ token: z.string().optional().describe("The workspace's pixel token"), format: z.enum(["json", "gif"]).optional() }),
  response: z.union([conversionSchema, z.object({ data: z.array(conversionSchema) })]),
});
