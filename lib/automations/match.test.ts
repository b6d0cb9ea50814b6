import { describe, expect, it } from "vitest";
import { triggerSchema } from "./rule-schema";
import { matchesTrigger, type ConversationFacts } from "./match";

const facts: ConversationFacts = {
  outcomeName: "Appointment Scheduled",
  sentimentScore: -0.4,
  goals: [
    { key: "appointment_booked", kind: "primary", effectiveStatus: "achieved", variables: { date: "2026-11-24", time: "15:30" } },
    { key: "budget_confirmed", kind: "secondary", effectiveStatus: "partially_achieved", variables: { budget: 12000, region: "EMEA-North" } },
  ],
};
const trigger = (t: object) => triggerSchema.parse(t);

describe("rule matching", () => {
  it("an empty trigger matches every conversation", () => {
    expect(matchesTrigger(trigger({}), facts)).toBe(true);
  });

  it.each([
    [{ outcomes: ["appointment scheduled", "Qualified Lead"] }, true],
    [{ outcomes: ["Not Interested"] }, false],
    [{ goals: [{ key: "appointment_booked", status: "achieved" }] }, true],
    [{ goals: [{ key: "primary", status: "achieved" }] }, true],
    [{ goals: [{ key: "budget_confirmed", status: "achieved" }] }, false],
    [{ goals: [{ key: "missing_goal", status: "not_achieved" }] }, false],
    [{ sentimentBelow: 0 }, true],
    [{ sentimentBelow: -0.5 }, false],
    [{ variables: [{ name: "budget", op: "gt", value: 10000 }] }, true],
    [{ variables: [{ name: "budget", op: "gt", value: "20000" }] }, false],
    [{ variables: [{ name: "region", op: "contains", value: "emea" }] }, true],
    [{ variables: [{ name: "region", op: "equals", value: "emea-north" }] }, true],
    [{ variables: [{ name: "time", goalKey: "budget_confirmed", op: "exists" }] }, false],
    [{ variables: [{ name: "time", op: "exists" }] }, true],
    [{ outcomes: ["Appointment Scheduled"], goals: [{ key: "primary", status: "not_achieved" }] }, false],
  ])("%j → %s", (t, expected) => {
    expect(matchesTrigger(trigger(t), facts)).toBe(expected);
  });

  it("a call without sentiment never matches a sentiment threshold", () => {
    expect(matchesTrigger(trigger({ sentimentBelow: 1 }), { ...facts, sentimentScore: null })).toBe(false);
  });

  it("refuses incomplete conditions with the field named", () => {
    expect(triggerSchema.safeParse({ variables: [{ name: "budget", op: "gt" }] }).error?.issues[0].path).toEqual(["variables", 0, "value"]);
    expect(triggerSchema.safeParse({ variables: [{ name: "budget", op: "gt", value: "lots" }] }).error?.issues[0].path).toEqual(["variables", 0, "value"]);
  });
});
