"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { Field, FieldDescription, FieldError, describedBy } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { rowId } from "@/components/goals/goal-draft";
import { PhoneNumbersField, type PhoneRow } from "./phone-numbers-field";
import { SaveButton } from "./save-button";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";

interface AgentFields {
  id: string;
  name: string;
  purpose: string;
  prompt: string | null;
  phoneNumbers: string[];
}

const toRows = (numbers: string[]): PhoneRow[] => numbers.map((value) => ({ rowId: rowId(), value }));

/** Name, purpose, prompt and phone numbers. Read-only (a disabled fieldset, no button) for viewers. */
export function AgentForm({ slug, agent, action, readOnly }: { slug: string; agent: AgentFields; action: ServerAction; readOnly: boolean }) {
  const [name, setName] = useState(agent.name);
  const [purpose, setPurpose] = useState(agent.purpose);
  const [prompt, setPrompt] = useState(agent.prompt ?? "");
  const [phones, setPhones] = useState(() => toRows(agent.phoneNumbers));
  const { state, pending, run } = useServerAction(action, { form: true });
  const errors = state?.status === "error" ? state.fieldErrors : {};

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // Blank rows are dropped first, so error indexes match the rows still shown.
    const kept = phones.filter((p) => p.value.trim() !== "");
    setPhones(kept);
    run({ workspace: slug, agentId: agent.id, name, purpose, prompt, phoneNumbers: kept.map((p) => p.value) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={readOnly} className="grid gap-5">
        <FormMessage state={state?.status === "error" ? state : null} />
        <TextField name="name" label="Name" value={name} onChange={(e) => setName(e.target.value)} required error={errors.name} />
        <Field>
          <Label htmlFor="purpose">Purpose</Label>
          <Textarea id="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} aria-invalid={errors.purpose ? true : undefined} aria-describedby={describedBy("purpose-description", errors.purpose && "purpose-error")} />
          <FieldDescription id="purpose-description">What this agent&apos;s calls are for, in a sentence or two.</FieldDescription>
          <FieldError id="purpose-error" errors={errors.purpose} />
        </Field>
        <Field>
          <Label htmlFor="prompt">Prompt or script</Label>
          <Textarea id="prompt" value={prompt} onChange={(e) => setPrompt(e.target.value)} className="max-h-96 min-h-32 font-mono text-xs md:text-xs" aria-invalid={errors.prompt ? true : undefined} aria-describedby={describedBy("prompt-description", errors.prompt && "prompt-error")} />
          <FieldDescription id="prompt-description">The system prompt or call script your voice agent follows, kept here for reference. Optional.</FieldDescription>
          <FieldError id="prompt-error" errors={errors.prompt} />
        </Field>
        <PhoneNumbersField rows={phones} onChange={setPhones} errors={errors} newRow={() => ({ rowId: rowId(), value: "" })} />
        {readOnly ? null : (
          <SaveButton pending={pending} className="justify-self-start">
            Save changes
          </SaveButton>
        )}
      </fieldset>
    </form>
  );
}
