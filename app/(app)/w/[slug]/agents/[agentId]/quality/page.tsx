import type { Metadata } from "next";
import { AgreementTable } from "@/components/evaluation/agreement-table";
import { BackfillPanel } from "@/components/evaluation/backfill-panel";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { agreementByGoal } from "@/lib/evaluation/agreement";
import { latestBackfillForAgent } from "@/lib/evaluation/latest-backfill";
import { loadAgent } from "../load-agent";
import { cancelBackfillAction, getBackfillAction, previewBackfillAction, startBackfillAction } from "./actions";

type Props = { params: Promise<{ slug: string; agentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, agentId } = await params;
  return { title: `Quality · ${(await loadAgent(slug, agentId)).agent.name}` };
}

export default async function QualityPage({ params }: Props) {
  const { slug, agentId } = await params;
  const { ctx, agent } = await loadAgent(slug, agentId);
  const [agreement, latest] = await Promise.all([agreementByGoal(ctx, agent.id), latestBackfillForAgent(ctx, agent.id)]);
  const canReview = can(ctx.actor.role, "conversations.review");
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>Machine and people</h2>
          </CardTitle>
          <CardDescription>How often the machine&apos;s verdict matched a person&apos;s, goal by goal. A low rate means the goal&apos;s wording leaves room for doubt: refine it on the test bench.</CardDescription>
        </CardHeader>
        <CardContent>
          <AgreementTable rows={agreement} />
        </CardContent>
      </Card>
      {canReview ? (
        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Re-evaluate past calls</h2>
            </CardTitle>
            <CardDescription>Calls are judged once, against the goals in force when they ended. To judge older calls with today&apos;s goals (a goal added since included), run a backfill over a date range.</CardDescription>
          </CardHeader>
          <CardContent>
            <BackfillPanel
              slug={ctx.workspace.slug}
              agentId={agent.id}
              latest={latest}
              actions={{ preview: previewBackfillAction, start: startBackfillAction, get: getBackfillAction, cancel: cancelBackfillAction }}
            />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
