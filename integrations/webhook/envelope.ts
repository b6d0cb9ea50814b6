/** What every outbound webhook (automation action or objective callback) POSTs; see ./README.md. */
export interface WebhookEnvelope<T = unknown> {
  /** The delivery's id: the same on every retry, and equal to the X-Debrief-Delivery header. */
  id: string;
  /** e.g. "conversation.evaluated", "conversion.recorded". */
  type: string;
  createdAt: string;
  data: T;
}

export function webhookEnvelope<T>(input: { id: string; type: string; data: T; createdAt?: Date }): WebhookEnvelope<T> {
  return { id: input.id, type: input.type, createdAt: (input.createdAt ?? new Date()).toISOString(), data: input.data };
}
