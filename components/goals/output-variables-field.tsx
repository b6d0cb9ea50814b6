"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldDescription, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { VARIABLE_TYPES, type VariableType } from "@/lib/evaluation/types";
import { controlProps, type SectionProps } from "./editor-types";
import { rowId, type VariableDraft } from "./goal-draft";

/** The values a call that achieves the goal should yield; `outputVariables.<i>.<field>` errors show in row i. */
export function OutputVariablesField({ draft, errors, update }: SectionProps) {
  const rows = draft.outputVariables;
  const set = (i: number, change: Partial<VariableDraft>) => update("outputVariables", rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <div className="grid gap-3">
      <FieldDescription>Values to pull out of a call that achieves this goal, e.g. the booked date or the caller&apos;s email.</FieldDescription>
      {rows.length > 0 ? (
        <ol className="grid gap-3">
          {rows.map((row, i) => {
            const at = (field: string) => errors[`outputVariables.${i}.${field}`];
            const optionsError = Object.entries(errors).find(([path]) => path.startsWith(`outputVariables.${i}.options`))?.[1];
            const id = (field: string) => `goal-var-${i}-${field}`;
            return (
              <li key={row.rowId} className="relative grid gap-3 rounded-lg border p-3 sm:grid-cols-[minmax(0,10rem)_8rem_minmax(0,1fr)_auto]" aria-label={`Variable ${i + 1}`}>
                <div className="grid content-start gap-1.5">
                  <Label htmlFor={id("name")} className="text-xs">
                    <span className="sr-only">Variable {i + 1}</span> Name
                  </Label>
                  <Input {...controlProps(id("name"), at("name"))} value={row.name} onChange={(e) => set(i, { name: e.target.value })} className="font-mono" spellCheck={false} placeholder="booked_date" />
                  <FieldError id={`${id("name")}-error`} errors={at("name")} />
                </div>
                <div className="grid content-start gap-1.5">
                  <Label htmlFor={id("type")} className="text-xs">
                    <span className="sr-only">Variable {i + 1}</span> Type
                  </Label>
                  <NativeSelect {...controlProps(id("type"), at("type"))} value={row.type} onChange={(e) => set(i, { type: e.target.value as VariableType })}>
                    {VARIABLE_TYPES.map((t) => (
                      <NativeSelectOption key={t} value={t}>
                        {t}
                      </NativeSelectOption>
                    ))}
                  </NativeSelect>
                  <FieldError id={`${id("type")}-error`} errors={at("type")} />
                </div>
                <div className="grid content-start gap-1.5">
                  <Label htmlFor={id("description")} className="text-xs">
                    <span className="sr-only">Variable {i + 1}</span> Description
                  </Label>
                  <Input {...controlProps(id("description"), at("description"))} value={row.description} onChange={(e) => set(i, { description: e.target.value })} placeholder="the day the appointment is booked for" />
                  <FieldError id={`${id("description")}-error`} errors={at("description")} />
                </div>
                <Button type="button" variant="ghost" size="icon-sm" className="absolute top-1.5 right-1.5 sm:static sm:mt-5 sm:self-start" aria-label={`Remove variable ${row.name || i + 1}`} onClick={() => update("outputVariables", rows.filter((_, j) => j !== i))}>
                  <XIcon aria-hidden />
                </Button>
                {row.type === "enum" ? (
                  <div className="grid gap-1.5 sm:col-span-3">
                    <Label htmlFor={id("options")} className="text-xs">
                      <span className="sr-only">Variable {i + 1}</span> Options, separated by commas
                    </Label>
                    <Input {...controlProps(id("options"), optionsError)} value={row.options} onChange={(e) => set(i, { options: e.target.value })} placeholder="morning, afternoon, evening" />
                    <FieldError id={`${id("options")}-error`} errors={optionsError} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <FieldError errors={errors.outputVariables} />
      <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => update("outputVariables", [...rows, { rowId: rowId(), name: "", type: "string", description: "", options: "" }])}>
        <PlusIcon aria-hidden />
        Add variable
      </Button>
    </div>
  );
}
