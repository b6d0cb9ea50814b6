import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secret-box";

const KEY = "k".repeat(32);

describe("secret box", () => {
  it("round-trips, never stores the plain text, and differs each time", () => {
    const a = encryptSecret("pat-na1-secret-token", KEY);
    const b = encryptSecret("pat-na1-secret-token", KEY);
    expect(a).not.toContain("secret-token");
    expect(a).not.toBe(b);
    expect(decryptSecret(a, KEY)).toBe("pat-na1-secret-token");
  });

  it("refuses a tampered value or the wrong key", () => {
    const sealed = encryptSecret("hello", KEY);
    const [v, iv, tag, data] = sealed.split(":");
    expect(() => decryptSecret([v, iv, tag, data.slice(0, -2) + (data.endsWith("A") ? "B" : "A") + data.slice(-1)].join(":"), KEY)).toThrow();
    expect(() => decryptSecret(sealed, "x".repeat(32))).toThrow();
  });
});
