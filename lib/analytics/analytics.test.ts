import { beforeAll, describe, expect, it } from "vitest";
import { latestCallsLink, readDashboardParams } from "@/components/dashboard/params";
import { InvalidError } from "@/lib/errors";
import { workspaceTimeZone } from "@/lib/workspaces/time-zone";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { resolveFilters } from "./filters";
import { getAgentComparison } from "./get-agent-comparison";
import { getGoalDetail } from "./get-goal-detail";
import { getGoalStats, rankMissed } from "./get-goal-stats";
import { getOutcomeStats } from "./get-outcome-stats";
import { getSummary } from "./get-summary";
import { getTimeseries } from "./get-timeseries";
import { exportConversationsCsv } from "./export-conversations";
import { buildFixture, type Fixture } from "./test-fixture";
import { latestCallDay } from "./load-dashboard";

/*
 * The fixture (test-fixture.ts), in America/Los_Angeles; range 2026-03-02 … 2026-03-08.
 *
 *  #  agent       local day   dir/type           end         dur  primary (effective)      outcome (effective)    cost
 *  1  Front desk  03-02       in  / individual   completed   120  book achieved            Appointment Scheduled  0.01
 *  2  Front desk  03-03       in  / individual   completed    60  book partial             Follow-up Needed       0.01
 *  3  Front desk  03-04       out / campaign     voicemail    20  (voicemail: not counted) Voicemail              0.001
 *  4  Front desk  03-05       out / campaign     no-answer     –  not evaluated            –                      0
 *  5  Front desk  03-08 23:30 in  / individual   completed   300  book not → achieved (person)  Not Interested → Appointment Scheduled (person)  0.02
 *  6  Front desk  03-01 23:30 in  / individual   completed   100  book achieved            Appointment Scheduled  previous period
 *  7  Sales       03-06       out / individual   completed   200  qualify achieved         Qualified Lead         0.005, 2 conversions, $150
 *  8  Sales       03-07       out / individual   completed    90  qualify achieved → re-evaluated: not achieved, Not Interested   0.005 + 0.005
 *  9  Sales       03-08 00:30 out / individual   busy          –  not evaluated            –
 * 10  Sales       03-09 01:00 out / individual   completed    45  not evaluated            –                      after the range
 *
 * Connected and judged: 1, 2, 5, 7, 8 → achieved 1, 5, 7 (3 of 5 = 60 %), partial 2 (20 %), not 8.
 */
const RANGE = { from: "2026-03-02", to: "2026-03-08" };

describe.each(TEST_ENGINES)("dashboard figures on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });
  let fx: Fixture;
  const filters = (query: Record<string, unknown> = {}) => resolveFilters(fx.ctx, { ...RANGE, ...query });

  beforeAll(async () => {
    fx = await buildFixture(database.db);
  });

  it("summary: counts, rates over judged connected calls, unreached calls apart, and the previous period", async () => {
    const s = await getSummary(fx.ctx, await filters());
    expect(s).toMatchObject({
      from: "2026-03-02",
      to: "2026-03-08",
      timeZone: "America/Los_Angeles",
      conversations: 8,
      evaluated: 6,
      connected: 5,
      voicemail: 1,
      noAnswer: 1,
      busy: 1,
      unreached: 3,
      judged: 5,
      achieved: 3,
      partial: 1,
      notAchieved: 1,
      pendingConfirmation: 0,
      successRate: 0.6,
      partialRate: 0.2,
      averageDurationSeconds: 154,
      sentiment: { positive: 2, neutral: 1, negative: 2 },
      conversions: 2,
      profit: 150,
    });
    expect(s.averageSentiment).toBeCloseTo(0.12, 5);
    expect(s.evaluationCostUsd).toBeCloseTo(0.056, 6);
    expect(s.previous).toMatchObject({ from: "2026-02-23", to: "2026-03-01", conversations: 1, judged: 1, achieved: 1, successRate: 1 });
  });

  it("filters by direction, call type and agent", async () => {
    expect(await getSummary(fx.ctx, await filters({ direction: "outbound" }))).toMatchObject({ conversations: 5, judged: 2, achieved: 1, successRate: 0.5, voicemail: 1, noAnswer: 1, busy: 1 });
    expect(await getSummary(fx.ctx, await filters({ callType: "campaign" }))).toMatchObject({ conversations: 2, judged: 0, successRate: null, partialRate: null, voicemail: 1, noAnswer: 1 });
    expect(await getSummary(fx.ctx, await filters({ agentId: [fx.agents.sales] }))).toMatchObject({ conversations: 3, judged: 2, achieved: 1, conversions: 2, profit: 150 });
    expect(await getSummary(fx.ctx, await filters({ agentId: [fx.agents.sales, fx.agents.frontDesk] }))).toMatchObject({ conversations: 8 });
  });

  it("daily buckets are local days: 23:30 on the day clocks change stays on that day", async () => {
    const { data } = await getTimeseries(fx.ctx, await filters());
    expect(data.map((d) => d.bucket)).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"]);
    expect(data.map((d) => d.conversations)).toEqual([1, 1, 1, 1, 1, 1, 2]);
    expect(data.map((d) => d.successRate)).toEqual([1, 0, null, null, 1, 0, 1]);
    expect(data[2]).toMatchObject({ voicemail: 1, judged: 0 });
    expect(data[6]).toMatchObject({ busy: 1, achieved: 1, judged: 1, outcomes: { [fx.outcomes["Appointment Scheduled"]]: 1, none: 1 } });
  });

  it("weekly buckets start on Monday in the workspace's time zone", async () => {
    const { data } = await getTimeseries(fx.ctx, await filters({ from: "2026-03-01", interval: "week" }));
    expect(data.map((d) => [d.bucket, d.conversations, d.achieved, d.judged])).toEqual([
      ["2026-02-23", 1, 1, 1],
      ["2026-03-02", 8, 3, 5],
    ]);
  });

  it("per goal, in call-flow order; voicemail verdicts left out; human agreement; most missed ranked", async () => {
    const stats = await getGoalStats(fx.ctx, await filters());
    expect(stats.map((g) => [g.agentName, g.goalKey, g.results, g.achieved, g.partial, g.notAchieved, g.reached])).toEqual([
      ["Front desk", "greet", 3, 3, 0, 0, 3],
      ["Front desk", "book", 3, 2, 1, 0, 3],
      ["Front desk", "email", 3, 2, 0, 1, 2],
      ["Sales", "qualify", 2, 1, 0, 1, 2],
    ]);
    expect(stats.find((g) => g.goalKey === "book")).toMatchObject({ kind: "primary", reviewed: 1, agreed: 0, agreementRate: 0, missed: 1 });
    expect(rankMissed(stats).map((g) => [g.goalKey, g.missed, Number(g.missRate?.toFixed(3))])).toEqual([
      ["qualify", 1, 0.5],
      ["book", 1, 0.333],
      ["email", 1, 0.333],
    ]);
  });

  it("outcome mix with conversions and profit; unmatched conversions count nowhere", async () => {
    const rows = await getOutcomeStats(fx.ctx, await filters());
    expect(rows.map((o) => [o.name, o.conversations, o.conversions, o.profit])).toEqual([
      ["Appointment Scheduled", 2, 0, 0],
      ["No outcome", 2, 0, 0],
      ["Qualified Lead", 1, 2, 150],
      ["Not Interested", 1, 0, 0],
      ["Follow-up Needed", 1, 0, 0],
      ["Voicemail", 1, 0, 0],
    ]);
    expect(rows[0].share).toBe(0.25);
  });

  it("agent comparison, with the previous period's success rate", async () => {
    const rows = await getAgentComparison(fx.ctx, await filters());
    expect(rows.map((r) => [r.name, r.conversations, r.judged, r.achieved, r.previousSuccessRate, r.conversions, r.unreached])).toEqual([
      ["Front desk", 5, 3, 2, 1, 0, 2],
      ["Sales", 3, 2, 1, null, 2, 1],
    ]);
  });

  it("goal page: figures, trend and examples that achieved and missed it (connected calls only)", async () => {
    const book = (await getGoalStats(fx.ctx, await filters())).find((g) => g.goalKey === "book")!;
    const detail = await getGoalDetail(fx.ctx, book.goalId!, await filters());
    expect(detail.stats).toMatchObject({ achieved: 2, partial: 1, notAchieved: 0, missed: 1 });
    expect(detail.trend.map((t) => t.achieved)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(detail.examples.achieved.map((c) => c.id)).toEqual([fx.calls[5], fx.calls[1]]);
    expect(detail.examples.missed.map((c) => [c.id, c.status])).toEqual([[fx.calls[2], "partially_achieved"]]);
  });

  it("CSV export: one row per conversation of the filters with each goal's effective status", async () => {
    let csv = "";
    for await (const chunk of exportConversationsCsv(fx.ctx, await filters(), 3)) csv += chunk;
    const [header, ...rows] = csv.trim().split("\r\n");
    expect(header.split(",").slice(-4)).toEqual(["goal:book", "goal:email", "goal:greet", "goal:qualify"]);
    expect(rows).toHaveLength(8);
    const five = rows.find((r) => r.startsWith(fx.calls[5]))!.split(",");
    expect(five[3]).toBe("2026-03-08");
    expect(five.slice(-4)).toEqual(["achieved", "achieved", "achieved", ""]);
    expect(rows.some((r) => r.startsWith(fx.calls[6]) || r.startsWith(fx.calls[10]))).toBe(false);
  });

  it("rejects bad filters naming the field", async () => {
    await expect(filters({ from: "2026-02-30" })).rejects.toMatchObject({ issues: [{ path: "from" }] });
    await expect(filters({ from: "2026-03-09", to: "2026-03-01" })).rejects.toMatchObject({ issues: [{ path: "from" }] });
    await expect(filters({ interval: "month" })).rejects.toMatchObject({ issues: [{ path: "interval" }] });
    await expect(filters({ agentId: ["nope"] })).rejects.toBeInstanceOf(InvalidError);
  });

  it("takes the zone a member's context carries (loaded with the workspace) instead of reading it again", async () => {
    // The fixture's workspace is in Los Angeles; a context carrying another zone shows which was used.
    expect(await workspaceTimeZone(fx.ctx)).toBe("America/Los_Angeles");
    expect((await resolveFilters({ ...fx.ctx, timeZone: "Asia/Tokyo" }, RANGE)).timeZone).toBe("Asia/Tokyo");
  });

  it("defaults to the last 30 days ending today in the workspace's time zone", async () => {
    // 05:00 UTC on 10 March is still 9 March in Los Angeles.
    const f = await resolveFilters(fx.ctx, {}, new Date("2026-03-10T05:00:00Z"));
    expect(f).toMatchObject({ from: "2026-02-08", to: "2026-03-09", previousFrom: "2026-01-09", previousTo: "2026-02-07", days: 30 });
  });

  it("the latest call's day is read in the zone asked for; a workspace without calls has none", async () => {
    // Call 10 ended 01:00 on 9 March in Los Angeles (08:00 UTC): still 8 March in Honolulu.
    expect(await latestCallDay(fx.ctx, "America/Los_Angeles")).toBe("2026-03-09");
    expect(await latestCallDay(fx.ctx, "Pacific/Honolulu")).toBe("2026-03-08");
    const empty = await createOwner(database.db, "Nobody Called");
    expect(await latestCallDay(empty.ctx, "UTC")).toBeNull();
  });
});

describe("latestCallsLink", () => {
  const params = readDashboardParams({ range: "7d", direction: "outbound" });
  it("offers the 30 days up to the latest call, keeping the other filters, when the calls are all outside the range", () => {
    expect(latestCallsLink("/w/acme", params, { from: "2026-11-15", to: "2026-11-21" }, "2019-03-01")).toEqual({
      day: "2019-03-01",
      href: "/w/acme?range=custom&from=2019-01-31&to=2019-03-01&direction=outbound",
    });
  });
  it("offers nothing when the latest call is inside the range (the other filters emptied it), or when there is no call", () => {
    expect(latestCallsLink("/w/acme", params, { from: "2026-11-15", to: "2026-11-21" }, "2026-11-21")).toBeNull();
    expect(latestCallsLink("/w/acme", params, { from: "2026-11-15", to: "2026-11-21" }, null)).toBeNull();
  });
});
