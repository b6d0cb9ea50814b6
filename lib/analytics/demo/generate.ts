import { randomUUID } from "node:crypto";
import type { conversationEvents, conversations, conversions, evaluations, goalResults, verdictOverrides } from "@/db/schema";
import type { AgentProfile } from "./profiles";
import { clamp, type Random } from "./random";

export interface DemoAgent {
  id: string;
  profile: AgentProfile;
  goals: { id: string; key: string; title: string; kind: "primary" | "secondary"; position: number; rate: number }[];
}

export interface DemoPlan {
  workspaceId: string;
  agents: DemoAgent[];
  outcomeIds: Record<string, string>;
  conversionOutcomes: Set<string>;
  now: Date;
  days: number;
  /** Unique per run, so external ids never collide with an earlier run's. */
  tag: string;
  /** Timeline rows too (worth it for a few thousand calls, not for a million). */
  events: boolean;
}

export interface Chunk {
  conversations: (typeof conversations.$inferInsert)[];
  evaluations: (typeof evaluations.$inferInsert)[];
  goalResults: (typeof goalResults.$inferInsert)[];
  overrides: (typeof verdictOverrides.$inferInsert)[];
  conversions: (typeof conversions.$inferInsert)[];
  events: (typeof conversationEvents.$inferInsert)[];
}

const FIRST = ["Ana", "Ben", "Chloé", "Dev", "Eli", "Fatima", "Grace", "Hiro", "Ines", "Jon", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara"];
const LAST = ["Ruiz", "Okafor", "Martin", "Patel", "Kim", "Haddad", "Nguyen", "Schmidt", "Rossi", "Silva", "Cohen", "Ito", "Byrne", "Novak", "Sato"];
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MISS_STATUSES = ["not_achieved", "partially_achieved"] as const;

/** Calls `start` … `start + count - 1` of the plan, with everything derived from them. */
export function generateChunk(plan: DemoPlan, rng: Random, start: number, count: number): Chunk {
  const chunk: Chunk = { conversations: [], evaluations: [], goalResults: [], overrides: [], conversions: [], events: [] };
  for (let i = start; i < start + count; i++) addCall(plan, rng, i, chunk);
  return chunk;
}

function pickEnd(plan: DemoPlan, rng: Random): { endedAt: Date; progress: number } {
  for (;;) {
    const ago = rng.next() * plan.days;
    const endedAt = new Date(plan.now.getTime() - ago * DAY_MS);
    const weekday = endedAt.getUTCDay();
    // Fewer calls at weekends, and a little more traffic lately.
    const weight = (weekday === 0 || weekday === 6 ? 0.35 : 1) * (0.8 + 0.2 * (1 - ago / plan.days));
    if (rng.next() < weight) return { endedAt, progress: 1 - ago / plan.days };
  }
}

function addCall(plan: DemoPlan, rng: Random, index: number, out: Chunk) {
  const agent = rng.weighted(plan.agents, (a) => a.profile.weight);
  const p = agent.profile;
  const { endedAt, progress } = pickEnd(plan, rng);
  const direction = rng.chance(p.outbound) ? "outbound" : "inbound";
  const [vm, na, busy] = direction === "outbound" ? p.unreached : [0.01, 0, 0];
  const r = rng.next();
  const endReason = r < vm ? "voicemail" : r < vm + na ? "no-answer" : r < vm + na + busy ? "busy" : rng.pick(["completed", "completed", "completed", "customer-ended", "agent-ended", "transferred"]);
  const connected = !["voicemail", "no-answer", "busy"].includes(endReason);
  const durationSeconds = endReason === "voicemail" ? Math.round(rng.between(12, 45)) : connected ? Math.round(clamp(Math.exp(rng.normal(5.1, 0.55)), 20, 1800)) : null;
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const id = randomUUID();
  const transcript = connected ? p.lines.map(([speaker, text]) => ({ speaker: speaker as "agent" | "customer", text })) : endReason === "voicemail" ? [{ speaker: "agent" as const, text: `Hi ${first}, sorry we missed you. Please call us back.` }] : [];
  const fresh = plan.now.getTime() - endedAt.getTime() < 2 * HOUR_MS;
  const status = fresh ? "received" : rng.chance(0.012) ? "failed" : "evaluated";

  const conversation: Chunk["conversations"][number] = {
    id,
    workspaceId: plan.workspaceId,
    agentId: agent.id,
    externalId: `demo-${plan.tag}-${index}`,
    source: "api",
    direction,
    callType: rng.chance(p.campaign) ? "campaign" : "individual",
    contactName: `${first} ${last}`,
    contactPhone: `+1415555${String(rng.int(0, 9999)).padStart(4, "0")}`,
    contactEmail: rng.chance(0.5) ? `${first.toLowerCase().normalize("NFKD").replace(/[^a-z]/g, "")}.${last.toLowerCase()}@example.com` : null,
    contactCompany: null,
    startedAt: durationSeconds ? new Date(endedAt.getTime() - durationSeconds * 1000) : null,
    endedAt,
    durationSeconds,
    endReason,
    recordingUrl: null,
    transcript,
    turnCount: transcript.length,
    metadata: {},
    status,
    outcomeId: null,
    createdAt: endedAt,
    updatedAt: endedAt,
  };
  out.conversations.push(conversation);
  if (status !== "evaluated") return;

  const evaluatedAt = new Date(endedAt.getTime() + rng.between(5, 40) * 1000);
  if (rng.chance(0.03)) judge(plan, rng, agent, conversation, connected, progress, new Date(evaluatedAt.getTime() - HOUR_MS), false, out);
  const outcome = judge(plan, rng, agent, conversation, connected, progress, evaluatedAt, true, out);
  conversation.outcomeId = plan.outcomeIds[outcome] ?? null;
  if (plan.events) out.events.push({ id: randomUUID(), workspaceId: plan.workspaceId, conversationId: id, type: "evaluated", detail: { engine: "llm", trigger: "ingest" }, at: evaluatedAt });

  if (plan.conversionOutcomes.has(outcome) && rng.chance(0.35)) {
    const sale = rng.chance(0.6);
    out.conversions.push({
      id: randomUUID(),
      workspaceId: plan.workspaceId,
      conversationId: id,
      phoneNumber: conversation.contactPhone,
      eventType: sale ? "sale" : "lead",
      profit: sale ? Math.round(clamp(Math.exp(rng.normal(4.6, 0.6)), 10, 2000) * 100) / 100 : rng.chance(0.5) ? null : Math.round(rng.between(10, 30)),
      currency: "USD",
      source: rng.chance(0.7) ? "api" : "pixel",
      matched: true,
      createdAt: evaluatedAt,
      occurredAt: new Date(Math.min(plan.now.getTime(), endedAt.getTime() + rng.between(1, 72) * HOUR_MS)),
    });
  }
}

/** One evaluation with its goal verdicts (a funnel in call-flow order); returns the outcome's name. */
function judge(plan: DemoPlan, rng: Random, agent: DemoAgent, c: Chunk["conversations"][number], connected: boolean, progress: number, at: Date, current: boolean, out: Chunk): string {
  const p = agent.profile;
  const evaluationId = randomUUID();
  const skill = rng.normal(0, 0.08);
  let previous: string = "achieved";
  const verdicts = agent.goals.map((goal) => {
    const reached = connected && (previous !== "not_achieved" || rng.chance(0.3));
    let status = "not_achieved";
    if (reached) {
      const chance = clamp(goal.rate + p.trend * (progress - 0.5) + skill, 0.02, 0.99);
      status = rng.chance(chance) ? "achieved" : rng.chance(0.3) ? "partially_achieved" : "not_achieved";
    }
    previous = status;
    return { goal, status, reached };
  });
  const primary = verdicts.find((v) => v.goal.kind === "primary")?.status ?? "not_achieved";
  const outcome = !connected
    ? "Voicemail"
    : primary === "achieved"
      ? p.win
      : primary === "partially_achieved"
        ? "Follow-up Needed"
        : c.direction === "outbound" && verdicts[0].status !== "achieved" && rng.chance(0.5)
          ? "Gatekeeper"
          : rng.pick(["Not Interested", "Not Interested", "Follow-up Needed"]);
  const mood = primary === "achieved" ? 0.45 : primary === "partially_achieved" ? 0.1 : -0.2;
  const score = connected ? Math.round(clamp(rng.normal(mood, 0.3), -1, 1) * 100) / 100 : null;
  const cost = connected ? Math.round(rng.between(0.003, 0.012) * 1e5) / 1e5 : 0;

  out.evaluations.push({
    id: evaluationId,
    workspaceId: plan.workspaceId,
    conversationId: c.id!,
    isCurrent: current,
    trigger: current ? "ingest" : "ingest",
    engine: connected ? "llm" : "local",
    model: connected ? "gpt-4o-mini" : null,
    inputTokens: connected ? rng.int(1200, 4000) : 0,
    outputTokens: connected ? rng.int(150, 500) : 0,
    costUsd: cost,
    durationMs: connected ? rng.int(900, 4200) : 1,
    outcomeId: plan.outcomeIds[outcome] ?? null,
    outcomeName: outcome,
    outcomeConfidence: Math.round(rng.between(0.6, 0.98) * 100) / 100,
    outcomeRationale: connected ? `The call ended as ${outcome.toLowerCase()}.` : "The call reached no one.",
    outcomeEvidence: [],
    sentimentLabel: score === null ? null : score > 0.25 ? "positive" : score < -0.25 ? "negative" : "neutral",
    sentimentScore: score,
    summary: connected ? `${c.contactName} spoke with ${p.name}.` : null,
    topics: [],
    insightValues: {},
    createdAt: at,
  });

  const reviewed = current && connected && rng.chance(0.015) ? rng.pick(verdicts) : null;
  for (const v of verdicts) {
    let effective = v.status;
    if (v === reviewed) {
      // Most reviews confirm the machine; about one in five corrects it.
      effective = rng.chance(0.8) ? v.status : v.status === "achieved" ? rng.pick(MISS_STATUSES) : "achieved";
      out.overrides.push({ id: randomUUID(), workspaceId: plan.workspaceId, conversationId: c.id!, target: `goal:${v.goal.key}`, kind: "override", goalStatus: effective, outcomeId: null, note: null, userId: null, actor: "Demo reviewer", createdAt: at });
    }
    out.goalResults.push({
      id: randomUUID(),
      workspaceId: plan.workspaceId,
      evaluationId,
      conversationId: c.id!,
      agentId: agent.id,
      goalId: v.goal.id,
      goalKey: v.goal.key,
      goalRevision: 1,
      goalTitle: v.goal.title,
      kind: v.goal.kind,
      position: v.goal.position,
      confirmationMode: "auto",
      status: v.status,
      effectiveStatus: effective,
      confidence: Math.round(rng.between(0.55, 0.99) * 100) / 100,
      rationale: v.reached ? `${v.goal.title}: ${v.status.replace(/_/g, " ")}.` : "Not reached: an earlier step was not met.",
      evidence: [],
      variables: {},
      reached: v.reached,
      branch: null,
      isCurrent: current,
      createdAt: at,
    });
  }
  return outcome;
}
