import { beforeAll, describe, expect, it } from "vitest";
import * as agentsRoute from "@/app/api/v1/analytics/agents/route";
import * as exportRoute from "@/app/api/v1/analytics/export/route";
import * as goalsRoute from "@/app/api/v1/analytics/goals/route";
import * as outcomesRoute from "@/app/api/v1/analytics/outcomes/route";
import * as summaryRoute from "@/app/api/v1/analytics/summary/route";
import * as timeseriesRoute from "@/app/api/v1/analytics/timeseries/route";
import { buildFixture, type Fixture } from "@/lib/analytics/test-fixture";
import { callRoute } from "../support/api";
import { createAgentWithGoals } from "../support/definitions";
import { createKey, createOwner } from "../support/factories";
import { TEST_ENGINES, suiteDatabase } from "../support/test-db";

const RANGE = "from=2026-03-02&to=2026-03-08";

describe.each(TEST_ENGINES)("analytics API on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });
  let fx: Fixture;
  let key: string;
  beforeAll(async () => {
    fx = await buildFixture(database.db);
    key = await createKey(fx.ctx, "viewer");
  });

  const get = (route: { GET: Parameters<typeof callRoute>[0] }, query: string, as = key) => callRoute(route.GET, { path: `/api/v1/analytics?${query}`, key: as });

  it("GET /summary answers the hand-computed figures and the previous period", async () => {
    const { status, body } = await get(summaryRoute, RANGE);
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: "2026-03-02", to: "2026-03-08", timeZone: "America/Los_Angeles", conversations: 8, evaluated: 6, successRate: 0.6, partialRate: 0.2, voicemail: 1, noAnswer: 1, busy: 1, conversions: 2, profit: 150 });
    expect(body.previous).toMatchObject({ from: "2026-02-23", to: "2026-03-01", conversations: 1, successRate: 1 });
  });

  it("takes agentId repeated, direction and callType", async () => {
    expect((await get(summaryRoute, `${RANGE}&agentId=${fx.agents.sales}&agentId=${fx.agents.frontDesk}`)).body.conversations).toBe(8);
    expect((await get(summaryRoute, `${RANGE}&agentId=${fx.agents.sales}`)).body).toMatchObject({ conversations: 3, successRate: 0.5 });
    expect((await get(summaryRoute, `${RANGE}&direction=outbound&callType=campaign`)).body).toMatchObject({ conversations: 2, successRate: null, voicemail: 1, noAnswer: 1 });
  });

  it("GET /timeseries buckets by local day or Monday week", async () => {
    const days = await get(timeseriesRoute, RANGE);
    expect(days.body.data.map((d: { conversations: number }) => d.conversations)).toEqual([1, 1, 1, 1, 1, 1, 2]);
    const weeks = await get(timeseriesRoute, "from=2026-03-01&to=2026-03-08&interval=week");
    expect(weeks.body).toMatchObject({ interval: "week", data: [{ bucket: "2026-02-23", conversations: 1 }, { bucket: "2026-03-02", conversations: 8, successRate: 0.6 }] });
  });

  it("GET /goals, /outcomes and /agents", async () => {
    const goals = await get(goalsRoute, RANGE);
    expect(goals.body.data.map((g: { goalKey: string }) => g.goalKey)).toEqual(["greet", "book", "email", "qualify"]);
    expect(goals.body.mostMissed.map((g: { goalKey: string }) => g.goalKey)).toEqual(["qualify", "book", "email"]);
    const outcomes = await get(outcomesRoute, RANGE);
    expect(outcomes.body.data.find((o: { name: string }) => o.name === "Qualified Lead")).toMatchObject({ conversations: 1, conversions: 2, profit: 150 });
    expect(outcomes.body.byAgent).toEqual([
      { agentId: fx.agents.frontDesk, name: "Front desk", conversations: 5, conversions: 0, profit: 0 },
      { agentId: fx.agents.sales, name: "Sales", conversations: 3, conversions: 2, profit: 150 },
    ]);
    const agents = await get(agentsRoute, RANGE);
    expect(agents.body.data.map((a: { name: string; successRate: number }) => [a.name, a.successRate])).toEqual([
      ["Front desk", 2 / 3],
      ["Sales", 0.5],
    ]);
  });

  it("GET /export streams CSV", async () => {
    const response = await exportRoute.GET(new Request(`http://localhost/api/v1/analytics/export?${RANGE}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain("debrief-conversations-2026-03-02-to-2026-03-08.csv");
    expect((await response.text()).trim().split("\r\n")).toHaveLength(9);
  });

  it("refuses bad filters with the shared error shape, naming the field", async () => {
    for (const [query, path] of [
      ["from=2026-13-01", "from"],
      ["from=yesterday", "from"],
      ["from=2026-03-09&to=2026-03-01", "from"],
      ["to=2026-02-30", "to"],
      ["interval=month", "interval"],
      ["direction=sideways", "direction"],
      ["callType=robocall", "callType"],
    ]) {
      const { status, body } = await get(summaryRoute, query);
      expect(status, query).toBe(400);
      expect(body.error).toMatchObject({ code: "invalid", details: { issues: [{ path }] } });
    }
    expect((await get(summaryRoute, "from=2020-01-01&to=2026-01-01")).body.error.details.issues[0].path).toBe("from");
  });

  it("needs a key, and sees only its own workspace", async () => {
    expect((await callRoute(summaryRoute.GET, { path: `/api/v1/analytics/summary?${RANGE}` })).status).toBe(401);
    const other = await createOwner(database.db, "Other Owner");
    const otherAgent = await createAgentWithGoals(other.ctx, [], "Other agent");
    const otherKey = await createKey(other.ctx);
    expect((await get(summaryRoute, RANGE, otherKey)).body).toMatchObject({ conversations: 0, successRate: null });
    expect((await get(goalsRoute, RANGE, otherKey)).body).toEqual({ data: [], mostMissed: [] });
    const foreign = await get(summaryRoute, `${RANGE}&agentId=${fx.agents.sales}`, otherKey);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.issues[0].path).toBe("agentId");
    expect((await get(summaryRoute, `${RANGE}&agentId=${otherAgent.id}`)).status).toBe(400);
  });
});
