import { Loader2Icon, SparklesIcon } from "lucide-react";
import { InsightsView } from "@/components/evaluation/insights-view";
import { OutcomeSummary } from "@/components/evaluation/outcome-card";
import { ReevaluateButton } from "@/components/evaluation/reevaluate-button";
import { VerdictList } from "@/components/evaluation/verdict-list";
import { DateTime } from "@/components/time-zone";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ConversationDetail } from "@/lib/conversations/get-conversation";
import { clearGoalOverrideAction, decideObjectiveAction, overrideGoalAction, overrideOutcomeAction, reevaluateAction } from "./actions";
import type { Review } from "./load-review";

const TRIGGER: Record<string, string> = { ingest: "when the call arrived", reevaluate: "on request", backfill: "by a backfill" };

/** EVALUATION RESULTS: goal verdicts, outcome and insights, or where the call stands until they exist. */
export function EvaluationSection({ conversation: c, review, slug, canReview }: { conversation: ConversationDetail; review: Review; slug: string; canReview: boolean }) {
  const { results } = review;
  const busy = c.status === "received" || c.status === "evaluating";
  if (!results) {
    const text =
      c.status === "failed"
        ? "The evaluation of this call failed; the timeline says why."
        : "Debrief judges each call against its agent's goals soon after it arrives. This page updates by itself when the verdicts are in.";
    return (
      <section aria-labelledby="evaluation-heading" data-testid="evaluation-results">
        <EmptyState
          icon={busy ? <Loader2Icon className="animate-spin motion-reduce:animate-none" /> : <SparklesIcon />}
          title={<span id="evaluation-heading">{busy ? "Evaluating…" : "Not evaluated"}</span>}
          titleAs="h2"
          description={text}
          className="py-8"
          action={canReview && c.status === "failed" ? <ReevaluateButton slug={slug} conversationId={c.id} action={reevaluateAction} /> : null}
        />
      </section>
    );
  }
  const controls = canReview ? { slug, conversationId: c.id, actions: { override: overrideGoalAction, clear: clearGoalOverrideAction, decide: decideObjectiveAction } } : undefined;
  const titles = Object.fromEntries(results.goals.map((g) => [g.key, g.title]));
  return (
    <section aria-labelledby="evaluation-heading" data-testid="evaluation-results" className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2 id="evaluation-heading">Goals</h2>
          </CardTitle>
          <CardDescription>
            {busy ? (
              <span className="inline-flex items-center gap-1.5">
                <Loader2Icon aria-hidden className="size-3.5 animate-spin motion-reduce:animate-none" />
                Being judged again…
              </span>
            ) : (
              <>
                Judged {TRIGGER[results.trigger] ?? results.trigger}, <DateTime value={results.createdAt} />. Press a verdict to see its evidence in the transcript.
              </>
            )}
          </CardDescription>
          {canReview ? (
            <CardAction>
              <ReevaluateButton slug={slug} conversationId={c.id} action={reevaluateAction} />
            </CardAction>
          ) : null}
        </CardHeader>
        <CardContent>
          <VerdictList verdicts={results.goals} review={controls} titles={titles} />
        </CardContent>
      </Card>
      <div className="grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Outcome</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <OutcomeSummary outcome={results.outcome} outcomes={review.outcomes} effects={review.effects} review={canReview ? { slug, conversationId: c.id, action: overrideOutcomeAction } : undefined} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Insights</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <InsightsView insights={results.insights} />
          </CardContent>
        </Card>
      </div>
    </section>
  );
}
