"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, signedInAs }: { token: string; signedInAs: string }) {
  const [state, action] = useActionState(acceptInvitationAction, null);
  return (
    <form action={action} className="grid gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-muted-foreground">Signed in as {signedInAs}.</p>
      <SubmitButton pendingText="Joining…">Accept invitation</SubmitButton>
    </form>
  );
}
