import { describe, expect, it } from "vitest";
import { inProcessSteps } from "./runner";

describe("in-process steps", () => {
  it("let pending I/O callbacks run before each step, so a long job cannot starve the server", async () => {
    const order: string[] = [];
    setImmediate(() => order.push("request"));
    const result = await inProcessSteps.run("page-0", async () => {
      order.push("step");
      return 42;
    });
    expect(result).toBe(42);
    expect(order).toEqual(["request", "step"]);
  });
});
