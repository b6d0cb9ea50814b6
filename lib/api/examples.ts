import type { ConversationInput } from "@/lib/conversations/input-schema";

/** The example body of POST /api/v1/conversations, with a real agent id when there is one. */
export function exampleCall(agentId: string): ConversationInput {
  return {
    externalId: "call_0001",
    agentId,
    direction: "inbound",
    startedAt: "2026-11-20T15:04:05Z",
    endedAt: "2026-11-20T15:09:40Z",
    endReason: "completed",
    contact: { name: "Ana Ruiz", phone: "+14155550100", email: "ana@example.com" },
    recordingUrl: "https://recordings.example.com/call_0001.mp3",
    transcript: [
      { speaker: "agent", text: "Hi, this is Sam from Lakeside Dental. How can I help?", startMs: 0 },
      { speaker: "customer", text: "I'd like to book a cleaning for next Tuesday.", startMs: 4200 },
    ],
  };
}

/**
 * A copy-paste curl that POSTs `body` as JSON to the REST API at `path`. The key is the
 * $DEBRIEF_API_KEY placeholder: keys are shown only once, so the page cannot fill it in.
 */
export function apiCurl(appUrl: string, path: string, body: unknown): string {
  const json = JSON.stringify(body, null, 2).replace(/'/g, "'\\''").replace(/\n/g, "\n    ");
  return [
    `curl -X POST "${appUrl.replace(/\/+$/, "")}${path}" \\`,
    `  -H "Authorization: Bearer $DEBRIEF_API_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '${json}'`,
  ].join("\n");
}
