"use client";

import Link from "next/link";
import { PlusIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldDescription, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { controlProps, type SectionProps } from "./editor-types";
import { otherGoalErrors } from "./field-errors";
import { rowId, type OtherGoal } from "./goal-draft";

/**
 * Which objectives follow this one: always (nextRequired) or when a condition holds
 * (nextConditional). Errors: `nextRequired.<i>` beside that goal, `nextConditional.<key>` in
 * its row, and `goals.<key>.…` (a problem the change causes in another goal) with a link to it.
 */
export function NextStepsField({ draft, errors, update, others, goalHref }: SectionProps & { others: OtherGoal[]; goalHref: (key: string) => string }) {
  const titleOf = (key: string) => others.find((g) => g.key === key)?.title;
  // Keys saved earlier that are no longer active objectives stay visible, with their error.
  const choices = [...others.map((g) => g.key), ...draft.nextRequired.filter((k) => !titleOf(k))];
  const toggle = (key: string, on: boolean) => update("nextRequired", on ? [...draft.nextRequired, key] : draft.nextRequired.filter((k) => k !== key));
  const rows = draft.nextConditional;
  const used = new Set(rows.map((r) => r.key));
  const free = others.map((g) => g.key).filter((k) => !used.has(k));
  const setRow = (i: number, change: Partial<(typeof rows)[number]>) => update("nextConditional", rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const elsewhere = otherGoalErrors(errors);

  if (others.length === 0 && choices.length === 0 && rows.length === 0) {
    return <FieldDescription>This is the agent&apos;s only active goal. Once it has others, link them here in call-flow order.</FieldDescription>;
  }
  return (
    <div className="grid gap-6">
      <fieldset className="grid gap-2" aria-describedby="goal-next-required-description">
        <legend className="mb-1 text-sm font-medium">Always next</legend>
        <FieldDescription id="goal-next-required-description">Objectives that must follow this one in every call.</FieldDescription>
        <ul className="grid gap-2 sm:grid-cols-2">
          {choices.map((key) => {
            const index = draft.nextRequired.indexOf(key);
            const error = index >= 0 ? errors[`nextRequired.${index}`] : undefined;
            const id = `goal-next-${key}`;
            return (
              <li key={key} className="grid gap-1">
                <div className="flex items-center gap-2">
                  <Checkbox id={id} checked={index >= 0} onCheckedChange={(on) => toggle(key, on === true)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
                  <Label htmlFor={id} className="flex-wrap gap-x-2 gap-y-0.5 leading-snug font-normal">
                    {titleOf(key) ?? key} <code className="font-mono text-xs text-muted-foreground">{key}</code>
                  </Label>
                </div>
                <FieldError id={`${id}-error`} errors={error} className="pl-6" />
              </li>
            );
          })}
        </ul>
        <FieldError errors={errors.nextRequired} />
      </fieldset>

      <fieldset className="grid gap-2" aria-describedby="goal-next-conditional-description">
        <legend className="mb-1 text-sm font-medium">Next only if…</legend>
        <FieldDescription id="goal-next-conditional-description">Objectives the call moves on to when a condition holds, in words.</FieldDescription>
        {rows.map((row, i) => {
          const error = errors[`nextConditional.${row.key}`];
          const options = [row.key, ...free];
          return (
            <div key={row.rowId} className="grid gap-1">
              <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-2 sm:grid-cols-[14rem_minmax(0,1fr)_auto]">
                <NativeSelect aria-label={`Goal for condition ${i + 1}`} value={row.key} onChange={(e) => setRow(i, { key: e.target.value })}>
                  {options.map((key) => (
                    <NativeSelectOption key={key} value={key}>
                      {titleOf(key) ?? `${key} (not an active goal)`}
                    </NativeSelectOption>
                  ))}
                </NativeSelect>
                <Input {...controlProps(`goal-cond-${i}`, error)} className="order-3 col-span-2 sm:order-2 sm:col-span-1" aria-label={`Condition for ${titleOf(row.key) ?? row.key}`} value={row.condition} onChange={(e) => setRow(i, { condition: e.target.value })} placeholder="If the caller has never visited before" />
                <Button type="button" variant="ghost" size="icon" className="order-2 sm:order-3" aria-label={`Remove condition for ${titleOf(row.key) ?? row.key}`} onClick={() => update("nextConditional", rows.filter((_, j) => j !== i))}>
                  <XIcon aria-hidden />
                </Button>
              </div>
              <FieldError id={`goal-cond-${i}-error`} errors={error} />
            </div>
          );
        })}
        <Button type="button" variant="outline" size="sm" className="justify-self-start" disabled={free.length === 0} onClick={() => update("nextConditional", [...rows, { rowId: rowId(), key: free[0], condition: "" }])}>
          <PlusIcon aria-hidden />
          Add a conditional next step
        </Button>
      </fieldset>

      {elsewhere.length > 0 ? (
        <div className="grid gap-1" role="group" aria-label="Problems in other goals">
          {elsewhere.map((e) => (
            <p key={`${e.key}.${e.field}`} className="text-sm font-medium text-destructive">
              In <Link href={goalHref(e.key)} className="underline underline-offset-4">{titleOf(e.key) ?? e.key}</Link>: {e.message}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
