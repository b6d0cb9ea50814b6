import type { CallProviderAdapter } from "@/integrations/call-providers/types";
import { mapGeneric } from "./map";
import { verifyGeneric } from "./verify";

export const generic = {
  provider: "generic",
  label: "Any platform (signed JSON)",
  setup: {
    secretLabel: "Signing secret",
    secretOrigin: "debrief",
    instructions: [
      "From your platform or middleware, POST each finished call as JSON to the webhook URL shown here, in Debrief's conversation format.",
      "Sign every request: X-Debrief-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" keyed with the secret shown here>. Requests more than 5 minutes old are refused.",
      "Give each call a stable externalId; sending the same call twice records it once.",
      "The payload format and signing examples (Node.js, curl) are in integrations/generic/README.md in the Debrief repository.",
    ],
  },
  verify: verifyGeneric,
  map: mapGeneric,
} satisfies CallProviderAdapter;
