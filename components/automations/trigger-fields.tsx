"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { controlProps } from "@/components/goals/editor-types";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldDescription, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { goalChoices, type BuilderContext } from "./builder-context";
import { GOAL_STATUS_LABELS } from "./describe";
import { errorUnder, newVariable, rowId, type GoalStatus, type RuleDraft, type TriggerEvent } from "./rule-draft";
import { VariableConditionFields } from "./variable-condition-fields";

export interface DraftProps {
  draft: RuleDraft;
  errors: Record<string, string>;
  update: <K extends keyof RuleDraft>(field: K, value: RuleDraft[K]) => void;
  context: BuilderContext;
}

/** When the rule runs: the event, then conditions that must all hold. */
export function TriggerFields({ draft, errors, update, context }: DraftProps) {
  const goals = goalChoices(context, draft.agentId);
  const variableNames = [...new Set(goals.flatMap((g) => g.variables))];
  const setGoal = (i: number, change: Partial<RuleDraft["goals"][number]>) => update("goals", draft.goals.map((g, j) => (j === i ? { ...g, ...change } : g)));
  const toggleOutcome = (name: string, on: boolean) => update("outcomes", on ? [...draft.outcomes, name] : draft.outcomes.filter((o) => o !== name));
  // A saved outcome that was since renamed or archived still shows, so it can be unticked.
  const outcomeNames = [...context.outcomes.map((o) => o.name), ...draft.outcomes.filter((o) => !context.outcomes.some((c) => c.name === o))];

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <Label htmlFor="rule-event">Event</Label>
        <NativeSelect {...controlProps("rule-event", errors["trigger.event"], true)} value={draft.event} onChange={(e) => update("event", e.target.value as TriggerEvent)} containerClassName="sm:max-w-sm">
          <NativeSelectOption value="conversation.evaluated">A call is evaluated</NativeSelectOption>
          <NativeSelectOption value="conversion.recorded">A conversion is recorded for a call</NativeSelectOption>
        </NativeSelect>
        <FieldDescription id="rule-event-description">
          {draft.event === "conversation.evaluated" ? "Runs once per call, after Debrief has judged it (and again only if a person changes the verdict)." : "Runs when a sale or lead is reported for a call through the conversions API, the pixel or by hand."}
        </FieldDescription>
        <FieldError id="rule-event-error" errors={errors["trigger.event"]} />
      </div>

      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">Outcome is any of</legend>
        {outcomeNames.length === 0 ? (
          <FieldDescription>No outcomes in this workspace yet.</FieldDescription>
        ) : (
          <div className="flex flex-wrap gap-2">
            {outcomeNames.map((name, i) => {
              const id = `rule-outcome-${i}`;
              const color = context.outcomes.find((o) => o.name === name)?.color;
              return (
                <label key={name} htmlFor={id} className="flex cursor-pointer items-center gap-2 rounded-md border px-2.5 py-1.5 text-sm has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5">
                  <Checkbox id={id} checked={draft.outcomes.includes(name)} onCheckedChange={(on) => toggleOutcome(name, on === true)} />
                  {color ? <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: color }} /> : null}
                  {name}
                </label>
              );
            })}
          </div>
        )}
        <FieldDescription>None ticked: any outcome.</FieldDescription>
        <FieldError errors={errorUnder(errors, "trigger.outcomes")} />
      </fieldset>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-medium">Goal conditions</legend>
        {draft.goals.length > 0 ? (
          <ol className="grid gap-2">
            {draft.goals.map((goal, i) => {
              const id = (f: string) => `rule-goal-${i}-${f}`;
              const keyError = errors[`trigger.goals.${i}.key`];
              const known = goal.key === "primary" || goals.some((g) => g.key === goal.key);
              return (
                <li key={goal.rowId} className="relative grid items-start gap-2 max-sm:rounded-lg max-sm:border max-sm:p-3 max-sm:pr-12 sm:grid-cols-[minmax(0,1fr)_12rem_auto]" aria-label={`Goal condition ${i + 1}`}>
                  <div className="grid gap-1">
                    <Label htmlFor={id("key")} className="sr-only">
                      Goal of condition {i + 1}
                    </Label>
                    <NativeSelect {...controlProps(id("key"), keyError)} value={goal.key} onChange={(e) => setGoal(i, { key: e.target.value })}>
                      <NativeSelectOption value="primary">The primary goal</NativeSelectOption>
                      {goals.map((g) => (
                        <NativeSelectOption key={g.key} value={g.key}>
                          {g.title}
                        </NativeSelectOption>
                      ))}
                      {known ? null : <NativeSelectOption value={goal.key}>{goal.key} (not a goal of this agent)</NativeSelectOption>}
                    </NativeSelect>
                    <FieldError id={`${id("key")}-error`} errors={keyError} />
                  </div>
                  <div className="grid gap-1">
                    <Label htmlFor={id("status")} className="sr-only">
                      Status of condition {i + 1}
                    </Label>
                    <NativeSelect {...controlProps(id("status"), errors[`trigger.goals.${i}.status`])} value={goal.status} onChange={(e) => setGoal(i, { status: e.target.value as GoalStatus })}>
                      {Object.entries(GOAL_STATUS_LABELS).map(([value, label]) => (
                        <NativeSelectOption key={value} value={value}>
                          is {label}
                        </NativeSelectOption>
                      ))}
                    </NativeSelect>
                  </div>
                  <Button type="button" variant="ghost" size="icon" className="max-sm:absolute max-sm:top-2 max-sm:right-1.5" aria-label={`Remove goal condition ${i + 1}`} onClick={() => update("goals", draft.goals.filter((_, j) => j !== i))}>
                    <XIcon aria-hidden />
                  </Button>
                </li>
              );
            })}
          </ol>
        ) : null}
        <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => update("goals", [...draft.goals, { rowId: rowId(), key: "primary", status: "achieved" }])}>
          <PlusIcon aria-hidden />
          Add goal condition
        </Button>
      </fieldset>

      <div className="grid gap-2">
        <Label htmlFor="rule-sentiment">Sentiment below</Label>
        <Input
          {...controlProps("rule-sentiment", errors["trigger.sentimentBelow"], true)}
          type="number"
          inputMode="decimal"
          step="0.1"
          min={-1}
          max={1}
          placeholder="e.g. -0.3"
          className="sm:max-w-40"
          value={draft.sentimentBelow}
          onChange={(e) => update("sentimentBelow", e.target.value)}
        />
        <FieldDescription id="rule-sentiment-description">From −1 (very negative) to 1 (very positive). Empty: any sentiment.</FieldDescription>
        <FieldError id="rule-sentiment-error" errors={errors["trigger.sentimentBelow"]} />
      </div>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-medium">Variable conditions</legend>
        <datalist id="rule-variable-names">
          {variableNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {draft.variables.length > 0 ? (
          <ol className="grid gap-2">
            {draft.variables.map((variable, i) => (
              <li key={variable.rowId} aria-label={`Variable condition ${i + 1}`}>
                <VariableConditionFields
                  idPrefix={`rule-var-${i}`}
                  label={`condition ${i + 1}`}
                  value={{ name: variable.name, goalKey: variable.goalKey, op: variable.op, value: variable.value }}
                  goals={goals}
                  errorAt={(f) => errors[`trigger.variables.${i}.${f}`]}
                  onChange={(change) => update("variables", draft.variables.map((v, j) => (j === i ? { ...v, ...change } : v)))}
                  onRemove={() => update("variables", draft.variables.filter((_, j) => j !== i))}
                />
              </li>
            ))}
          </ol>
        ) : null}
        <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => update("variables", [...draft.variables, newVariable()])}>
          <PlusIcon aria-hidden />
          Add variable condition
        </Button>
      </fieldset>
    </div>
  );
}
