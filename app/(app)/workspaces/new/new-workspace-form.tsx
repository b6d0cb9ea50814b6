"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { createWorkspaceAction } from "./actions";

export function NewWorkspaceForm() {
  const [state, action] = useActionState(createWorkspaceAction, null);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label="Name" placeholder="e.g. Acme Dental" required autoFocus state={state} />
      <SubmitButton pendingText="Creating…">Create workspace</SubmitButton>
    </form>
  );
}
