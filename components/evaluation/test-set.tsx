"use client";

import { useState } from "react";
import { ListChecksIcon, Loader2Icon, PlayIcon, Trash2Icon } from "lucide-react";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";
import { DateTime } from "@/components/time-zone";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TestSetResults, type TestSetRun } from "./test-set-results";

interface Props {
  slug: string;
  agentId: string;
  cases: { id: string; name: string; expected: Record<string, string>; createdAt: Date }[];
  titles: Record<string, string>;
  canEdit: boolean;
  actions: { run: ServerAction<TestSetRun>; remove: ServerAction };
}

/** The agent's saved cases; running them shows how often the goals, as worded now, agree with a person. */
export function TestSet({ slug, agentId, cases, titles, canEdit, actions }: Props) {
  const [result, setResult] = useState<TestSetRun | null>(null);
  const run = useServerAction(actions.run, { toastSuccess: false, onSuccess: (data) => setResult(data ?? null) });
  const remove = useServerAction(actions.remove);
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Test set</h2>
        </CardTitle>
        <CardDescription>Calls saved with the verdicts a person expects. Run them after changing a goal&apos;s wording to see whether it got better.</CardDescription>
        {cases.length ? (
          <CardAction>
            <Button onClick={() => run.run({ workspace: slug, agentId })} disabled={run.pending}>
              {run.pending ? <Loader2Icon className="animate-spin" aria-hidden /> : <PlayIcon aria-hidden />}
              {run.pending ? "Running…" : "Run test set"}
            </Button>
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-6">
        {cases.length === 0 ? (
          <EmptyState icon={<ListChecksIcon />} title="No test cases yet" description={canEdit ? "Run the goals on a call above, then save it with the verdicts you expect." : "None have been saved for this agent."} className="py-8" />
        ) : (
          <ul className="divide-y rounded-lg border" aria-label="Test cases">
            {cases.map((c) => (
              <li key={c.id} data-testid="test-case" className="flex items-center gap-3 px-3 py-2 text-sm">
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{c.name}</span>
                  <span className="text-xs text-muted-foreground">
                    {Object.keys(c.expected).length} {Object.keys(c.expected).length === 1 ? "goal" : "goals"} checked · saved <DateTime value={c.createdAt} dateOnly />
                  </span>
                </span>
                {canEdit ? (
                  <Button variant="ghost" size="icon-sm" aria-label={`Delete test case ${c.name}`} disabled={remove.pending} onClick={() => remove.run({ workspace: slug, agentId, id: c.id })}>
                    <Trash2Icon aria-hidden />
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {result ? <TestSetResults run={result} titles={titles} /> : null}
      </CardContent>
    </Card>
  );
}
