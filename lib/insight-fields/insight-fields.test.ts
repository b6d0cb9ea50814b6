import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { createOwner } from "@/tests/support/factories";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { createInsightField, deleteInsightField, listInsightFields, updateInsightField } from "./insight-fields";

describe.each(TEST_ENGINES)("insight fields on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("creates, edits and deletes custom fields with typed validation", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx);
    const field = await createInsightField(ctx, agent.id, { name: "competitor", type: "string", description: "A competitor the caller named", required: true });
    expect(field).toMatchObject({ name: "competitor", required: true, position: 0 });
    await expect(createInsightField(ctx, agent.id, { name: "competitor", type: "string" })).rejects.toMatchObject({ details: { issues: [{ path: "name" }] } });
    await expect(createInsightField(ctx, agent.id, { name: "tier", type: "enum" })).rejects.toMatchObject({ issues: [{ path: "options" }] });
    await expect(updateInsightField(ctx, agent.id, field.id, { type: "enum" })).rejects.toMatchObject({ issues: [{ path: "options" }] });
    expect(await updateInsightField(ctx, agent.id, field.id, { type: "enum", options: ["acme", "globex"] })).toMatchObject({ type: "enum", options: ["acme", "globex"] });
    await deleteInsightField(ctx, agent.id, field.id);
    expect(await listInsightFields(ctx, agent.id)).toEqual([]);
  });

  it("is scoped to the workspace", async () => {
    const a = await createOwner(database.db);
    const b = await createOwner(database.db);
    const agent = await createAgentWithGoals(a.ctx);
    const field = await createInsightField(a.ctx, agent.id, { name: "budget", type: "number" });
    await expect(listInsightFields(b.ctx, agent.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteInsightField(b.ctx, agent.id, field.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
