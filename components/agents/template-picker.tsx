import { FileIcon, LayoutTemplateIcon } from "lucide-react";
import type { AgentTemplate } from "@/lib/agents/templates/definitions";
import { cn } from "@/lib/utils";

/** Radio buttons drawn as cards: arrow keys move between them like any radio group. */
export function TemplatePicker({ templates, value, onChange }: { templates: AgentTemplate[]; value: string; onChange: (id: string) => void }) {
  const options = [{ id: "", name: "From scratch", summary: "No goals yet; add your own.", icon: FileIcon }, ...templates.map((t) => ({ id: t.id, name: t.name, summary: `${t.goals.length} goals · ${t.outcomes.length + t.customOutcomes.length} outcomes · ${t.insightFields.length} insight field${t.insightFields.length === 1 ? "" : "s"}`, icon: LayoutTemplateIcon }))];
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-3 text-sm font-medium">Start from</legend>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {options.map((option) => (
          <label
            key={option.id || "scratch"}
            className={cn(
              "flex cursor-pointer gap-3 rounded-lg border bg-card p-4 text-sm shadow-xs transition-colors hover:bg-accent/50",
              "has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
            )}
          >
            <input type="radio" name="template" value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} className="sr-only" />
            <option.icon className={cn("mt-0.5 size-4 shrink-0", value === option.id ? "text-primary" : "text-muted-foreground")} aria-hidden />
            <span className="grid gap-0.5">
              <span className="font-medium">{option.name}</span>
              <span className="text-xs text-muted-foreground">{option.summary}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
