"use client";

import { useRef, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, FieldError } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { VARIABLE_TYPES } from "@/lib/evaluation/types";
import { SaveButton } from "./save-button";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";

export interface InsightFieldValues {
  id: string;
  name: string;
  type: string;
  description: string;
  required: boolean;
  options: string[] | null;
}

/** Create (no `field`) or edit a custom insight field. Enum options are typed as a comma-separated list. */
export function InsightFieldForm({ slug, agentId, field, action, onDone, idPrefix }: { slug: string; agentId: string; field?: InsightFieldValues; action: ServerAction; onDone?: () => void; idPrefix: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [type, setType] = useState(field?.type ?? "string");
  const { state, pending, run } = useServerAction(action, {
    form: true,
    onSuccess: () => {
      if (!field) {
        formRef.current?.reset();
        setType("string");
      }
      onDone?.();
    },
  });
  const errors = state?.status === "error" ? state.fieldErrors : {};
  const optionsError = Object.entries(errors).find(([path]) => path.startsWith("options"))?.[1];
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form
      ref={formRef}
      noValidate
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        run(new FormData(event.currentTarget));
      }}
    >
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="agentId" value={agentId} />
      {field ? <input type="hidden" name="fieldId" value={field.id} /> : null}
      <FormMessage state={state?.status === "error" ? state : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label="Name" idPrefix={idPrefix} defaultValue={field?.name} placeholder="company_size" className="font-mono" spellCheck={false} error={errors.name} description="Letters, digits and underscores." />
        <Field>
          <Label htmlFor={id("type")}>Type</Label>
          <NativeSelect id={id("type")} name="type" defaultValue={type} onChange={(e) => setType(e.target.value)}>
            {VARIABLE_TYPES.map((t) => (
              <NativeSelectOption key={t} value={t}>
                {t}
              </NativeSelectOption>
            ))}
          </NativeSelect>
          <FieldError errors={errors.type} />
        </Field>
      </div>
      <TextField name="description" label="Description" idPrefix={idPrefix} defaultValue={field?.description} placeholder="Number of employees the prospect mentioned" error={errors.description} />
      {type === "enum" ? (
        <TextField name="options" label="Options, separated by commas" idPrefix={idPrefix} defaultValue={field?.options?.join(", ")} placeholder="billing, technical, other" error={optionsError} />
      ) : null}
      <div className="flex items-center gap-2">
        <Checkbox id={id("required")} name="required" defaultChecked={field?.required ?? false} />
        <Label htmlFor={id("required")} className="font-normal">
          Required: every call should yield a value
        </Label>
      </div>
      <SaveButton pending={pending} className="justify-self-start">
        {field ? "Save field" : "Add field"}
      </SaveButton>
    </form>
  );
}
