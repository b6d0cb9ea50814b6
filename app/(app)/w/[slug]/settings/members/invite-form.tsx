"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SecretReveal } from "@/components/forms/secret-reveal";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Field, FieldError } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { fieldError } from "@/lib/auth/action-state";
import { inviteMemberAction } from "../actions";
import { RoleOptions } from "./role-options";


export function InviteForm({ slug, canGrantOwner }: { slug: string; canGrantOwner: boolean }) {
  const [state, action] = useActionState(inviteMemberAction, null);
  const invited = state?.status === "success" ? state.data : undefined;
  return (
    <div className="grid gap-4">
      {invited ? (
        <SecretReveal
          title={`Invitation for ${invited.email}`}
          value={invited.link}
          note="Send this link to them; it works once, for that email address, for 7 days."
          testId="invite-link"
        />
      ) : (
        <FormMessage state={state} />
      )}
      <form action={action} className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end" noValidate>
        <input type="hidden" name="workspace" value={slug} />
        <TextField name="email" label="Email" type="email" placeholder="colleague@example.com" required state={state} idPrefix="invite" />
        <Field>
          <Label htmlFor="invite-role">Role</Label>
          <NativeSelect id="invite-role" name="role" defaultValue="member">
            <RoleOptions canGrantOwner={canGrantOwner} />
          </NativeSelect>
          <FieldError errors={fieldError(state, "role")} />
        </Field>
        <SubmitButton pendingText="Inviting…">Invite</SubmitButton>
      </form>
    </div>
  );
}
