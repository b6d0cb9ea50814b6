import { describe, expect, it } from "vitest";
import { draftFromGoal, draftToInput, emptyDraft, validateDraft, type DraftContext, type GoalDraft } from "./goal-draft";
import { keyFromTitle, otherGoalErrors, withoutErrorsUnder } from "./field-errors";

const context = (over: Partial<DraftContext> = {}): DraftContext => ({
  others: [
    { key: "reason_collected", title: "Reason", kind: "secondary", nextRequired: ["appointment_booked"], nextConditional: {} },
    { key: "contact_collected", title: "Contact", kind: "primary", nextRequired: [], nextConditional: {} },
    { key: "new_patient_intake", title: "Intake", kind: "secondary", nextRequired: [], nextConditional: {} },
  ],
  archivedKeys: ["old_goal"],
  originalKey: "appointment_booked",
  archived: false,
  ...over,
});

const saved = {
  key: "appointment_booked",
  title: "Appointment booked",
  description: "An appointment was booked and the agent confirmed the date and time.",
  kind: "secondary" as const,
  confirmationMode: "auto" as const,
  modality: "verbal" as const,
  outputVariables: [{ name: "slot", type: "enum" as const, description: "part of day", options: ["morning", "evening"] }],
  nextRequired: ["contact_collected"],
  nextConditional: { new_patient_intake: "If the caller is new" },
  callbackUrl: null,
};

const edit = (change: Partial<GoalDraft>) => ({ ...draftFromGoal(saved), ...change });

describe("goal drafts", () => {
  it("round-trips a saved goal into the body the actions take", () => {
    const body = draftToInput(draftFromGoal(saved));
    expect(body).toEqual({ ...saved, outputVariables: [{ name: "slot", type: "enum", description: "part of day", options: ["morning", "evening"] }] });
  });

  it("splits enum options, drops them for other types, and sends null to clear the callback URL", () => {
    const draft = edit({ outputVariables: [{ rowId: "a", name: "slot", type: "enum", description: "", options: " a, ,b ," }, { rowId: "b", name: "n", type: "number", description: "", options: "x" }], callbackUrl: "  " });
    const body = draftToInput(draft);
    expect(body.outputVariables).toEqual([{ name: "slot", type: "enum", description: "", options: ["a", "b"] }, { name: "n", type: "number", description: "" }]);
    expect(body.callbackUrl).toBeNull();
  });

  it("accepts a valid goal", () => {
    expect(validateDraft(draftFromGoal(saved), context())).toEqual({});
  });

  it("names each bad field by the same path the server uses", () => {
    const errors = validateDraft(
      edit({ key: "Bad Key", title: "", outputVariables: [{ rowId: "a", name: "1x", type: "enum", description: "", options: "" }], nextConditional: [{ rowId: "c", key: "new_patient_intake", condition: " " }], callbackUrl: "http://example.com" }),
      context({ originalKey: null }),
    );
    expect(errors).toMatchObject({
      key: expect.stringContaining("lowercase"),
      title: "is required",
      "outputVariables.0.name": expect.stringContaining("start with a letter"),
      "outputVariables.0.options": "an enum needs at least one option",
      "nextConditional.new_patient_intake": expect.stringContaining("must not be empty"),
      callbackUrl: "must use https://",
    });
  });

  it("checks the links against the agent's other goals: unknown steps, loops, taken and referenced keys", () => {
    expect(validateDraft(edit({ nextRequired: ["contact_collected", "nope"] }), context())).toEqual({ "nextRequired.1": 'unknown objective "nope"' });
    expect(validateDraft(edit({ nextRequired: ["reason_collected"], nextConditional: [] }), context())).toEqual({
      nextRequired: "next steps form a cycle: appointment_booked → reason_collected → appointment_booked",
    });
    expect(validateDraft(edit({ key: "contact_collected" }), context())).toMatchObject({ key: expect.stringContaining("is a next step of reason_collected") });
    expect(validateDraft({ ...emptyDraft(), key: "contact_collected", title: "t", description: "d" }, context({ originalKey: null }))).toMatchObject({ key: expect.stringContaining("duplicate key") });
    expect(validateDraft({ ...emptyDraft(), key: "old_goal", title: "t", description: "d" }, context({ originalKey: null }))).toMatchObject({ key: expect.stringContaining("archived objective") });
  });

  it("does not check the links of an archived goal", () => {
    expect(validateDraft(edit({ nextRequired: ["nope"] }), context({ archived: true }))).toEqual({});
  });
});

describe("field errors", () => {
  it("drops a field's errors with everything below it", () => {
    const errors = { outputVariables: "a", "outputVariables.0.name": "b", outputVariablesX: "c", title: "d" };
    expect(withoutErrorsUnder(errors, "outputVariables")).toEqual({ outputVariablesX: "c", title: "d" });
  });

  it("finds errors about other goals", () => {
    expect(otherGoalErrors({ "goals.other_key.nextRequired": "loop", key: "x" })).toEqual([{ key: "other_key", field: "nextRequired", message: "loop" }]);
  });

  it("suggests a key from a title", () => {
    expect(keyFromTitle("Appointment booked!")).toBe("appointment_booked");
    expect(keyFromTitle("  2nd Café visit  ")).toBe("nd_cafe_visit");
    expect(keyFromTitle("")).toBe("");
  });
});
