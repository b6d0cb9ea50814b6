import { InvalidError } from "@/lib/errors";
import { parseTranscriptText } from "@/lib/evaluation/transcript-text";
import { toE164 } from "@/lib/phone";
import { conversationInputSchema, type ParsedConversationInput, type TurnInput } from "./input-schema";
import { parseInput } from "@/lib/validation";

/** A validated conversation, ready to store: turns, E.164 phone, times filled in where they can be derived. */
export function normalizeConversationInput(input: unknown, now = new Date()) {
  return normalizeParsedConversation(parseInput(conversationInputSchema, input), now);
}

/** The same for input already parsed with conversationInputSchema (the API route's body). */
export function normalizeParsedConversation(data: ParsedConversationInput, now = new Date()) {
  const transcript: TurnInput[] = typeof data.transcript === "string" ? parseTranscriptText(data.transcript) : data.transcript;
  if (typeof data.transcript === "string" && data.transcript.trim() && transcript.length === 0) {
    throw InvalidError.field("transcript", 'no "Speaker: text" lines found (speakers: Agent, AI, Assistant, Bot, Customer, User, Caller, Human)');
  }
  const phone = data.contact?.phone ? toE164(data.contact.phone) : null;
  if (data.contact?.phone && !phone) throw InvalidError.field("contact.phone", `"${data.contact.phone}" is not a phone number`);

  const endedAt = data.endedAt ? new Date(data.endedAt) : data.startedAt && data.durationSeconds != null ? new Date(Date.parse(data.startedAt) + data.durationSeconds * 1000) : now;
  const startedAt = data.startedAt ? new Date(data.startedAt) : data.durationSeconds != null ? new Date(endedAt.getTime() - data.durationSeconds * 1000) : null;
  // Milliseconds are plenty, and rounding keeps values like 5e-324 out of the float column (underflow).
  const rawDuration = data.durationSeconds ?? (startedAt ? (endedAt.getTime() - startedAt.getTime()) / 1000 : null);
  const durationSeconds = rawDuration === null ? null : Math.round(rawDuration * 1000) / 1000;
  return { ...data, transcript, contactPhone: phone, startedAt, endedAt, durationSeconds };
}
export type NormalizedConversation = ReturnType<typeof normalizeConversationInput>;
