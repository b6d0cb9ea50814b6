import { describe, expect, it } from "vitest";
import { STANDARD_OUTCOMES } from "../types";
import { classifyOutcome } from "./outcome";
import type { Situation } from "./detect-situation";

const SGD_OUTCOMES = [
  { name: "Booking Completed", description: "The customer's booking or transaction was successfully completed during the call." },
  { name: "Booking Failed", description: "The agent tried to complete the booking or transaction but reported that it could not be done, and it was not completed later in the call." },
  { name: "Not Interested", description: "A booking or transaction was offered by the agent or asked for by the customer, but the customer declined or did not go ahead, and no attempt was made." },
  { name: "Information Provided", description: "The customer only looked for information (options, details); no booking or transaction was offered, asked for or attempted." },
];

const pick = (situation: Situation, outcomes = STANDARD_OUTCOMES) => classifyOutcome({ situation, cue: null, reason: "test" }, outcomes).name;

describe("classifyOutcome reads outcome descriptions, negations included", () => {
  it.each([
    ["completed", "Booking Completed"],
    ["failed", "Booking Failed"],
    ["declined", "Not Interested"],
    ["information", "Information Provided"],
  ] as const)("SGD outcomes: %s → %s", (situation, name) => {
    expect(pick(situation, SGD_OUTCOMES)).toBe(name);
  });

  it.each([
    ["completed", "Appointment Scheduled"],
    ["failed", "Follow-up Needed"],
    ["declined", "Not Interested"],
    ["voicemail", "Voicemail"],
    ["gatekeeper", "Gatekeeper"],
    ["interested", "Qualified Lead"],
    ["information", "Follow-up Needed"],
  ] as const)("standard outcomes: %s → %s", (situation, name) => {
    expect(pick(situation)).toBe(name);
  });

  it("works on custom names that mean the same thing", () => {
    const custom = [
      { name: "Won", description: "The order was placed and confirmed." },
      { name: "Lost", description: "The customer refused the offer." },
    ];
    expect(pick("completed", custom)).toBe("Won");
    expect(pick("declined", custom)).toBe("Lost");
  });
});
