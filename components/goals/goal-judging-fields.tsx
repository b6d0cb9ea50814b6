"use client";

import { TriangleAlertIcon } from "lucide-react";
import { Field, FieldDescription, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { cn } from "@/lib/utils";
import { controlProps, type SectionProps } from "./editor-types";

const KINDS = [
  { value: "primary", label: "Primary", hint: "Defines a successful call; the success rate is measured on it. One per agent." },
  { value: "secondary", label: "Secondary", hint: "An objective along the way, reported on its own." },
] as const;

/** Kind, confirmation, modality and callback: how and when the goal is judged. */
export function GoalJudgingFields({ draft, errors, update, demotes }: SectionProps & { demotes: string | null }) {
  return (
    <div className="grid gap-5">
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">Kind</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {KINDS.map((kind) => (
            <label
              key={kind.value}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm transition-colors hover:bg-accent/50",
                "has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50 has-[:disabled]:cursor-default",
              )}
            >
              <input type="radio" name="goal-kind" value={kind.value} checked={draft.kind === kind.value} onChange={() => update("kind", kind.value)} className="mt-0.5 accent-primary" />
              <span className="grid gap-0.5">
                <span className="font-medium">{kind.label}</span>
                <span className="text-xs text-muted-foreground">{kind.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {demotes ? (
          <p className="flex items-start gap-1.5 text-sm text-warning" role="status">
            <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
            <span>
              Saving makes this the primary goal: <strong className="font-medium">{demotes}</strong> becomes secondary.
            </span>
          </p>
        ) : null}
        <FieldError errors={errors.kind} />
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field>
          <Label htmlFor="goal-confirmation">Confirmation</Label>
          <NativeSelect {...controlProps("goal-confirmation", errors.confirmationMode)} value={draft.confirmationMode} onChange={(e) => update("confirmationMode", e.target.value as "auto" | "manual")}>
            <NativeSelectOption value="auto">Automatic: judged from the transcript</NativeSelectOption>
            <NativeSelectOption value="manual">Manual: a reviewer confirms it</NativeSelectOption>
          </NativeSelect>
          <FieldError id="goal-confirmation-error" errors={errors.confirmationMode} />
        </Field>
        <Field>
          <Label htmlFor="goal-modality">Modality</Label>
          <NativeSelect {...controlProps("goal-modality", errors.modality)} value={draft.modality} onChange={(e) => update("modality", e.target.value as "verbal" | "visual")}>
            <NativeSelectOption value="verbal">Verbal: said in the call</NativeSelectOption>
            <NativeSelectOption value="visual">Visual: seen on video</NativeSelectOption>
          </NativeSelect>
          <FieldError id="goal-modality-error" errors={errors.modality} />
        </Field>
      </div>
      <Field>
        <Label htmlFor="goal-callbackUrl">Callback URL</Label>
        <Input {...controlProps("goal-callbackUrl", errors.callbackUrl, true)} type="url" inputMode="url" value={draft.callbackUrl} onChange={(e) => update("callbackUrl", e.target.value)} placeholder="https://example.com/hooks/goal" spellCheck={false} />
        <FieldDescription id="goal-callbackUrl-description">Optional. An https address told when a call achieves this goal.</FieldDescription>
        <FieldError id="goal-callbackUrl-error" errors={errors.callbackUrl} />
      </Field>
    </div>
  );
}
