import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { listGoals } from "@/lib/goals/list-goals";
import { validateGoalGraph } from "@/lib/goals/validate-goal-graph";
import { goalInput } from "@/lib/goals/schemas";
import { listInsightFields } from "@/lib/insight-fields/insight-fields";
import { listOutcomes } from "@/lib/outcomes/outcomes";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { setAgentArchived } from "./archive-agent";
import { createAgent } from "./create-agent";
import { deleteAgent } from "./delete-agent";
import { getAgentView } from "./get-agent";
import { listAgents } from "./list-agents";
import { AGENT_TEMPLATES } from "./templates/definitions";
import { updateAgent } from "./update-agent";

describe("agent templates", () => {
  it.each(AGENT_TEMPLATES.map((t) => [t.id, t] as const))("%s is valid: goals parse, link up, and one is primary", (_id, template) => {
    const goals = template.goals.map((g) => goalInput.parse(g));
    expect(validateGoalGraph(goals)).toEqual([]);
    expect(goals.filter((g) => g.kind === "primary")).toHaveLength(1);
    expect(goals.length).toBeGreaterThanOrEqual(3);
    expect(goals.length).toBeLessThanOrEqual(5);
  });
});

describe.each(TEST_ENGINES)("agents on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("creates an agent with phone numbers normalised to E.164 and built-in insights on", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgent(ctx, { name: "Front desk", purpose: "Book dental appointments", phoneNumbers: ["+1 415 555 0100", "(415) 555-0101"] });
    expect(agent).toMatchObject({ name: "Front desk", phoneNumbers: ["+14155550100", "+14155550101"], insights: { summary: true, sentiment: true, topics: true }, outcomeIds: [], archived: false });
  });

  it("names a bad phone number and refuses one another active agent owns", async () => {
    const { ctx } = await createOwner(database.db);
    await expect(createAgent(ctx, { name: "x", phoneNumbers: ["+14155550100", "call me"] })).rejects.toMatchObject({ issues: [{ path: "phoneNumbers.1", message: expect.stringContaining("not a phone number") }] });
    await createAgent(ctx, { name: "First", phoneNumbers: ["+14155550199"] });
    const attempt = createAgent(ctx, { name: "Second", phoneNumbers: ["+1 415 555 0199"] });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ details: { issues: [{ path: "phoneNumbers.0" }] } });
  });

  it.each(AGENT_TEMPLATES.map((t) => t.id))("creates an agent from the %s template with its goals, outcomes and fields", async (template) => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgent(ctx, { name: "From template", template });
    const definition = AGENT_TEMPLATES.find((t) => t.id === template)!;
    const goals = await listGoals(ctx, agent.id);
    expect(goals.map((g) => g.key)).toEqual(definition.goals.map((g) => g.key));
    const outcomeNames = (await listOutcomes(ctx)).filter((o) => agent.outcomeIds.includes(o.id)).map((o) => o.name);
    expect(outcomeNames.sort()).toEqual([...definition.outcomes, ...definition.customOutcomes.map((o) => o.name)].sort());
    expect((await listInsightFields(ctx, agent.id)).map((f) => f.name)).toEqual(definition.insightFields.map((f) => f.name));
  });

  it("lists agents with their active goal count and whether one is primary", async () => {
    const { ctx } = await createOwner(database.db);
    const withGoals = await createAgent(ctx, { name: "With goals", template: "survey" });
    const empty = await createAgent(ctx, { name: "Empty" });
    const listed = await listAgents(ctx);
    expect(listed.find((a) => a.id === withGoals.id)).toMatchObject({ goalCount: 4, hasPrimary: true });
    expect(listed.find((a) => a.id === empty.id)).toMatchObject({ goalCount: 0, hasPrimary: false });
  });

  it("a second agent from the same template reuses the custom outcomes", async () => {
    const { ctx } = await createOwner(database.db);
    await createAgent(ctx, { name: "One", template: "lead_qualification" });
    await createAgent(ctx, { name: "Two", template: "lead_qualification" });
    expect((await listOutcomes(ctx)).filter((o) => o.name === "Demo Requested")).toHaveLength(1);
  });

  it("edits, archives and restores; archived agents are listed apart", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgent(ctx, { name: "Edit me" });
    const [standard] = await listOutcomes(ctx);
    const edited = await updateAgent(ctx, agent.id, { purpose: "Survey customers", insights: { topics: false }, outcomeIds: [standard.id] });
    expect(edited).toMatchObject({ purpose: "Survey customers", insights: { summary: true, sentiment: true, topics: false }, outcomeIds: [standard.id] });
    await setAgentArchived(ctx, agent.id, true);
    expect((await listAgents(ctx)).map((a) => a.id)).not.toContain(agent.id);
    expect((await listAgents(ctx, { archived: true })).map((a) => a.id)).toContain(agent.id);
    expect((await setAgentArchived(ctx, agent.id, false)).archived).toBe(false);
  });

  it("refuses an outcome of another workspace and never shows another workspace's agent", async () => {
    const a = await createOwner(database.db);
    const b = await createOwner(database.db);
    const agent = await createAgent(a.ctx, { name: "Private" });
    const [bOutcome] = await listOutcomes(b.ctx);
    await expect(updateAgent(a.ctx, agent.id, { outcomeIds: [bOutcome.id] })).rejects.toMatchObject({ issues: [{ path: "outcomeIds.0" }] });
    await expect(getAgentView(b.ctx, agent.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAgent(b.ctx, agent.id, { name: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteAgent(b.ctx, agent.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listAgents(b.ctx)).toEqual([]);
  });
});
