import { elevenlabs } from "@/integrations/elevenlabs/adapter";
import { generic } from "@/integrations/generic/adapter";
import { retell } from "@/integrations/retell/adapter";
import { vapi } from "@/integrations/vapi/adapter";
import type { CallProvider, CallProviderAdapter } from "./types";

export type { CallProvider, CallProviderAdapter, Mapped, Verification, WebhookRequest } from "./types";
export { CALL_PROVIDER_NAMES } from "./types";

/**
 * One adapter per provider. Adding a name to CALL_PROVIDER_NAMES does not compile until its adapter
 * is here, and each adapter's `provider` must equal its key.
 */
export const CALL_PROVIDERS = { vapi, retell, elevenlabs, generic } satisfies { [P in CallProvider]: CallProviderAdapter<P> };

/** The adapter for a route's `{provider}` segment, or null; `Object.hasOwn` keeps "constructor" & co. out. */
export function getCallProvider(name: string): CallProviderAdapter | null {
  return Object.hasOwn(CALL_PROVIDERS, name) ? CALL_PROVIDERS[name as CallProvider] : null;
}
