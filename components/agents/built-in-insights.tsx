"use client";

import { useState } from "react";
import { Switch } from "@/components/ui/switch";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";

const INSIGHTS = [
  { key: "summary", label: "Summary", hint: "A few sentences on what happened in the call." },
  { key: "sentiment", label: "Sentiment", hint: "How the customer felt: positive, neutral or negative." },
  { key: "topics", label: "Topics", hint: "What the call was about, as short tags." },
] as const;

type Insights = Record<(typeof INSIGHTS)[number]["key"], boolean>;

/** The three insights Debrief can produce for every call; each switch saves at once. */
export function BuiltInInsights({ slug, agentId, insights, action, readOnly }: { slug: string; agentId: string; insights: Insights; action: ServerAction; readOnly: boolean }) {
  const [values, setValues] = useState(insights);
  const { pending, run } = useServerAction(action, { onError: () => setValues(insights) });
  return (
    <ul className="grid gap-4">
      {INSIGHTS.map((insight) => (
        <li key={insight.key} className="flex items-start justify-between gap-4">
          <div className="grid gap-0.5">
            <label htmlFor={`insight-${insight.key}`} className="text-sm font-medium">
              {insight.label}
            </label>
            <p id={`insight-${insight.key}-hint`} className="text-sm text-muted-foreground">
              {insight.hint}
            </p>
          </div>
          <Switch
            id={`insight-${insight.key}`}
            aria-describedby={`insight-${insight.key}-hint`}
            checked={values[insight.key]}
            disabled={readOnly || pending}
            onCheckedChange={(enabled) => {
              setValues((v) => ({ ...v, [insight.key]: enabled }));
              run({ workspace: slug, agentId, insight: insight.key, enabled });
            }}
          />
        </li>
      ))}
    </ul>
  );
}
