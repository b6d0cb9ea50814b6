// The registry's test lives here: call-providers/ holds only the shared interface, registry and signing helpers.
import { describe, expect, it } from "vitest";
import { SOURCES } from "@/lib/conversations/input-schema";
import { CALL_PROVIDER_NAMES, CALL_PROVIDERS, getCallProvider } from "@/integrations/call-providers";

describe("call provider registry", () => {
  it("has one adapter per provider, each a conversation source", () => {
    expect(Object.keys(CALL_PROVIDERS).sort()).toEqual([...CALL_PROVIDER_NAMES].sort());
    for (const [name, adapter] of Object.entries(CALL_PROVIDERS)) {
      expect(adapter.provider).toBe(name);
      expect(SOURCES).toContain(name);
      expect(adapter.setup.instructions.length).toBeGreaterThan(0);
    }
  });

  it("finds adapters by route segment and nothing else", () => {
    expect(getCallProvider("retell")).toBe(CALL_PROVIDERS.retell);
    expect(getCallProvider("twilio")).toBeNull();
    expect(getCallProvider("constructor")).toBeNull();
    expect(getCallProvider("__proto__")).toBeNull();
  });
});
