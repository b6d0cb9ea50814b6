"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field, FieldDescription, FieldError } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { fieldError } from "@/lib/auth/action-state";
import { setTimeZoneAction } from "./actions";

/** The zone dashboards count days and weeks in; the server lists the IANA names it accepts. */
export function TimeZoneForm({ slug, timeZone, zones, canEdit }: { slug: string; timeZone: string; zones: { value: string; label: string }[]; canEdit: boolean }) {
  const [state, action] = useActionState(setTimeZoneAction, null);
  const error = fieldError(state, "timeZone");
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="workspace" value={slug} />
      <Field>
        <Label htmlFor="time-zone">Time zone</Label>
        <NativeSelect id="time-zone" name="timeZone" defaultValue={timeZone} disabled={!canEdit} aria-describedby="time-zone-description" aria-invalid={error ? true : undefined}>
          {zones.map((zone) => (
            <NativeSelectOption key={zone.value} value={zone.value}>
              {zone.label}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <FieldDescription id="time-zone-description">
          {canEdit ? "Times are shown in this zone, and the dashboard counts days and weeks in it. Changing it recounts every call." : "Only owners and admins can change it."}
        </FieldDescription>
        <FieldError id="time-zone-error" errors={error} />
      </Field>
      {canEdit ? (
        <SubmitButton className="justify-self-start" pendingText="Saving…">
          Save time zone
        </SubmitButton>
      ) : null}
    </form>
  );
}
