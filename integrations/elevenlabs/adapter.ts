import type { CallProviderAdapter } from "@/integrations/call-providers/types";
import { mapElevenLabs } from "./map";
import { verifyElevenLabs } from "./verify";

export const elevenlabs = {
  provider: "elevenlabs",
  label: "ElevenLabs Agents",
  setup: {
    secretLabel: "Webhook secret (HMAC)",
    secretOrigin: "provider",
    instructions: [
      "In ElevenLabs, open Agents → Settings → Post-call webhook, create a webhook with the webhook URL shown here, and choose HMAC authentication.",
      "Copy the secret ElevenLabs shows once and paste it here.",
      "Enable the transcription webhook (post_call_transcription); Debrief ignores audio and call-initiation-failure webhooks.",
      "Optional: pass a dynamic variable debriefAgentId when starting a conversation to choose the Debrief agent; otherwise the agent is found by the agent's phone number (web and widget conversations need debriefAgentId).",
    ],
  },
  verify: verifyElevenLabs,
  map: mapElevenLabs,
} satisfies CallProviderAdapter;
