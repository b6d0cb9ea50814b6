import { describe, expect, it } from "vitest";
import { triggerSchema } from "@/lib/automations/rule-schema";
import { describeAction, describeTrigger, hostOf } from "./describe";

const trigger = (input: Record<string, unknown>) => triggerSchema.parse(input);

describe("describeTrigger", () => {
  it("says a trigger without conditions matches any call", () => {
    expect(describeTrigger(trigger({}))).toBe("When a call is evaluated (any call)");
    expect(describeTrigger(trigger({ event: "conversion.recorded" }))).toBe("When a conversion is recorded for a call (any call)");
  });

  it("joins every condition in words, with goal titles when known", () => {
    const words = describeTrigger(
      trigger({
        outcomes: ["Appointment Scheduled", "Qualified Lead"],
        goals: [{ key: "appointment_booked", status: "achieved" }, { key: "primary", status: "not_achieved" }],
        sentimentBelow: -0.3,
        variables: [{ name: "budget", op: "gt", value: 500 }, { name: "email", goalKey: "contact_collected", op: "exists" }],
      }),
      { goals: { appointment_booked: "Appointment booked" } },
    );
    expect(words).toBe(
      "When a call is evaluated with outcome Appointment Scheduled or Qualified Lead, Appointment booked achieved, the primary goal not achieved, sentiment below -0.3, budget is more than 500 and email (from contact_collected) was captured",
    );
  });

  it("quotes compared text", () => {
    expect(describeTrigger(trigger({ variables: [{ name: "city", op: "equals", value: "Paris" }] }))).toBe("When a call is evaluated with city is “Paris”");
  });
});

describe("describeAction", () => {
  it("names who and where", () => {
    expect(describeAction({ id: "a", type: "email", to: ["desk@example.com"], toRoles: ["admin"], subject: "s", body: "b" })).toBe("Email desk@example.com and all admins");
    expect(describeAction({ id: "a", type: "webhook", url: "https://hooks.example.com/x?y=1" })).toBe("Webhook to hooks.example.com");
    expect(describeAction({ id: "a", type: "team_alert", webhookUrl: "https://hooks.slack.com/services/T/B/X" })).toBe("Team alert to hooks.slack.com");
    expect(describeAction({ id: "a", type: "hubspot" })).toBe("Update HubSpot");
    expect(describeAction({ id: "a", type: "lead_routing", strategy: "round_robin", members: ["u1", "u2", "gone"], rules: [], notify: true }, { members: { u1: "Ana", u2: "Bo" } })).toBe("Route the lead to Ana, Bo or a former member in turn");
    expect(describeAction({ id: "a", type: "lead_routing", strategy: "rules", members: [], rules: [{ assignTo: "u1" }], notify: true })).toBe("Route the lead by 1 rule");
  });

  it("shows a text that is not a URL as it is", () => {
    expect(hostOf("not a url")).toBe("not a url");
  });
});
