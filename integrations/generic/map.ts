import { conversationInputSchema } from "@/lib/conversations/input-schema";
import { InvalidError } from "@/lib/errors";
import { conversationMapped, parsePayload, type Mapped } from "@/integrations/call-providers/types";

/**
 * The body is a ConversationInput as documented in ./README.md. `source` is always "generic",
 * whatever the sender wrote, so reports can tell these calls from API and provider ones. The
 * externalId is the sender's own, unprefixed: they chose it and will look the call up by it.
 */
export function mapGeneric(payload: unknown): Mapped {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw InvalidError.field("(body)", "must be a JSON object");
  }
  const conversation = parsePayload(conversationInputSchema, { ...payload, source: "generic" });
  return conversationMapped(conversation, `generic:${conversation.externalId}`, "agentId");
}
