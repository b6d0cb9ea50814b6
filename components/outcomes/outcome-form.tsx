"use client";

import { useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { SaveButton } from "@/components/agents/save-button";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, FieldDescription, FieldError, describedBy } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

export interface OutcomeValues {
  id: string;
  name: string;
  description: string;
  color: string;
  isConversion: boolean;
  standard: boolean;
}

/** Create (no `outcome`) or edit an outcome. A standard outcome keeps its name, colour and conversion flag: only its wording changes. */
export function OutcomeForm({ slug, outcome, action, onDone, idPrefix }: { slug: string; outcome?: OutcomeValues; action: ServerAction; onDone?: () => void; idPrefix: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const { state, pending, run } = useServerAction(action, {
    form: true,
    onSuccess: () => {
      if (!outcome) formRef.current?.reset();
      onDone?.();
    },
  });
  const errors = state?.status === "error" ? state.fieldErrors : {};
  const id = (name: string) => `${idPrefix}-${name}`;
  const standard = outcome?.standard ?? false;
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
      {outcome ? <input type="hidden" name="outcomeId" value={outcome.id} /> : null}
      {standard ? <input type="hidden" name="standard" value="true" /> : null}
      <FormMessage state={state?.status === "error" ? state : null} />
      {standard ? null : <TextField name="name" label="Name" idPrefix={idPrefix} defaultValue={outcome?.name} placeholder="e.g. Refund Issued" error={errors.name} />}
      <Field>
        <Label htmlFor={id("description")}>When a call ends this way</Label>
        <Textarea
          id={id("description")}
          name="description"
          defaultValue={outcome?.description}
          placeholder="e.g. The agent issued a refund or confirmed one will be issued."
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(`${id("description")}-hint`, errors.description && `${id("description")}-error`)}
        />
        <FieldDescription id={`${id("description")}-hint`}>The evaluator reads this to decide whether a call ended this way: describe what is said or agreed.</FieldDescription>
        <FieldError id={`${id("description")}-error`} errors={errors.description} />
      </Field>
      {standard ? null : (
        <div className="flex flex-wrap items-end gap-6">
          <Field className="w-fit">
            <Label htmlFor={id("color")}>Colour</Label>
            <input id={id("color")} name="color" type="color" defaultValue={outcome?.color ?? "#64748b"} className="h-9 w-16 cursor-pointer rounded-md border border-input bg-transparent p-1" aria-invalid={errors.color ? true : undefined} />
            <FieldError errors={errors.color} />
          </Field>
          <div className="flex items-center gap-2 pb-2">
            <Checkbox id={id("isConversion")} name="isConversion" defaultChecked={outcome?.isConversion ?? false} />
            <Label htmlFor={id("isConversion")} className="font-normal">
              Counts as a conversion
            </Label>
          </div>
        </div>
      )}
      <SaveButton pending={pending} className="justify-self-start">
        {outcome ? "Save outcome" : "Create outcome"}
      </SaveButton>
    </form>
  );
}
