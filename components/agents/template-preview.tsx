import { Badge } from "@/components/ui/badge";
import type { AgentTemplate } from "@/lib/agents/templates/definitions";

/** Everything a template brings along, so nobody has to create an agent to find out. */
export function TemplatePreview({ template }: { template: AgentTemplate | null }) {
  if (!template) {
    return (
      <div className="grid gap-2 text-sm">
        <h3 className="font-medium">Start from scratch</h3>
        <p className="text-muted-foreground">An agent with no goals or insight fields that uses every outcome of the workspace. Add goals next: they say what a successful call looks like.</p>
      </div>
    );
  }
  return (
    <div className="grid gap-5 text-sm">
      <div className="grid gap-1">
        <h3 className="font-medium">{template.name}</h3>
        <p className="text-muted-foreground">{template.purpose}</p>
      </div>
      <section className="grid gap-2" aria-label="Goals in this template">
        <h4 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">Goals, in call-flow order</h4>
        <ol className="grid gap-2">
          {template.goals.map((goal, i) => (
            <li key={goal.key} className="grid gap-0.5">
              <span className="flex flex-wrap items-center gap-2 font-medium">
                <span className="text-muted-foreground tabular-nums">{i + 1}.</span> {goal.title}
                {goal.kind === "primary" ? <Badge>Primary</Badge> : null}
              </span>
              <span className="pl-5 text-muted-foreground">{goal.description}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="grid gap-2" aria-label="Outcomes in this template">
        <h4 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">Outcomes</h4>
        <ul className="flex flex-wrap gap-1.5">
          {template.outcomes.map((name) => (
            <li key={name}>
              <Badge variant="secondary">{name}</Badge>
            </li>
          ))}
          {template.customOutcomes.map((o) => (
            <li key={o.name}>
              <Badge variant="outline" title="Created in your workspace if it does not exist yet">
                {o.name} (new)
              </Badge>
            </li>
          ))}
        </ul>
      </section>
      <section className="grid gap-2" aria-label="Insight fields in this template">
        <h4 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">Insight fields</h4>
        <ul className="grid gap-1">
          {template.insightFields.map((f) => (
            <li key={f.name}>
              <code className="font-mono text-xs">{f.name}</code> <span className="text-muted-foreground">({f.type}{f.options ? `: ${f.options.join(", ")}` : ""}) {f.description}</span>
            </li>
          ))}
        </ul>
      </section>
      <p className="text-xs text-muted-foreground">Everything stays editable after the agent is created.</p>
    </div>
  );
}
