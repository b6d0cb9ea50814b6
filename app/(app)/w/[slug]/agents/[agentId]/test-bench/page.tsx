import type { Metadata } from "next";
import { contactLabel } from "@/components/conversations/format";
import { TestBench } from "@/components/evaluation/test-bench";
import { TestSet } from "@/components/evaluation/test-set";
import { can } from "@/lib/auth/permissions";
import { listConversations } from "@/lib/conversations/list-conversations";
import { listTestCases } from "@/lib/evaluation/test-bench";
import { formatDateTime } from "@/lib/format";
import { listGoals } from "@/lib/goals/list-goals";
import { loadAgent } from "../load-agent";
import { deleteTestCaseAction, loadConversationAction, runBenchAction, runTestSetAction, saveTestCaseAction } from "./actions";

type Props = { params: Promise<{ slug: string; agentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, agentId } = await params;
  return { title: `Test bench · ${(await loadAgent(slug, agentId)).agent.name}` };
}

export default async function TestBenchPage({ params }: Props) {
  const { slug, agentId } = await params;
  const { ctx, agent } = await loadAgent(slug, agentId);
  const [goals, recent, cases] = await Promise.all([listGoals(ctx, agent.id), listConversations(ctx, { agentId: agent.id, limit: 25 }), listTestCases(ctx, agent.id)]);
  const canEdit = can(ctx.actor.role, "definitions.write");
  const benchGoals = goals.map((g) => ({ key: g.key, title: g.title, kind: g.kind, revision: g.revision }));
  const conversations = recent.data.filter((c) => c.turnCount > 0).map((c) => ({ id: c.id, label: `${contactLabel(c.contact)} · ${formatDateTime(c.endedAt, ctx.timeZone)}` }));
  return (
    <div className="grid gap-6">
      <TestBench
        slug={ctx.workspace.slug}
        agentId={agent.id}
        goals={benchGoals}
        conversations={conversations}
        canSave={canEdit}
        actions={{ run: runBenchAction, load: loadConversationAction, save: saveTestCaseAction }}
      />
      <TestSet
        slug={ctx.workspace.slug}
        agentId={agent.id}
        cases={cases.map((c) => ({ id: c.id, name: c.name, expected: c.expected, createdAt: c.createdAt }))}
        titles={Object.fromEntries(goals.map((g) => [g.key, g.title]))}
        canEdit={canEdit}
        actions={{ run: runTestSetAction, remove: deleteTestCaseAction }}
      />
    </div>
  );
}
