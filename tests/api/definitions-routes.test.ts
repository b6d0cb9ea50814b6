import { beforeAll, describe, expect, it } from "vitest";
import * as agentsRoute from "@/app/api/v1/agents/route";
import * as agentRoute from "@/app/api/v1/agents/[id]/route";
import * as agentArchive from "@/app/api/v1/agents/[id]/archive/route";
import * as agentRestore from "@/app/api/v1/agents/[id]/restore/route";
import * as goalsRoute from "@/app/api/v1/agents/[id]/goals/route";
import * as reorderRoute from "@/app/api/v1/agents/[id]/goals/reorder/route";
import * as goalRoute from "@/app/api/v1/agents/[id]/goals/[goalId]/route";
import * as goalArchive from "@/app/api/v1/agents/[id]/goals/[goalId]/archive/route";
import * as goalRestore from "@/app/api/v1/agents/[id]/goals/[goalId]/restore/route";
import * as revisionsRoute from "@/app/api/v1/agents/[id]/goals/[goalId]/revisions/route";
import * as objectivesRoute from "@/app/api/v1/agents/[id]/objectives/route";
import * as fieldsRoute from "@/app/api/v1/agents/[id]/insight-fields/route";
import * as fieldRoute from "@/app/api/v1/agents/[id]/insight-fields/[fieldId]/route";
import * as outcomesRoute from "@/app/api/v1/outcomes/route";
import * as outcomeRoute from "@/app/api/v1/outcomes/[id]/route";
import * as outcomeArchive from "@/app/api/v1/outcomes/[id]/archive/route";
import * as outcomeRestore from "@/app/api/v1/outcomes/[id]/restore/route";
import { callRoute } from "../support/api";
import { createKey, createOwner } from "../support/factories";
import { TEST_ENGINES, suiteDatabase } from "../support/test-db";

describe.each(TEST_ENGINES)("definitions API on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });
  let key: string;
  let otherKey: string;
  beforeAll(async () => {
    key = await createKey((await createOwner(database.db)).ctx);
    otherKey = await createKey((await createOwner(database.db)).ctx);
  });

  it("creates an agent from a template and manages its goals end to end", async () => {
    const created = await callRoute(agentsRoute.POST, { method: "POST", key, body: { name: "Front desk", purpose: "Book dental appointments", phoneNumbers: ["+1 415 555 0100"], template: "appointment_scheduling" } });
    expect(created).toMatchObject({ status: 201, body: { name: "Front desk", phoneNumbers: ["+14155550100"] } });
    const id = created.body.id;

    const goals = await callRoute(goalsRoute.GET, { key, params: { id } });
    expect(goals.body.data.map((g: { key: string }) => g.key)).toEqual(["reason_collected", "appointment_booked", "contact_collected", "new_patient_intake"]);

    const primary = await callRoute(goalRoute.PATCH, { method: "PATCH", key, params: { id, goalId: "contact_collected" }, body: { kind: "primary" } });
    expect(primary.body).toMatchObject({ key: "contact_collected", kind: "primary", demoted: { key: "appointment_booked", kind: "secondary" } });

    const reordered = await callRoute(reorderRoute.POST, { method: "POST", key, params: { id }, body: { keys: ["contact_collected", "reason_collected", "appointment_booked", "new_patient_intake"] } });
    expect(reordered.body.data[0].key).toBe("contact_collected");

    expect((await callRoute(goalArchive.POST, { method: "POST", key, params: { id, goalId: "reason_collected" } })).body.archived).toBe(true);
    expect((await callRoute(goalsRoute.GET, { key, params: { id }, path: "/?archived=true" })).body.data.map((g: { key: string }) => g.key)).toEqual(["reason_collected"]);
    expect((await callRoute(goalRestore.POST, { method: "POST", key, params: { id, goalId: "reason_collected" } })).body.archived).toBe(false);
    expect((await callRoute(revisionsRoute.GET, { key, params: { id, goalId: "reason_collected" } })).body.data.map((r: { revision: number }) => r.revision)).toEqual([3, 2, 1]);

    const goal = await callRoute(goalsRoute.POST, { method: "POST", key, params: { id }, body: { key: "email_collected", title: "Email", description: "The caller gave an email address for the confirmation." } });
    expect(goal.status).toBe(201);
    expect((await callRoute(goalRoute.DELETE, { method: "DELETE", key, params: { id, goalId: goal.body.id } })).status).toBe(204);

    expect((await callRoute(agentArchive.POST, { method: "POST", key, params: { id } })).body.archived).toBe(true);
    expect((await callRoute(agentRestore.POST, { method: "POST", key, params: { id } })).body.archived).toBe(false);
  });

  it("answers bad input with 400 and the field path, the same rule as the domain", async () => {
    const { body } = await callRoute(agentsRoute.POST, { method: "POST", key, body: { name: "Rules" } });
    const bad = await callRoute(goalsRoute.POST, { method: "POST", key, params: { id: body.id }, body: { key: "Bad Key", title: "", description: "x", callbackUrl: "http://insecure.example.com" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid");
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(["callbackUrl", "key", "title"]);
    const unknown = await callRoute(goalsRoute.POST, { method: "POST", key, params: { id: body.id }, body: { key: "a", title: "A", description: "The caller said yes to the offer.", nextRequired: ["missing_step"] } });
    expect(unknown.body.error.details.issues).toEqual([{ path: "nextRequired.0", message: 'unknown objective "missing_step"' }]);
    expect((await callRoute(agentsRoute.POST, { method: "POST", key, body: "{not json" })).body.error.details.issues[0].path).toBe("(body)");
  });

  it("round-trips Tavus objectives over HTTP", async () => {
    const { body: agent } = await callRoute(agentsRoute.POST, { method: "POST", key, body: { name: "Tavus" } });
    const objectives = [
      { objective_name: "greet", objective_prompt: "Greet the caller by name.", confirmation_mode: "auto", output_variables: ["caller_name"], modality: "verbal", next_conditional_objectives: {}, next_required_objectives: ["collect_email"] },
      { objective_name: "collect_email", objective_prompt: "Ask for the caller's email address.", confirmation_mode: "manual", output_variables: ["email"], modality: "visual", next_conditional_objectives: {}, next_required_objectives: [], callback_url: "https://example.com/cb" },
    ];
    expect((await callRoute(objectivesRoute.POST, { method: "POST", key, params: { id: agent.id }, body: objectives })).status).toBe(200);
    expect((await callRoute(objectivesRoute.GET, { key, params: { id: agent.id } })).body).toEqual({ data: objectives });
  });

  it("manages outcomes and insight fields", async () => {
    const list = await callRoute(outcomesRoute.GET, { key });
    expect(list.body.data).toHaveLength(6);
    const demo = await callRoute(outcomesRoute.POST, { method: "POST", key, body: { name: "Demo Requested", description: "The prospect asked for a demo.", color: "#7c3aed", isConversion: true } });
    expect(demo).toMatchObject({ status: 201, body: { name: "Demo Requested", standard: false } });
    expect((await callRoute(outcomeRoute.PATCH, { method: "PATCH", key, params: { id: demo.body.id }, body: { color: "#000000" } })).body.color).toBe("#000000");
    expect((await callRoute(outcomeArchive.POST, { method: "POST", key, params: { id: demo.body.id } })).body.archived).toBe(true);
    expect((await callRoute(outcomeRestore.POST, { method: "POST", key, params: { id: demo.body.id } })).body.archived).toBe(false);
    const standard = list.body.data[0];
    expect((await callRoute(outcomeRoute.DELETE, { method: "DELETE", key, params: { id: standard.id } })).status).toBe(409);
    expect((await callRoute(outcomeRoute.DELETE, { method: "DELETE", key, params: { id: demo.body.id } })).status).toBe(204);

    const { body: agent } = await callRoute(agentsRoute.POST, { method: "POST", key, body: { name: "Fields" } });
    const field = await callRoute(fieldsRoute.POST, { method: "POST", key, params: { id: agent.id }, body: { name: "budget", type: "number", description: "Stated budget" } });
    expect(field.status).toBe(201);
    expect((await callRoute(fieldRoute.PATCH, { method: "PATCH", key, params: { id: agent.id, fieldId: field.body.id }, body: { required: true } })).body.required).toBe(true);
    expect((await callRoute(fieldRoute.DELETE, { method: "DELETE", key, params: { id: agent.id, fieldId: field.body.id } })).status).toBe(204);
  });

  it("answers 404 for every route when the agent or outcome belongs to another workspace", async () => {
    const { body: agent } = await callRoute(agentsRoute.POST, { method: "POST", key, body: { name: "Mine", template: "survey" } });
    const { body: outcome } = await callRoute(outcomesRoute.POST, { method: "POST", key, body: { name: "Private outcome", description: "Only mine." } });
    const { body: field } = await callRoute(fieldsRoute.POST, { method: "POST", key, params: { id: agent.id }, body: { name: "secret", type: "string" } });
    const id = agent.id;
    const goalId = "consent_given";
    const attempts = [
      callRoute(agentRoute.GET, { key: otherKey, params: { id } }),
      callRoute(agentRoute.PATCH, { method: "PATCH", key: otherKey, params: { id }, body: { name: "x" } }),
      callRoute(agentRoute.DELETE, { method: "DELETE", key: otherKey, params: { id } }),
      callRoute(agentArchive.POST, { method: "POST", key: otherKey, params: { id } }),
      callRoute(agentRestore.POST, { method: "POST", key: otherKey, params: { id } }),
      callRoute(goalsRoute.GET, { key: otherKey, params: { id } }),
      callRoute(goalsRoute.POST, { method: "POST", key: otherKey, params: { id }, body: { key: "x", title: "x", description: "The caller said yes." } }),
      callRoute(reorderRoute.POST, { method: "POST", key: otherKey, params: { id }, body: { keys: ["consent_given"] } }),
      callRoute(goalRoute.GET, { key: otherKey, params: { id, goalId } }),
      callRoute(goalRoute.PATCH, { method: "PATCH", key: otherKey, params: { id, goalId }, body: { title: "x" } }),
      callRoute(goalRoute.DELETE, { method: "DELETE", key: otherKey, params: { id, goalId } }),
      callRoute(goalArchive.POST, { method: "POST", key: otherKey, params: { id, goalId } }),
      callRoute(goalRestore.POST, { method: "POST", key: otherKey, params: { id, goalId } }),
      callRoute(revisionsRoute.GET, { key: otherKey, params: { id, goalId } }),
      callRoute(objectivesRoute.GET, { key: otherKey, params: { id } }),
      callRoute(objectivesRoute.POST, { method: "POST", key: otherKey, params: { id }, body: [{ objective_name: "x", objective_prompt: "y" }] }),
      callRoute(fieldsRoute.GET, { key: otherKey, params: { id } }),
      callRoute(fieldsRoute.POST, { method: "POST", key: otherKey, params: { id }, body: { name: "x", type: "string" } }),
      callRoute(fieldRoute.PATCH, { method: "PATCH", key: otherKey, params: { id, fieldId: field.id }, body: { required: true } }),
      callRoute(fieldRoute.DELETE, { method: "DELETE", key: otherKey, params: { id, fieldId: field.id } }),
      callRoute(outcomeRoute.GET, { key: otherKey, params: { id: outcome.id } }),
      callRoute(outcomeRoute.PATCH, { method: "PATCH", key: otherKey, params: { id: outcome.id }, body: { color: "#000000" } }),
      callRoute(outcomeRoute.DELETE, { method: "DELETE", key: otherKey, params: { id: outcome.id } }),
      callRoute(outcomeArchive.POST, { method: "POST", key: otherKey, params: { id: outcome.id } }),
      callRoute(outcomeRestore.POST, { method: "POST", key: otherKey, params: { id: outcome.id } }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await callRoute(agentsRoute.GET, { key: otherKey })).body.data.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await callRoute(agentRoute.GET, { key, params: { id } })).body.name).toBe("Mine");
  });

  it("refuses writes with a read-only key", async () => {
    const viewerKey = await createKey((await createOwner(database.db)).ctx, "viewer");
    expect((await callRoute(agentsRoute.POST, { method: "POST", key: viewerKey, body: { name: "x" } })).status).toBe(403);
    expect((await callRoute(agentsRoute.GET, { key: viewerKey })).status).toBe(200);
  });
});
