"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldDescription, FieldError, describedBy } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { FieldErrors } from "@/components/goals/field-errors";

export interface PhoneRow {
  rowId: string;
  value: string;
}

/** Phone numbers as a list of inputs; `phoneNumbers.<i>` errors show beside row i. */
export function PhoneNumbersField({ rows, onChange, errors, newRow }: { rows: PhoneRow[]; onChange: (rows: PhoneRow[]) => void; errors: FieldErrors; newRow: () => PhoneRow }) {
  const set = (i: number, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, value } : r)));
  return (
    <fieldset className="grid gap-2" aria-describedby="phone-numbers-description">
      <legend className="mb-2 text-sm font-medium">Phone numbers</legend>
      <FieldDescription id="phone-numbers-description">Calls to or from these numbers belong to this agent. International format, e.g. +14155550100.</FieldDescription>
      {rows.map((row, i) => {
        const error = errors[`phoneNumbers.${i}`];
        const id = `phone-${i}`;
        return (
          <div key={row.rowId} className="grid gap-1">
            <div className="flex gap-2">
              <Input
                id={id}
                type="tel"
                autoComplete="off"
                value={row.value}
                onChange={(e) => set(i, e.target.value)}
                aria-label={`Phone number ${i + 1}`}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(error && `${id}-error`)}
                placeholder="+14155550100"
              />
              <Button type="button" variant="ghost" size="icon" aria-label={`Remove phone number ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                <XIcon aria-hidden />
              </Button>
            </div>
            <FieldError id={`${id}-error`} errors={error} />
          </div>
        );
      })}
      <FieldError errors={errors.phoneNumbers} />
      <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => onChange([...rows, newRow()])}>
        <PlusIcon aria-hidden />
        Add phone number
      </Button>
    </fieldset>
  );
}
