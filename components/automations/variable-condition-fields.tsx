"use client";

import { XIcon } from "lucide-react";
import { controlProps } from "@/components/goals/editor-types";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { cn } from "@/lib/utils";
import type { VariableOp } from "./rule-draft";

export interface ConditionValue {
  name: string;
  goalKey?: string;
  op: VariableOp;
  value: string;
}

const OPS: { value: VariableOp; label: string }[] = [
  { value: "exists", label: "was captured" },
  { value: "equals", label: "equals" },
  { value: "contains", label: "contains" },
  { value: "gt", label: "is more than" },
];

interface Props {
  idPrefix: string;
  /** Distinguishes this row for screen readers, e.g. "condition 2". */
  label: string;
  value: ConditionValue;
  /** When given, the condition may be limited to one goal's variables. */
  goals?: { key: string; title: string }[];
  errorAt: (field: "name" | "goalKey" | "op" | "value") => string | undefined;
  onChange: (change: Partial<ConditionValue>) => void;
  onRemove?: () => void;
}

/** "<variable> [from goal] <op> <value>": one output-variable condition. */
export function VariableConditionFields({ idPrefix, label, value, goals, errorAt, onChange, onRemove }: Props) {
  const id = (f: string) => `${idPrefix}-${f}`;
  const needsValue = value.op !== "exists";
  return (
    <div className={cn("relative grid items-start gap-2", onRemove && "max-sm:rounded-lg max-sm:border max-sm:p-3 max-sm:pr-12", goals ? "sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_9rem_minmax(0,1fr)_auto]" : "sm:grid-cols-[minmax(0,1fr)_9rem_minmax(0,1fr)_auto]")}>
      <div className="grid gap-1">
        <Label htmlFor={id("name")} className="text-xs">
          Variable <span className="sr-only">of {label}</span>
        </Label>
        <Input {...controlProps(id("name"), errorAt("name"))} list="rule-variable-names" value={value.name} onChange={(e) => onChange({ name: e.target.value })} className="font-mono" spellCheck={false} placeholder="date" />
        <FieldError id={`${id("name")}-error`} errors={errorAt("name")} />
      </div>
      {goals ? (
        <div className="grid gap-1">
          <Label htmlFor={id("goalKey")} className="text-xs">
            From <span className="sr-only">{label}</span>
          </Label>
          <NativeSelect {...controlProps(id("goalKey"), errorAt("goalKey"))} value={value.goalKey ?? ""} onChange={(e) => onChange({ goalKey: e.target.value })}>
            <NativeSelectOption value="">Any goal</NativeSelectOption>
            {goals.map((g) => (
              <NativeSelectOption key={g.key} value={g.key}>
                {g.title}
              </NativeSelectOption>
            ))}
            {value.goalKey && !goals.some((g) => g.key === value.goalKey) ? <NativeSelectOption value={value.goalKey}>{value.goalKey}</NativeSelectOption> : null}
          </NativeSelect>
        </div>
      ) : null}
      <div className="grid gap-1">
        <Label htmlFor={id("op")} className="text-xs">
          Test <span className="sr-only">of {label}</span>
        </Label>
        <NativeSelect {...controlProps(id("op"), errorAt("op"))} value={value.op} onChange={(e) => onChange({ op: e.target.value as VariableOp })}>
          {OPS.map((op) => (
            <NativeSelectOption key={op.value} value={op.value}>
              {op.label}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor={id("value")} className="text-xs">
          Value <span className="sr-only">of {label}</span>
        </Label>
        <Input
          {...controlProps(id("value"), needsValue ? errorAt("value") : undefined)}
          value={needsValue ? value.value : ""}
          disabled={!needsValue}
          inputMode={value.op === "gt" ? "decimal" : undefined}
          placeholder={needsValue ? (value.op === "gt" ? "100" : "text") : "—"}
          onChange={(e) => onChange({ value: e.target.value })}
        />
        {needsValue ? <FieldError id={`${id("value")}-error`} errors={errorAt("value")} /> : null}
      </div>
      {onRemove ? (
        <Button type="button" variant="ghost" size="icon" className="max-sm:absolute max-sm:top-2 max-sm:right-1.5 sm:mt-5" aria-label={`Remove ${label}`} onClick={onRemove}>
          <XIcon aria-hidden />
        </Button>
      ) : null}
    </div>
  );
}
