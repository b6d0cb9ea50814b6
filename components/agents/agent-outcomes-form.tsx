"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { OutcomeSwatch } from "@/components/outcomes/outcome-swatch";
import { SaveButton } from "./save-button";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";

interface OutcomeOption {
  id: string;
  name: string;
  description: string;
  color: string;
  isConversion: boolean;
  hidden: boolean;
}

/** Which of the workspace's outcomes this agent's calls can end in; none ticked means all of them. */
export function AgentOutcomesForm({ slug, agentId, outcomes, selected, action, readOnly }: { slug: string; agentId: string; outcomes: OutcomeOption[]; selected: string[]; action: ServerAction; readOnly: boolean }) {
  const [chosen, setChosen] = useState(() => new Set(selected));
  const { pending, run } = useServerAction(action);
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    run({ workspace: slug, agentId, outcomeIds: outcomes.filter((o) => chosen.has(o.id)).map((o) => o.id) });
  };
  return (
    <form onSubmit={submit}>
      <fieldset disabled={readOnly} className="grid gap-4">
        <legend className="sr-only">Outcomes this agent uses</legend>
        <p className="text-sm font-medium" aria-live="polite">
          {chosen.size === 0 ? `Uses every outcome (${outcomes.length})` : `Uses ${chosen.size} of ${outcomes.length} outcomes`}
        </p>
        <ul className="grid gap-1">
          {outcomes.map((o) => (
            <li key={o.id}>
              <label className="flex cursor-pointer items-start gap-3 rounded-lg p-2 hover:bg-accent/50 has-[:disabled]:cursor-default">
                <Checkbox checked={chosen.has(o.id)} onCheckedChange={(on) => toggle(o.id, on === true)} className="mt-0.5" aria-describedby={`outcome-${o.id}-description`} />
                <span className="grid gap-0.5 text-sm">
                  <span className="flex flex-wrap items-center gap-2 font-medium">
                    <OutcomeSwatch color={o.color} />
                    {o.name}
                    {o.isConversion ? <Badge variant="success">Conversion</Badge> : null}
                    {o.hidden ? <Badge variant="secondary">Hidden</Badge> : null}
                  </span>
                  <span id={`outcome-${o.id}-description`} className="text-muted-foreground">
                    {o.description}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {readOnly ? null : (
          <div className="flex flex-wrap gap-2">
            <SaveButton pending={pending}>Save outcomes</SaveButton>
            {chosen.size > 0 ? (
              <button type="button" className="text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline" onClick={() => setChosen(new Set())}>
                Clear: use every outcome
              </button>
            ) : null}
          </div>
        )}
      </fieldset>
    </form>
  );
}
