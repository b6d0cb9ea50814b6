"use client";

import { useId, useRef } from "react";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";
import { SaveButton } from "@/components/agents/save-button";
import { DateTime } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";
import { Field, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

export interface ConversionView {
  id: string;
  eventType: string;
  profit: number | null;
  currency: string | null;
  source: string;
  occurredAt: Date | string;
}

const money = (value: number, currency: string | null) => {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency || "USD" }).format(value);
  } catch {
    return `${value} ${currency ?? ""}`.trim();
  }
};

/** The conversions recorded for this call (from call tracking, the pixel or a person). */
export function ConversionList({ conversions }: { conversions: ConversionView[] }) {
  if (conversions.length === 0) return <p className="text-sm text-muted-foreground">No conversion recorded for this call.</p>;
  return (
    <ul className="grid gap-2 text-sm" aria-label="Conversions">
      {conversions.map((c) => (
        <li key={c.id} data-testid="conversion" className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
          <Badge variant={c.eventType === "sale" ? "success" : "secondary"}>{c.eventType === "sale" ? "Sale" : "Lead"}</Badge>
          {c.profit != null ? <span className="font-medium tabular-nums">{money(c.profit, c.currency)}</span> : null}
          <span className="text-xs text-muted-foreground">
            {c.source === "manual" ? "by a person" : `via ${c.source}`} · <DateTime value={c.occurredAt} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A person marks the call as a lead or a sale, with the profit when known. */
export function MarkConversionForm({ slug, conversationId, action }: { slug: string; conversationId: string; action: ServerAction }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const { state, pending, run } = useServerAction(action, { form: true, onSuccess: () => form.current?.reset() });
  const errors = state?.status === "error" ? state.fieldErrors : {};
  return (
    <form
      ref={form}
      noValidate
      aria-label="Mark as conversion"
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        run({ workspace: slug, conversationId, eventType: data.get("eventType"), profit: data.get("profit") });
      }}
    >
      <div className="grid grid-cols-2 gap-2">
        <Field className="gap-1">
          <Label htmlFor={`${id}-type`} className="text-xs">
            Type
          </Label>
          <NativeSelect id={`${id}-type`} name="eventType" size="sm" defaultValue="lead">
            <NativeSelectOption value="lead">Lead</NativeSelectOption>
            <NativeSelectOption value="sale">Sale</NativeSelectOption>
          </NativeSelect>
        </Field>
        <Field className="gap-1">
          <Label htmlFor={`${id}-profit`} className="text-xs">
            Profit (optional)
          </Label>
          <Input id={`${id}-profit`} name="profit" inputMode="decimal" placeholder="e.g. 120" className="h-8" aria-invalid={errors.profit ? true : undefined} />
        </Field>
      </div>
      <FieldError errors={errors.profit ?? errors.eventType} />
      <SaveButton pending={pending} pendingText="Marking…" size="sm" variant="outline" className="justify-self-start">
        Mark as conversion
      </SaveButton>
    </form>
  );
}
