import { describe, expect, it } from "vitest";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { createOwner } from "@/tests/support/factories";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { archiveGoal, restoreGoal } from "./archive-goal";
import { createGoal } from "./create-goal";
import { getGoal, listGoalRevisions, listGoals } from "./list-goals";
import { reorderGoals } from "./reorder-goals";
import { updateGoal } from "./update-goal";

describe.each(TEST_ENGINES)("goals and objectives on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("creates a goal with every field and defaults", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["email_collected"], ["new_patient_intake"]]);
    const { goal } = await createGoal(ctx, agent.id, {
      key: "appointment_booked",
      title: "Appointment booked",
      description: "An appointment was booked with a confirmed date, time and service type",
      kind: "primary",
      outputVariables: [{ name: "date", type: "date", description: "the booked day" }],
      nextRequired: ["email_collected"],
      nextConditional: { new_patient_intake: "If the caller has never visited" },
      callbackUrl: "https://example.com/hooks/objective",
    });
    expect(goal).toMatchObject({ key: "appointment_booked", kind: "primary", confirmationMode: "auto", modality: "verbal", revision: 1, position: 2, archived: false });
  });

  it.each([
    [{ key: "Has Spaces" }, "key"],
    [{ key: "1starts_with_digit" }, "key"],
    [{ callbackUrl: "http://example.com/hook" }, "callbackUrl"],
    [{ outputVariables: [{ name: "choice", type: "enum" }] }, "outputVariables.0.options"],
    [{ outputVariables: [{ name: "a", type: "string" }, { name: "a", type: "number" }] }, "outputVariables.1.name"],
    [{ nextConditional: { other: "  " } }, "nextConditional.other"],
  ])("refuses %j naming the field %s", async (override, path) => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["other"]]);
    const attempt = createGoal(ctx, agent.id, { key: "goal_one", title: "Goal", description: "The caller confirmed the booking.", ...override });
    await expect(attempt).rejects.toBeInstanceOf(InvalidError);
    await expect(attempt).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path })]) });
  });

  it("names unknown next steps, duplicate keys and cycles", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["first"], ["second", { nextRequired: ["first"] }]]);
    await expect(createGoal(ctx, agent.id, { key: "third", title: "t", description: "The caller said yes.", nextRequired: ["email_colected"] })).rejects.toMatchObject({
      issues: [{ path: "nextRequired.0", message: 'unknown objective "email_colected"' }],
    });
    await expect(createGoal(ctx, agent.id, { key: "first", title: "t", description: "The caller said yes." })).rejects.toMatchObject({ issues: [{ path: "key", message: expect.stringContaining("duplicate key") }] });
    await expect(updateGoal(ctx, agent.id, "first", { nextRequired: ["second"] })).rejects.toMatchObject({
      issues: [{ path: "nextRequired", message: expect.stringMatching(/cycle: (first → second → first|second → first → second)/) }],
    });
    await expect(updateGoal(ctx, agent.id, "first", { nextConditional: { first: "always" } })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: expect.stringContaining("cycle") })] });
  });

  it("keeps one primary: making another primary demotes the old one, visibly", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["booked", { kind: "primary" }], ["email"]]);
    const change = await updateGoal(ctx, agent.id, "email", { kind: "primary" });
    expect(change.goal.kind).toBe("primary");
    expect(change.demoted).toMatchObject({ key: "booked", kind: "secondary", revision: 2 });
    const kinds = Object.fromEntries((await listGoals(ctx, agent.id)).map((g) => [g.key, g.kind]));
    expect(kinds).toEqual({ booked: "secondary", email: "primary" });
  });

  it("makes a revision for every change and lists them newest first", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["booked"]]);
    await updateGoal(ctx, agent.id, "booked", { description: "An appointment was booked for a confirmed date and time." });
    await archiveGoal(ctx, agent.id, "booked");
    await restoreGoal(ctx, agent.id, "booked");
    const revisions = await listGoalRevisions(ctx, agent.id, "booked");
    expect(revisions.map((r) => r.revision)).toEqual([4, 3, 2, 1]);
    expect(revisions[2].snapshot.description).toBe("An appointment was booked for a confirmed date and time.");
    expect(revisions[1].snapshot.archived).toBe(true);
    expect((await getGoal(ctx, agent.id, "booked")).revision).toBe(4);
  });

  it("archives and restores; refuses to archive a step others lead to; a restored primary yields to the current one", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["intro", { kind: "primary" }], ["close"], ["lead_in", { nextRequired: ["close"] }]]);
    await expect(archiveGoal(ctx, agent.id, "close")).rejects.toMatchObject({ issues: [{ path: "key", message: expect.stringContaining("lead_in") }] });
    await archiveGoal(ctx, agent.id, "intro");
    expect((await listGoals(ctx, agent.id, { archived: true })).map((g) => g.key)).toEqual(["intro"]);
    await updateGoal(ctx, agent.id, "close", { kind: "primary" });
    const { goal } = await restoreGoal(ctx, agent.id, "intro");
    expect(goal).toMatchObject({ archived: false, kind: "secondary" });
    await expect(createGoal(ctx, agent.id, { key: "intro", title: "x", description: "The caller agreed to the offer." })).rejects.toMatchObject({ issues: [{ path: "key" }] });
  });

  it("reorders in call-flow order and checks the list", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["a"], ["b"], ["c"]]);
    expect((await reorderGoals(ctx, agent.id, { keys: ["c", "a", "b"] })).map((g) => g.key)).toEqual(["c", "a", "b"]);
    await expect(reorderGoals(ctx, agent.id, { keys: ["c", "a"] })).rejects.toMatchObject({ issues: [{ path: "keys" }] });
    await expect(reorderGoals(ctx, agent.id, { keys: ["c", "a", "zz"] })).rejects.toMatchObject({ issues: [{ path: "keys.2" }] });
  });

  it("refuses renaming a key that other goals point to", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["target"], ["pointer", { nextRequired: ["target"] }]]);
    await expect(updateGoal(ctx, agent.id, "target", { key: "renamed" })).rejects.toMatchObject({ issues: [{ path: "key", message: expect.stringContaining("pointer") }] });
    expect((await updateGoal(ctx, agent.id, "pointer", { key: "pointer_two" })).goal.key).toBe("pointer_two");
  });

  it("is scoped to the workspace and the role", async () => {
    const a = await createOwner(database.db);
    const b = await createOwner(database.db);
    const agent = await createAgentWithGoals(a.ctx, [["booked"]]);
    await expect(listGoals(b.ctx, agent.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createGoal(b.ctx, agent.id, { key: "x", title: "x", description: "The caller said yes." })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateGoal(b.ctx, agent.id, "booked", { title: "hijack" })).rejects.toBeInstanceOf(NotFoundError);
    const viewer = { ...a.ctx, actor: { type: "user" as const, userId: a.user.id, role: "viewer" as const } };
    await expect(createGoal(viewer, agent.id, { key: "x", title: "x", description: "The caller said yes." })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
