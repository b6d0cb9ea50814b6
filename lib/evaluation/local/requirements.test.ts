import { describe, expect, it } from "vitest";
import { parseRequirement } from "./requirements";

describe("parseRequirement", () => {
  it("reads a transaction goal", () => {
    expect(parseRequirement("Bus tickets were successfully purchased for the customer, for a confirmed date and departure time.").kind).toBe("transaction");
    expect(parseRequirement("The money transfer the customer asked for was successfully completed.").kind).toBe("transaction");
  });

  it("splits an information goal into items, with from/to roles for places", () => {
    const requirement = parseRequirement("The agent told the customer both the airport the flight departs from and the airport it arrives at.");
    expect(requirement).toMatchObject({
      kind: "information",
      speaker: "agent",
      items: [
        { kind: "airport", role: "origin" },
        { kind: "airport", role: "destination" },
      ],
    });
    const venue = parseRequirement("The agent told the customer both the street address of the venue and the time the event starts.");
    expect(venue.kind === "information" && venue.items.map((item) => item.kind)).toEqual(["address", "time"]);
  });

  it("knows when the customer is the one who must give the information", () => {
    const requirement = parseRequirement("The customer provided their email address and phone number.");
    expect(requirement).toMatchObject({ kind: "information", speaker: "customer" });
    expect(requirement.kind === "information" && requirement.items.map((item) => item.kind)).toEqual(["email", "phone"]);
  });

  it("recognises failure, refusal and callback goals", () => {
    expect(parseRequirement("The agent reported that the booking could not be made.").kind).toBe("failure");
    expect(parseRequirement("The customer declined the upgrade offer.").kind).toBe("refusal");
    expect(parseRequirement("A callback was arranged with the customer.").kind).toBe("callback");
  });
});
