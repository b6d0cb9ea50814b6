import { describe, expect, it } from "vitest";
import { automationInput } from "@/lib/automations/rule-schema";
import { draftFromRule, draftToInput, emptyRule, move, newAction, newRoutingRule, newVariable, splitAddresses, validateDraft, type RuleDraft } from "./rule-draft";

function booked(): RuleDraft {
  const email = newAction("email");
  const webhook = newAction("webhook");
  return {
    ...emptyRule(),
    name: "Appointment Scheduled → email + webhook",
    outcomes: ["Appointment Scheduled"],
    goals: [{ rowId: "g", key: "appointment_booked", status: "achieved" }],
    actions: [email.type === "email" ? { ...email, to: "desk@example.com, boss@example.com" } : email, webhook.type === "webhook" ? { ...webhook, url: " https://hooks.example.com/booked " } : webhook],
  };
}

describe("draftToInput", () => {
  it("builds the body the server validates", () => {
    const input = draftToInput(booked());
    expect(automationInput.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({
      agentId: null,
      trigger: { event: "conversation.evaluated", outcomes: ["Appointment Scheduled"], goals: [{ key: "appointment_booked", status: "achieved" }], sentimentBelow: null, variables: [] },
      actions: [{ type: "email", to: ["desk@example.com", "boss@example.com"], toRoles: [] }, { type: "webhook", url: "https://hooks.example.com/booked" }],
    });
    expect(input.actions[0]).not.toHaveProperty("id");
  });

  it("turns sentiment into a number, leaves out empty values, and keeps saved action ids", () => {
    const draft = { ...booked(), sentimentBelow: "-0.25", variables: [{ ...newVariable(), name: " budget ", op: "gt" as const, value: "500" }, { ...newVariable(), name: "email", goalKey: "contact_collected" }] };
    draft.actions[0] = { ...draft.actions[0], id: "a_1" };
    const input = draftToInput(draft);
    expect(input.trigger.sentimentBelow).toBe(-0.25);
    expect(input.trigger.variables).toEqual([{ name: "budget", op: "gt", value: "500" }, { name: "email", goalKey: "contact_collected", op: "exists" }]);
    expect(input.actions[0]).toMatchObject({ id: "a_1" });
  });

  it("sends routing rules only for the rules strategy", () => {
    const routing = newAction("lead_routing");
    if (routing.type !== "lead_routing") throw new Error("unreachable");
    const rule = { ...newRoutingRule(), outcome: "Qualified Lead", variableName: "budget", variableOp: "gt" as const, variableValue: "1000", assignTo: "u1" };
    const byRules = draftToInput({ ...booked(), actions: [{ ...routing, strategy: "rules", rules: [rule] }] });
    expect(byRules.actions[0]).toMatchObject({ strategy: "rules", rules: [{ outcome: "Qualified Lead", variable: { name: "budget", op: "gt", value: "1000" }, assignTo: "u1" }] });
    const roundRobin = draftToInput({ ...booked(), actions: [{ ...routing, members: ["u1"], rules: [rule] }] });
    expect(roundRobin.actions[0]).toMatchObject({ strategy: "round_robin", members: ["u1"], rules: [] });
  });

  it("round-trips a saved rule", () => {
    const input = automationInput.parse(draftToInput({ ...booked(), sentimentBelow: "0.1", variables: [{ ...newVariable(), name: "city", op: "equals", value: "Paris" }] }));
    const saved = { ...input, actions: input.actions.map((a, i) => ({ ...a, id: `a_${i}` })) };
    const again = draftToInput(draftFromRule(saved));
    expect(again).toEqual({ ...input, actions: saved.actions });
  });
});

describe("validateDraft", () => {
  it("is empty for a valid rule", () => {
    expect(validateDraft(booked())).toEqual({});
  });

  it("puts each problem at the server's path", () => {
    const draft = booked();
    draft.name = "";
    draft.actions[1] = { ...draft.actions[1], url: "ftp://nope" } as RuleDraft["actions"][number];
    draft.variables = [{ ...newVariable(), name: "budget", op: "gt", value: "lots" }];
    draft.sentimentBelow = "2";
    const errors = validateDraft(draft);
    expect(errors.name).toBe("Name is required");
    expect(errors["actions.1.url"]).toBe("must be an http(s) URL");
    expect(errors["trigger.variables.0.value"]).toBe("must be a number for gt");
    expect(errors["trigger.sentimentBelow"]).toBe("must be between -1 and 1");
  });

  it("names the bad address and asks for recipients at once", () => {
    const draft = booked();
    draft.actions[0] = { ...draft.actions[0], to: "desk@example.com nope@" } as RuleDraft["actions"][number];
    expect(validateDraft(draft)["actions.0.to"]).toBe('"nope@" must be a valid email address');
    draft.actions[0] = { ...draft.actions[0], to: "" } as RuleDraft["actions"][number];
    draft.name = "";
    expect(validateDraft(draft)["actions.0.to"]).toBe("give addresses or roles to email");
  });

  it("asks for at least one action", () => {
    expect(validateDraft({ ...booked(), actions: [] }).actions).toBe("add at least one action");
  });
});

describe("helpers", () => {
  it("splits addresses on commas, semicolons, spaces and lines", () => {
    expect(splitAddresses(" a@x.com,b@x.com;\n c@x.com  ")).toEqual(["a@x.com", "b@x.com", "c@x.com"]);
  });
  it("moves an item up or down, never out of range", () => {
    expect(move([1, 2, 3], 1, -1)).toEqual([2, 1, 3]);
    expect(move([1, 2, 3], 1, 1)).toEqual([1, 3, 2]);
    expect(move([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(move([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });
});
