"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { signUpAction } from "../actions";

export function SignUpForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const [state, action] = useActionState(signUpAction, null);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField name="name" label="Your name" autoComplete="name" required autoFocus state={state} />
      <TextField name="email" label="Work email" type="email" autoComplete="email" required defaultValue={email} state={state} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        description="At least 10 characters. A short sentence works well."
        state={state}
      />
      <TextField name="workspaceName" label="Team or company" placeholder="Optional — you can rename it later" state={state} />
      <SubmitButton pendingText="Creating your workspace…">Create account</SubmitButton>
    </form>
  );
}
