import { describe, expect, it } from "vitest";
import { hubspotConnectionInput } from "@/integrations/hubspot/connection-input";
import { hubspotDraft, hubspotInput } from "./hubspot-draft";

describe("HubSpot form", () => {
  it("keeps the saved token when the box is blank, and clears deal ids left blank", () => {
    const input = hubspotInput(hubspotDraft({ dealPipelineId: null, dealStageId: null, taskDueInDays: 2, propertyMappings: [{ variable: "date", property: "next_appt", mode: "overwrite" }], ownerMappings: [] }));
    expect(input).not.toHaveProperty("token");
    const parsed = hubspotConnectionInput.parse(input);
    expect(parsed).toMatchObject({ dealPipelineId: null, dealStageId: null, taskDueInDays: 2, propertyMappings: [{ variable: "date", property: "next_appt", mode: "overwrite" }] });
  });

  it("sends a new token and mappings trimmed; bad rows fail at their paths", () => {
    const draft = { ...hubspotDraft(null), token: "  pat-na1-0123456789  ", ownerMappings: [{ rowId: "r", userId: "u1", ownerId: " 12x " }] };
    const input = hubspotInput(draft);
    expect(input).toMatchObject({ token: "pat-na1-0123456789", ownerMappings: [{ userId: "u1", ownerId: "12x" }] });
    const result = hubspotConnectionInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["ownerMappings", 0, "ownerId"]);
  });

  it("leaves out an empty due-in-days instead of sending 0", () => {
    expect(hubspotInput({ ...hubspotDraft(null), taskDueInDays: " " })).not.toHaveProperty("taskDueInDays");
  });
});
