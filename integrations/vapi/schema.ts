import { z } from "zod";

/** Only the parts of Vapi's server message Debrief reads; loose objects, since Vapi adds fields often. */
const phoneNumber = z.looseObject({ number: z.string().nullish() }).nullish();
const customer = z.looseObject({ number: z.string().nullish(), name: z.string().nullish() }).nullish();
const metadata = z.record(z.string(), z.unknown()).nullish();

export const vapiArtifactMessageSchema = z.looseObject({
  role: z.string(),
  message: z.string().nullish(),
  time: z.number().nullish(),
  endTime: z.number().nullish(),
  secondsFromStart: z.number().nullish(),
  duration: z.number().nullish(),
});
export type VapiArtifactMessage = z.infer<typeof vapiArtifactMessageSchema>;

/** Every server message has a type; only end-of-call-report is read further. */
export const vapiEnvelopeSchema = z.looseObject({
  message: z.looseObject({ type: z.string().max(100), timestamp: z.number().nullish() }),
});

export const vapiEndOfCallReportSchema = z.looseObject({
  message: z.looseObject({
    type: z.literal("end-of-call-report"),
    endedReason: z.string().nullish(),
    timestamp: z.number().nullish(),
    call: z.looseObject({
      id: z.string().min(1),
      type: z.string().nullish(),
      assistantId: z.string().nullish(),
      phoneNumberId: z.string().nullish(),
      customer,
      phoneNumber,
      startedAt: z.string().nullish(),
      endedAt: z.string().nullish(),
      metadata,
    }),
    assistant: z.looseObject({ id: z.string().nullish(), name: z.string().nullish(), metadata }).nullish(),
    phoneNumber,
    customer,
    artifact: z
      .looseObject({
        messages: z.array(vapiArtifactMessageSchema).nullish(),
        transcript: z.string().nullish(),
        recordingUrl: z.string().nullish(),
        recording: z
          .looseObject({
            stereoUrl: z.string().nullish(),
            mono: z.looseObject({ combinedUrl: z.string().nullish() }).nullish(),
          })
          .nullish(),
      })
      .nullish(),
    startedAt: z.string().nullish(),
    endedAt: z.string().nullish(),
    recordingUrl: z.string().nullish(),
    summary: z.string().nullish(),
    analysis: z.record(z.string(), z.unknown()).nullish(),
    durationSeconds: z.number().nullish(),
    cost: z.number().nullish(),
  }),
});
export type VapiEndOfCallReport = z.infer<typeof vapiEndOfCallReportSchema>["message"];
