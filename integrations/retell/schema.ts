import { z } from "zod";

/** Only the parts of Retell's webhook Debrief reads; loose objects, since Retell adds fields. */
const word = z.looseObject({ word: z.string().nullish(), start: z.number().nullish(), end: z.number().nullish() });

export const retellUtteranceSchema = z.looseObject({
  role: z.string(),
  content: z.string().nullish(),
  words: z.array(word).nullish(),
});
export type RetellUtterance = z.infer<typeof retellUtteranceSchema>;

export const retellEnvelopeSchema = z.looseObject({ event: z.string().max(100) });

export const retellCallEventSchema = z.looseObject({
  event: z.enum(["call_ended", "call_analyzed"]),
  call: z.looseObject({
    call_id: z.string().min(1),
    agent_id: z.string().nullish(),
    call_type: z.string().nullish(),
    direction: z.enum(["inbound", "outbound"]).nullish(),
    from_number: z.string().nullish(),
    to_number: z.string().nullish(),
    call_status: z.string().nullish(),
    start_timestamp: z.number().nullish(),
    end_timestamp: z.number().nullish(),
    duration_ms: z.number().nullish(),
    disconnection_reason: z.string().nullish(),
    transcript_object: z.array(retellUtteranceSchema).nullish(),
    recording_url: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    retell_llm_dynamic_variables: z.record(z.string(), z.unknown()).nullish(),
    call_analysis: z.looseObject({ in_voicemail: z.boolean().nullish() }).nullish(),
  }),
});
export type RetellCall = z.infer<typeof retellCallEventSchema>["call"];
