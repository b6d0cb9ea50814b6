"use client";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { EvaluationResult, Turn } from "@/lib/evaluation/types";
import { EvidenceProvider } from "./evidence-context";
import { EvidenceToggle } from "./evidence-toggle";
import { HighlightedTranscript } from "./highlighted-transcript";
import { InsightsView } from "./insights-view";
import type { VerdictView } from "./types";
import { VerdictList } from "./verdict-list";
import { formatUsd, percent } from "./verdict-status";

export interface BenchGoal {
  key: string;
  title: string;
  kind: string;
  revision: number;
}

export function benchVerdicts(result: EvaluationResult, goals: readonly BenchGoal[]): VerdictView[] {
  return result.goals.map((g) => {
    const goal = goals.find((d) => d.key === g.key);
    return { ...g, title: goal?.title ?? g.key, kind: goal?.kind ?? "secondary", revision: goal?.revision, effectiveStatus: g.status, branch: g.branch ?? null, human: null };
  });
}

/** A bench run: verdicts beside the transcript as judged, the outcome and insights. Nothing here is stored. */
export function BenchResults({ transcript, result, goals }: { transcript: Turn[]; result: EvaluationResult; goals: readonly BenchGoal[] }) {
  const titles = Object.fromEntries(goals.map((g) => [g.key, g.title]));
  return (
    <EvidenceProvider>
      <div className="grid items-start gap-6 lg:grid-cols-2" data-testid="bench-results">
        <div className="grid gap-6">
          <Card>
            <CardHeader>
              <CardTitle asChild>
                <h2>Verdicts</h2>
              </CardTitle>
              <CardDescription>
                Judged now with the goals as worded today · {result.usage.model ?? result.usage.engine} · {formatUsd(result.usage.costUsd)} · {Math.round(result.usage.durationMs)} ms
              </CardDescription>
            </CardHeader>
            <CardContent>
              <VerdictList verdicts={benchVerdicts(result, goals)} titles={titles} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle asChild>
                <h2>Outcome and insights</h2>
              </CardTitle>
            </CardHeader>
            <CardContent className="grid gap-4">
              <div className="grid gap-1">
                <p className="font-medium">
                  {result.outcome.name} <span className="text-sm font-normal text-muted-foreground tabular-nums">({percent(result.outcome.confidence)} confident)</span>
                </p>
                <p className="text-sm text-muted-foreground">{result.outcome.rationale}</p>
                <EvidenceToggle id="outcome" evidence={result.outcome.evidence} label="Show the outcome's evidence" />
              </div>
              <InsightsView insights={result.insights} />
            </CardContent>
          </Card>
        </div>
        <Card className="lg:sticky lg:top-4 lg:max-h-[calc(100svh-2rem)] lg:overflow-y-auto">
          <CardHeader>
            <CardTitle asChild>
              <h2>Transcript as judged</h2>
            </CardTitle>
            <CardDescription>
              {transcript.length} {transcript.length === 1 ? "turn" : "turns"}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <HighlightedTranscript turns={transcript} agentName="Agent" customerName="Customer" />
          </CardContent>
        </Card>
      </div>
    </EvidenceProvider>
  );
}
