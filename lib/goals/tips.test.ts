import { describe, expect, it } from "vitest";
import type { GoalView } from "./present-goal";
import { goalTips, vagueDescriptionReason } from "./tips";

const goal = (key: string, description: string, kind: "primary" | "secondary" = "secondary") => ({ key, title: key, description, kind }) as GoalView;

describe("goal tips", () => {
  it("flags descriptions too vague to judge, and accepts specific ones", () => {
    expect(vagueDescriptionReason("Get customer info")).toMatch(/very short/);
    expect(vagueDescriptionReason("Make sure the conversation goes well for everyone involved")).toMatch(/vague/);
    expect(vagueDescriptionReason("Collect full name, email, phone and reason for inquiry")).toBeNull();
    expect(vagueDescriptionReason("An appointment was booked with a confirmed date, time and service type")).toBeNull();
  });

  it("warns about a missing primary goal and more than five objectives", () => {
    const six = ["a", "b", "c", "d", "e", "f"].map((k) => goal(k, "The caller confirmed the booking date and time."));
    const messages = goalTips(six).map((t) => t.message);
    expect(messages).toEqual([expect.stringContaining("No primary goal"), expect.stringContaining("6 active objectives")]);
    expect(goalTips([goal("a", "The caller confirmed the booking date and time.", "primary")])).toEqual([]);
    expect(goalTips([])).toEqual([]);
  });
});
