import { describe, expect, it } from "vitest";
import { withIds } from "./automations";
import type { AutomationAction } from "./rule-schema";

const email = (id?: string) => ({ ...(id && { id }), type: "email" as const, to: ["desk@example.com"], toRoles: [], subject: "s", body: "b" });
const webhook = (id?: string) => ({ ...(id && { id }), type: "webhook" as const, url: "https://example.com/hook" });

describe("withIds", () => {
  it("keeps ids sent back and makes new ones", () => {
    const [a, b] = withIds([email("a_1"), webhook()]);
    expect(a.id).toBe("a_1");
    expect(b.id).toMatch(/^a_[0-9a-f]{8}$/);
  });

  it("lets an action sent without id keep the id of the same action in the same place (API clients that omit ids)", () => {
    const previous = withIds([email("a_1"), webhook("a_2")]) as AutomationAction[];
    expect(withIds([email(), webhook()], previous).map((a) => a.id)).toEqual(["a_1", "a_2"]);
  });

  it("never gives two actions one id when one was removed and another added", () => {
    const previous = withIds([email("a_1"), webhook("a_2")]) as AutomationAction[];
    // The email is removed; a new email is added after the kept webhook.
    const next = withIds([webhook("a_2"), email()], previous);
    expect(next[0].id).toBe("a_2");
    expect(next[1].id).not.toBe("a_2");
    expect(new Set(next.map((a) => a.id)).size).toBe(2);
  });

  it("does not hand an action of another type the id of the one it replaced", () => {
    const previous = withIds([email("a_1")]) as AutomationAction[];
    expect(withIds([webhook()], previous)[0].id).not.toBe("a_1");
  });
});
