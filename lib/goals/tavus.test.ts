import { describe, expect, it } from "vitest";
import { createOwner } from "@/tests/support/factories";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { listGoals } from "./list-goals";
import { exportTavusObjectives, importTavusObjectives } from "./tavus";
import { updateGoal } from "./update-goal";

// Shaped as Tavus documents its objectives (objective_name, objective_prompt, …).
const TAVUS_OBJECTIVES = [
  {
    objective_name: "ask_if_new_patient",
    objective_prompt: "Ask the patient if they are a new patient or returning patient.",
    confirmation_mode: "auto",
    output_variables: ["patient_status"],
    modality: "verbal",
    next_conditional_objectives: { new_patient_intake_process: "If the patient is new", existing_patient_intake_process: "If the patient is returning" },
  },
  {
    objective_name: "new_patient_intake_process",
    objective_prompt: "Ask for the patient's full name, date of birth and insurance provider.",
    confirmation_mode: "manual",
    output_variables: ["patient_name", "patient_dob", "insurance_provider"],
    modality: "verbal",
    next_required_objectives: ["confirm_visit_reason"],
    callback_url: "https://clinic.example.com/hooks/intake",
  },
  { objective_name: "existing_patient_intake_process", objective_prompt: "Ask for the patient's name and date of birth to find their record.", confirmation_mode: "auto", output_variables: ["patient_name"], modality: "verbal", next_required_objectives: ["confirm_visit_reason"] },
  { objective_name: "confirm_visit_reason", objective_prompt: "Confirm the reason for today's visit.", confirmation_mode: "auto", output_variables: [], modality: "visual" },
];

describe.each(TEST_ENGINES)("Tavus objectives on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("round-trips losslessly for every Tavus field", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx);
    await importTavusObjectives(ctx, agent.id, { data: TAVUS_OBJECTIVES });
    const exported = await exportTavusObjectives(ctx, agent.id);
    const expected = TAVUS_OBJECTIVES.map((o) => ({ next_conditional_objectives: {}, next_required_objectives: [], ...o }));
    expect(exported).toEqual(expected);
    expect((await listGoals(ctx, agent.id)).find((g) => g.key === "new_patient_intake_process")).toMatchObject({ title: "New patient intake process", confirmationMode: "manual" });
  });

  it("updates by objective_name, keeps a variable's type, and leaves other goals alone", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["unrelated"]]);
    await importTavusObjectives(ctx, agent.id, { data: TAVUS_OBJECTIVES.slice(3) });
    await updateGoal(ctx, agent.id, "confirm_visit_reason", { outputVariables: [{ name: "visit_date", type: "date" }] });
    await importTavusObjectives(ctx, agent.id, { data: [{ ...TAVUS_OBJECTIVES[3], output_variables: ["visit_date"], objective_prompt: "Confirm the reason and day of the visit." }] });
    const goals = await listGoals(ctx, agent.id);
    expect(goals.map((g) => g.key)).toEqual(["unrelated", "confirm_visit_reason"]);
    expect(goals[1]).toMatchObject({ description: "Confirm the reason and day of the visit.", outputVariables: [{ name: "visit_date", type: "date" }], revision: 3 });
  });

  it("validates the array as a whole, naming the objective and field", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx);
    await expect(importTavusObjectives(ctx, agent.id, { data: [{ objective_name: "has space", objective_prompt: "x" }] })).rejects.toMatchObject({ issues: [{ path: "data.0.objective_name" }] });
    await expect(importTavusObjectives(ctx, agent.id, { data: [TAVUS_OBJECTIVES[1]] })).rejects.toMatchObject({
      issues: [{ path: "goals.new_patient_intake_process.nextRequired.0", message: 'unknown objective "confirm_visit_reason"' }],
    });
    expect(await listGoals(ctx, agent.id)).toEqual([]);
  });
});
