"use client";

import { LightbulbIcon } from "lucide-react";
import { Field, FieldDescription, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { vagueDescriptionReason } from "@/lib/goals/tips";
import { controlProps, type SectionProps } from "./editor-types";

/** Title, key and description: what the goal is and how a call is judged against it. */
export function GoalBasicsFields({ draft, errors, update, onTitle, keyHint }: SectionProps & { onTitle: (title: string) => void; keyHint: string }) {
  const vague = draft.description.trim() ? vagueDescriptionReason(draft.description) : null;
  return (
    <div className="grid gap-5">
      <Field>
        <Label htmlFor="goal-title">Title</Label>
        <Input {...controlProps("goal-title", errors.title)} value={draft.title} onChange={(e) => onTitle(e.target.value)} placeholder="e.g. Appointment booked" />
        <FieldError id="goal-title-error" errors={errors.title} />
      </Field>
      <Field>
        <Label htmlFor="goal-key">Key</Label>
        <Input {...controlProps("goal-key", errors.key, true)} value={draft.key} onChange={(e) => update("key", e.target.value)} className="font-mono" spellCheck={false} autoCapitalize="off" placeholder="appointment_booked" />
        <FieldDescription id="goal-key-description">{keyHint}</FieldDescription>
        <FieldError id="goal-key-error" errors={errors.key} />
      </Field>
      <Field>
        <Label htmlFor="goal-description">Description</Label>
        <Textarea {...controlProps("goal-description", errors.description, true)} value={draft.description} onChange={(e) => update("description", e.target.value)} className="min-h-24" placeholder="e.g. An appointment was booked and the agent confirmed the date, time and service back to the caller." />
        <FieldDescription id="goal-description-description">What must be said or agreed for the goal to count as achieved. Each call is judged by these words.</FieldDescription>
        <FieldError id="goal-description-error" errors={errors.description} />
        {vague ? (
          <p className="flex items-start gap-1.5 text-sm text-warning" data-testid="description-tip">
            <LightbulbIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
            <span>Tip: the description {vague}.</span>
          </p>
        ) : null}
      </Field>
    </div>
  );
}
