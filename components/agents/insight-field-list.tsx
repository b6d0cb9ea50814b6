"use client";

import { useState } from "react";
import { PencilIcon } from "lucide-react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { InsightFieldForm, type InsightFieldValues } from "./insight-field-form";
import type { ServerAction } from "@/components/forms/use-server-action";

type ConfirmAction = React.ComponentProps<typeof ConfirmActionButton>["action"];

/** The agent's custom insight fields, each with edit (a dialog) and delete (confirmed). */
export function InsightFieldList({ slug, agentId, fields, canEdit, actions }: { slug: string; agentId: string; fields: InsightFieldValues[]; canEdit: boolean; actions: { update: ServerAction; remove: ConfirmAction } }) {
  return (
    <ul className="divide-y rounded-lg border" aria-label="Custom insight fields">
      {fields.map((field) => (
        <li key={field.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start">
          <div className="grid min-w-0 flex-1 gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <code className="font-mono text-sm font-medium">{field.name}</code>
              <Badge variant="secondary">{field.type}</Badge>
              {field.required ? <Badge variant="outline">Required</Badge> : null}
            </div>
            {field.description ? <p className="text-sm text-muted-foreground">{field.description}</p> : null}
            {field.options?.length ? <p className="text-xs text-muted-foreground">Options: {field.options.join(", ")}</p> : null}
          </div>
          {canEdit ? (
            <div className="flex shrink-0 gap-2">
              <EditFieldDialog slug={slug} agentId={agentId} field={field} action={actions.update} />
              <ConfirmActionButton
                action={actions.remove}
                input={{ workspace: slug, agentId, fieldId: field.id }}
                title={`Delete the field "${field.name}"?`}
                description="New calls no longer yield it. Values already extracted from past calls are kept."
                confirmLabel="Delete field"
                aria-label={`Delete ${field.name}`}
                variant="ghost"
                className="text-destructive hover:text-destructive"
              >
                Delete
              </ConfirmActionButton>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function EditFieldDialog({ slug, agentId, field, action }: { slug: string; agentId: string; field: InsightFieldValues; action: ServerAction }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Edit ${field.name}`}>
          <PencilIcon aria-hidden />
          Edit
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit field</DialogTitle>
          <DialogDescription>Changes apply to calls evaluated from now on.</DialogDescription>
        </DialogHeader>
        <InsightFieldForm slug={slug} agentId={agentId} field={field} action={action} onDone={() => setOpen(false)} idPrefix={`edit-${field.id}`} />
      </DialogContent>
    </Dialog>
  );
}
