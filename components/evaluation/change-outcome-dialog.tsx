"use client";

import { useId, useState } from "react";
import { Loader2Icon, RepeatIcon } from "lucide-react";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";
import { EffectsList } from "@/components/conversations/effects-list";
import type { EffectView } from "@/components/conversations/effects";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field, FieldError } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";

interface Props {
  slug: string;
  conversationId: string;
  outcomes: { id: string; name: string }[];
  currentId: string | null;
  /** Effects already done for this call: they are not repeated for the new outcome. */
  done: EffectView[];
  action: ServerAction;
}

/** A person picks the outcome that counts; automations for the new outcome run, what already happened is listed. */
export function ChangeOutcomeDialog({ slug, conversationId, outcomes, currentId, done, action }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const { state, pending, run } = useServerAction(action, { form: true, onSuccess: () => setOpen(false) });
  const errors = state?.status === "error" ? state.fieldErrors : {};
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <RepeatIcon aria-hidden />
          Change outcome
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Change the outcome</DialogTitle>
          <DialogDescription>The outcome you pick counts from now on; the machine&apos;s stays on record. Automations for the new outcome run.</DialogDescription>
        </DialogHeader>
        <form
          id={`${id}-form`}
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            run({ workspace: slug, conversationId, outcomeId: data.get("outcomeId"), note: data.get("note") });
          }}
        >
          <Field>
            <Label htmlFor={`${id}-outcome`}>Outcome</Label>
            <NativeSelect id={`${id}-outcome`} name="outcomeId" defaultValue={currentId ?? outcomes[0]?.id} aria-invalid={errors.outcomeId ? true : undefined}>
              {outcomes.map((o) => (
                <NativeSelectOption key={o.id} value={o.id}>
                  {o.name}
                </NativeSelectOption>
              ))}
            </NativeSelect>
            <FieldError errors={errors.outcomeId} />
          </Field>
          <Field>
            <Label htmlFor={`${id}-note`}>Note</Label>
            <Textarea id={`${id}-note`} name="note" maxLength={2000} placeholder="Why? e.g. They asked us to call back next week." />
            <FieldError errors={errors.note} />
          </Field>
        </form>
        <section className="grid gap-2 rounded-md border bg-muted/40 p-3" aria-labelledby={`${id}-done`}>
          <h3 id={`${id}-done`} className="text-sm font-medium">
            Already done for this call
          </h3>
          <p className="text-xs text-muted-foreground">These will not be undone or repeated.</p>
          <EffectsList effects={done} empty="Nothing yet: no automation has acted on this call." />
        </section>
        <DialogFooter>
          <Button type="submit" form={`${id}-form`} disabled={pending}>
            {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
            Change outcome
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
