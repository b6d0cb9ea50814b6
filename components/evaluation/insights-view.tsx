import { FrownIcon, MehIcon, SmileIcon } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { VariableValue } from "@/lib/evaluation/types";
import { VariablesTable } from "./variables-table";

const SENTIMENT: Record<string, { label: string; variant: BadgeProps["variant"]; Icon: typeof SmileIcon }> = {
  positive: { label: "Positive", variant: "success", Icon: SmileIcon },
  neutral: { label: "Neutral", variant: "secondary", Icon: MehIcon },
  negative: { label: "Negative", variant: "destructive", Icon: FrownIcon },
};

interface Insights {
  sentiment: { label: string; score: number | null } | null;
  summary: string | null;
  topics: string[];
  fields: Record<string, VariableValue>;
}

/** Sentiment, summary, topics and the agent's custom insight fields. */
export function InsightsView({ insights }: { insights: Insights }) {
  const { sentiment, summary, topics, fields } = insights;
  const s = sentiment ? (SENTIMENT[sentiment.label] ?? { label: sentiment.label, variant: "outline" as const, Icon: MehIcon }) : null;
  const nothing = !sentiment && !summary && topics.length === 0 && Object.keys(fields).length === 0;
  if (nothing) return <p className="text-sm text-muted-foreground">No insights were produced for this call (they are switched off for this agent).</p>;
  return (
    <div className="grid gap-4 text-sm">
      {s && sentiment ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-muted-foreground">Sentiment</span>
          <Badge variant={s.variant} data-testid="sentiment">
            <s.Icon aria-hidden />
            {s.label}
            {sentiment.score != null ? <span className="tabular-nums opacity-80">{sentiment.score > 0 ? "+" : ""}{sentiment.score.toFixed(2)}</span> : null}
          </Badge>
        </div>
      ) : null}
      {summary ? <p className="leading-relaxed">{summary}</p> : null}
      {topics.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Topics">
          {topics.map((topic) => (
            <li key={topic}>
              <Badge variant="outline">{topic}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {Object.keys(fields).length ? (
        <div className="grid gap-1">
          <h3 className="text-xs font-medium text-muted-foreground">Custom fields</h3>
          <VariablesTable variables={fields} label="Custom insight fields" />
        </div>
      ) : null}
    </div>
  );
}
