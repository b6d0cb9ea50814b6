"use client";

import { useActionState, useState } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Card, CardContent } from "@/components/ui/card";
import { Field, FieldError } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/auth/action-state";
import { fieldError } from "@/lib/auth/action-state";
import type { AgentTemplate } from "@/lib/agents/templates/definitions";
import { TemplatePicker } from "./template-picker";
import { TemplatePreview } from "./template-preview";
import { useSuccessToast } from "@/components/forms/use-server-action";

type CreateAction = (previous: ActionState<{ id: string }> | null, input: FormData) => Promise<ActionState<{ id: string }>>;

export function NewAgentForm({ slug, templates, action }: { slug: string; templates: AgentTemplate[]; action: CreateAction }) {
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);
  const [templateId, setTemplateId] = useState("");
  const [name, setName] = useState("");
  const [purpose, setPurpose] = useState("");
  const template = templates.find((t) => t.id === templateId) ?? null;
  useSuccessToast(state, (data) => data && router.push(`/w/${slug}/agents/${data.id}`));

  const choose = (id: string) => {
    const previous = templates.find((t) => t.id === templateId);
    const next = templates.find((t) => t.id === id);
    // Fill in what the person has not written themselves.
    if (name === "" || name === previous?.name) setName(next?.name ?? "");
    if (purpose === "" || purpose === previous?.purpose) setPurpose(next?.purpose ?? "");
    setTemplateId(id);
  };

  return (
    <form action={formAction} className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr]" noValidate>
      <input type="hidden" name="workspace" value={slug} />
      {/* On narrow screens the preview sits between the choice and the form, so it is seen before creating. */}
      <div className="lg:col-start-1 lg:row-start-1">
        <TemplatePicker templates={templates} value={templateId} onChange={choose} />
      </div>
      <Card className="lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <CardContent>
          <TemplatePreview template={template} />
        </CardContent>
      </Card>
      <div className="lg:col-start-1 lg:row-start-2">
        <Card>
          <CardContent className="grid gap-4">
            <FormMessage state={state?.status === "error" ? state : null} />
            <TextField name="name" label="Agent name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Front desk" required error={fieldError(state, "name")} />
            <Field>
              <Label htmlFor="purpose">Purpose</Label>
              <Textarea id="purpose" name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} placeholder="What this agent's calls are for, in a sentence" aria-invalid={fieldError(state, "purpose") ? true : undefined} aria-describedby="purpose-error" />
              <FieldError id="purpose-error" errors={fieldError(state, "purpose")} />
            </Field>
            <SubmitButton className="justify-self-start" pendingText="Creating…">
              Create agent
            </SubmitButton>
          </CardContent>
        </Card>
      </div>
    </form>
  );
}
