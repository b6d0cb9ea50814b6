import { z } from "zod";

/** Only the parts of ElevenLabs' post-call webhook Debrief reads; loose objects, since fields are added. */
export const elevenLabsTurnSchema = z.looseObject({
  role: z.string(),
  message: z.string().nullish(),
  time_in_call_secs: z.number().nullish(),
});
export type ElevenLabsTurn = z.infer<typeof elevenLabsTurnSchema>;

export const elevenLabsEnvelopeSchema = z.looseObject({ type: z.string().max(100) });

export const elevenLabsTranscriptionSchema = z.looseObject({
  type: z.literal("post_call_transcription"),
  event_timestamp: z.number().nullish(),
  data: z.looseObject({
    agent_id: z.string().nullish(),
    conversation_id: z.string().min(1),
    status: z.string().nullish(),
    transcript: z.array(elevenLabsTurnSchema).nullish(),
    metadata: z
      .looseObject({
        start_time_unix_secs: z.number().nullish(),
        call_duration_secs: z.number().nullish(),
        cost: z.number().nullish(),
        termination_reason: z.string().nullish(),
        phone_call: z
          .looseObject({
            direction: z.enum(["inbound", "outbound"]).nullish(),
            agent_number: z.string().nullish(),
            external_number: z.string().nullish(),
            type: z.string().nullish(),
            call_sid: z.string().nullish(),
          })
          .nullish(),
      })
      .nullish(),
    analysis: z.record(z.string(), z.unknown()).nullish(),
    conversation_initiation_client_data: z
      .looseObject({ dynamic_variables: z.record(z.string(), z.unknown()).nullish() })
      .nullish(),
  }),
});
export type ElevenLabsConversation = z.infer<typeof elevenLabsTranscriptionSchema>["data"];
