import type { CallProviderAdapter } from "@/integrations/call-providers/types";
import { mapRetell } from "./map";
import { verifyRetell } from "./verify";

export const retell = {
  provider: "retell",
  label: "Retell AI",
  setup: {
    secretLabel: "Retell API key (the one marked for webhooks)",
    secretOrigin: "provider",
    instructions: [
      "In the Retell dashboard, open the agent and set its Webhook URL to the webhook URL shown here (or set it once for all agents under Settings → Webhooks).",
      "Retell signs every webhook with the API key that carries the webhook badge (Settings → API Keys). Paste that key here; Debrief uses it only to check signatures.",
      "Keep the call_ended and call_analyzed events on; Debrief ignores call_started.",
      "Optional: pass {\"debriefAgentId\": \"…\"} in the call's metadata to choose the Debrief agent; otherwise the agent is found by the Retell phone number (web calls need debriefAgentId).",
    ],
  },
  verify: verifyRetell,
  map: mapRetell,
} satisfies CallProviderAdapter;
