"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { controlProps } from "@/components/goals/editor-types";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldDescription, FieldError } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { memberLabel, type BuilderContext } from "./builder-context";
import { errorUnder, newRoutingRule, type ActionDraft, type RoutingRuleDraft } from "./rule-draft";
import { VariableConditionFields } from "./variable-condition-fields";

type Routing = Extract<ActionDraft, { type: "lead_routing" }>;

/** Who gets the lead: members in turn, or the first rule that matches. */
export function LeadRoutingFields({ index, action, errors, context, onChange }: { index: number; action: Routing; errors: Record<string, string>; context: BuilderContext; onChange: (a: Routing) => void }) {
  const id = (f: string) => `action-${index}-${f}`;
  const at = (f: string) => errorUnder(errors, `actions.${index}.${f}`);
  const setRule = (i: number, change: Partial<RoutingRuleDraft>) => onChange({ ...action, rules: action.rules.map((r, j) => (j === i ? { ...r, ...change } : r)) });
  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor={id("strategy")}>Strategy</Label>
        <NativeSelect {...controlProps(id("strategy"), at("strategy"))} value={action.strategy} onChange={(e) => onChange({ ...action, strategy: e.target.value as Routing["strategy"] })} containerClassName="sm:max-w-sm">
          <NativeSelectOption value="round_robin">Round robin: members in turn</NativeSelectOption>
          <NativeSelectOption value="rules">Rules: the first that matches</NativeSelectOption>
        </NativeSelect>
      </div>

      {action.strategy === "round_robin" ? (
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-sm font-medium">Members</legend>
          <div className="flex flex-wrap gap-2" aria-describedby={at("members") ? `${id("members")}-error` : undefined}>
            {context.members.map((m) => (
              <label key={m.userId} htmlFor={id(`member-${m.userId}`)} className="flex cursor-pointer items-center gap-2 rounded-md border px-2.5 py-1.5 text-sm has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5">
                <Checkbox
                  id={id(`member-${m.userId}`)}
                  checked={action.members.includes(m.userId)}
                  onCheckedChange={(on) => onChange({ ...action, members: on === true ? [...action.members, m.userId] : action.members.filter((u) => u !== m.userId) })}
                />
                {memberLabel(m)}
              </label>
            ))}
          </div>
          <FieldError id={`${id("members")}-error`} errors={at("members")} />
        </fieldset>
      ) : (
        <fieldset className="grid gap-3">
          <legend className="mb-2 text-sm font-medium">Routing rules</legend>
          <FieldDescription>Tried in order; the lead goes to the member of the first rule whose outcome and variable both match.</FieldDescription>
          {action.rules.length > 0 ? (
            <ol className="grid gap-3">
              {action.rules.map((rule, i) => {
                const rid = (f: string) => id(`rule-${i}-${f}`);
                const ruleAt = (f: string) => errors[`actions.${index}.rules.${i}.${f}`];
                return (
                  <li key={rule.rowId} className="relative grid gap-3 rounded-md border p-3 pr-12" aria-label={`Routing rule ${i + 1}`}>
                    <div className="grid gap-3 sm:grid-cols-2">
                      <div className="grid gap-1">
                        <Label htmlFor={rid("outcome")} className="text-xs">
                          Outcome <span className="sr-only">of routing rule {i + 1}</span>
                        </Label>
                        <NativeSelect id={rid("outcome")} value={rule.outcome} onChange={(e) => setRule(i, { outcome: e.target.value })}>
                          <NativeSelectOption value="">Any outcome</NativeSelectOption>
                          {context.outcomes.map((o) => (
                            <NativeSelectOption key={o.name} value={o.name}>
                              {o.name}
                            </NativeSelectOption>
                          ))}
                        </NativeSelect>
                      </div>
                      <div className="grid gap-1">
                        <Label htmlFor={rid("assignTo")} className="text-xs">
                          Assign to <span className="sr-only">for routing rule {i + 1}</span>
                        </Label>
                        <NativeSelect {...controlProps(rid("assignTo"), ruleAt("assignTo"))} value={rule.assignTo} onChange={(e) => setRule(i, { assignTo: e.target.value })}>
                          <NativeSelectOption value="">Choose a member…</NativeSelectOption>
                          {context.members.map((m) => (
                            <NativeSelectOption key={m.userId} value={m.userId}>
                              {memberLabel(m)}
                            </NativeSelectOption>
                          ))}
                        </NativeSelect>
                        <FieldError id={`${rid("assignTo")}-error`} errors={ruleAt("assignTo")} />
                      </div>
                    </div>
                    <VariableConditionFields
                      idPrefix={rid("var")}
                      label={`routing rule ${i + 1} (optional)`}
                      value={{ name: rule.variableName, op: rule.variableOp, value: rule.variableValue }}
                      errorAt={(f) => ruleAt(`variable.${f}`)}
                      onChange={(c) => setRule(i, { ...(c.name !== undefined && { variableName: c.name }), ...(c.op && { variableOp: c.op }), ...(c.value !== undefined && { variableValue: c.value }) })}
                    />
                    <Button type="button" variant="ghost" size="icon-sm" className="absolute top-2 right-2" aria-label={`Remove routing rule ${i + 1}`} onClick={() => onChange({ ...action, rules: action.rules.filter((_, j) => j !== i) })}>
                      <XIcon aria-hidden />
                    </Button>
                  </li>
                );
              })}
            </ol>
          ) : null}
          <FieldError errors={errors[`actions.${index}.rules`]} />
          <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => onChange({ ...action, rules: [...action.rules, newRoutingRule()] })}>
            <PlusIcon aria-hidden />
            Add routing rule
          </Button>
        </fieldset>
      )}

      <label className="flex items-center gap-2 text-sm" htmlFor={id("notify")}>
        <Checkbox id={id("notify")} checked={action.notify} onCheckedChange={(on) => onChange({ ...action, notify: on === true })} />
        Email the assigned member
      </label>
    </div>
  );
}
