"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { renameWorkspaceAction } from "./actions";

export function RenameWorkspaceForm({ slug, name, canEdit }: { slug: string; name: string; canEdit: boolean }) {
  const [state, action] = useActionState(renameWorkspaceAction, null);
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="workspace" value={slug} />
      <TextField
        name="name"
        label="Name"
        defaultValue={name}
        required
        disabled={!canEdit}
        description={canEdit ? undefined : "Only owners and admins can rename the workspace."}
        state={state}
      />
      {canEdit ? <SubmitButton className="justify-self-start" pendingText="Saving…">Save</SubmitButton> : null}
    </form>
  );
}
