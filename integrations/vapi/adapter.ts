import type { CallProviderAdapter } from "@/integrations/call-providers/types";
import { mapVapi } from "./map";
import { verifyVapi } from "./verify";

export const vapi = {
  provider: "vapi",
  label: "Vapi",
  setup: {
    secretLabel: "Server secret",
    secretOrigin: "debrief",
    instructions: [
      "In the Vapi dashboard, open the assistant (or the phone number) and set its Server URL to the webhook URL shown here.",
      "Authenticate with the secret shown here, as one of: the Server Secret field (sent as X-Vapi-Secret); a Bearer Token credential (Authorization header, Bearer prefix on); or an HMAC credential with algorithm sha256 and the default headers (x-signature, x-timestamp), payload format {timestamp}.{body} and hex encoding.",
      "Under Server Messages, keep end-of-call-report selected; Debrief ignores the other messages.",
      "Optional: put \"debriefAgentId\" in the assistant's or the call's metadata to choose the Debrief agent; otherwise the agent is found by the Vapi phone number (web calls need debriefAgentId).",
    ],
  },
  verify: verifyVapi,
  map: mapVapi,
} satisfies CallProviderAdapter;
