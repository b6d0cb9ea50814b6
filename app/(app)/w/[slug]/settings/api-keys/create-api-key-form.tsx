"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SecretReveal } from "@/components/forms/secret-reveal";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Field, FieldError } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { fieldError } from "@/lib/auth/action-state";
import { createApiKeyAction } from "../actions";


export function CreateApiKeyForm({ slug }: { slug: string }) {
  const [state, action] = useActionState(createApiKeyAction, null);
  const created = state?.status === "success" ? state.data : undefined;
  return (
    <div className="grid gap-4">
      {created ? (
        <SecretReveal
          title={`API key "${created.name}" created`}
          value={created.key}
          note="Copy it now: it is shown only once. Debrief keeps only a hash of it."
          testId="new-api-key"
        />
      ) : (
        <FormMessage state={state} />
      )}
      <form action={action} className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end" noValidate>
        <input type="hidden" name="workspace" value={slug} />
        <TextField name="name" label="Key name" placeholder="e.g. Vapi production" required state={state} />
        <Field>
          <Label htmlFor="role">Access</Label>
          <NativeSelect id="role" name="role" defaultValue="member">
            <NativeSelectOption value="member">Read and write</NativeSelectOption>
            <NativeSelectOption value="viewer">Read only</NativeSelectOption>
            <NativeSelectOption value="admin">Admin</NativeSelectOption>
          </NativeSelect>
          <FieldError errors={fieldError(state, "role")} />
        </Field>
        <SubmitButton pendingText="Creating…">Create key</SubmitButton>
      </form>
    </div>
  );
}
