import { describe, expect, it } from "vitest";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { createOutcome, deleteOutcome, listOutcomes, setOutcomeArchived, updateOutcome } from "./outcomes";

describe.each(TEST_ENGINES)("outcomes on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("gives every new workspace the six standard outcomes with descriptions", async () => {
    const { ctx } = await createOwner(database.db);
    const outcomes = await listOutcomes(ctx);
    expect(outcomes.map((o) => o.name)).toEqual(["Qualified Lead", "Appointment Scheduled", "Not Interested", "Follow-up Needed", "Gatekeeper", "Voicemail"]);
    expect(outcomes.every((o) => o.standard && o.description.length > 20)).toBe(true);
  });

  it("standard outcomes: wording editable and can be hidden, but not renamed, archived or deleted", async () => {
    const { ctx } = await createOwner(database.db);
    const voicemail = (await listOutcomes(ctx)).find((o) => o.name === "Voicemail")!;
    expect(await updateOutcome(ctx, voicemail.id, { description: "An answering machine picked up.", hidden: true })).toMatchObject({ description: "An answering machine picked up.", hidden: true });
    await expect(updateOutcome(ctx, voicemail.id, { name: "Machine" })).rejects.toMatchObject({ issues: [{ path: "name" }] });
    await expect(setOutcomeArchived(ctx, voicemail.id, true)).rejects.toBeInstanceOf(InvalidError);
    await expect(deleteOutcome(ctx, voicemail.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("custom outcomes: create with colour and conversion flag, unique names, archive, restore, delete", async () => {
    const { ctx } = await createOwner(database.db);
    const demo = await createOutcome(ctx, { name: "Demo Requested", description: "The prospect asked for a demo.", color: "#7c3aed", isConversion: true });
    expect(demo).toMatchObject({ standard: false, isConversion: true, color: "#7c3aed" });
    await expect(createOutcome(ctx, { name: "demo requested", description: "dup" })).rejects.toMatchObject({ details: { issues: [{ path: "name" }] } });
    await expect(createOutcome(ctx, { name: "Bad colour", description: "x", color: "purple" })).rejects.toMatchObject({ issues: [{ path: "color" }] });
    await setOutcomeArchived(ctx, demo.id, true);
    expect((await listOutcomes(ctx, { archived: true })).map((o) => o.name)).toEqual(["Demo Requested"]);
    await setOutcomeArchived(ctx, demo.id, false);
    await deleteOutcome(ctx, demo.id);
    expect((await listOutcomes(ctx)).map((o) => o.name)).not.toContain("Demo Requested");
  });

  it("is scoped to the workspace", async () => {
    const a = await createOwner(database.db);
    const b = await createOwner(database.db);
    const custom = await createOutcome(a.ctx, { name: "Budget Confirmed", description: "A budget was stated." });
    await expect(updateOutcome(b.ctx, custom.id, { name: "Mine" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteOutcome(b.ctx, custom.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listOutcomes(b.ctx)).map((o) => o.id)).not.toContain(custom.id);
  });
});
