"use client";

import { useId, useState } from "react";
import { CheckIcon, Loader2Icon, PencilIcon, XIcon } from "lucide-react";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { ReviewControls, VerdictView } from "./types";
import { VerdictBadge } from "./verdict-badge";
import { HUMAN_STATUSES, STATUS_LABEL, percent } from "./verdict-status";

/** A manual objective waits for a person: confirm or reject it, with an optional note. */
export function ConfirmObjective({ verdict, review }: { verdict: VerdictView; review: ReviewControls }) {
  const id = useId();
  const [note, setNote] = useState("");
  const [decision, setDecision] = useState<"confirm" | "reject" | null>(null);
  const { pending, run } = useServerAction(review.actions.decide);
  const decide = (value: "confirm" | "reject") => {
    setDecision(value);
    run({ workspace: review.slug, conversationId: review.conversationId, goalKey: verdict.key, decision: value, note });
  };
  return (
    <div className="flex flex-1 flex-wrap items-end gap-2 rounded-md bg-muted/40 p-2" role="group" aria-label={`Confirm or reject ${verdict.title}`}>
      <Field className="min-w-48 flex-1 gap-1">
        <Label htmlFor={id} className="text-xs font-normal text-muted-foreground">
          Note (optional)
        </Label>
        <Input id={id} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} className="h-8" placeholder="e.g. Heard it in the recording" />
      </Field>
      <Button size="sm" disabled={pending} onClick={() => decide("confirm")}>
        {pending && decision === "confirm" ? <Loader2Icon className="animate-spin" aria-hidden /> : <CheckIcon aria-hidden />}
        Confirm
      </Button>
      <Button size="sm" variant="outline" disabled={pending} onClick={() => decide("reject")}>
        {pending && decision === "reject" ? <Loader2Icon className="animate-spin" aria-hidden /> : <XIcon aria-hidden />}
        Reject
      </Button>
    </div>
  );
}

/** A person's verdict on a goal, kept beside the machine's; removing it lets the machine's count again. */
export function OverrideGoalDialog({ verdict: v, review }: { verdict: VerdictView; review: ReviewControls }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const overridden = v.human?.kind === "override";
  const initial = overridden && v.human?.status ? v.human.status : v.status === "achieved" ? "not_achieved" : "achieved";
  const { state, pending, run } = useServerAction(review.actions.override, { form: true, onSuccess: () => setOpen(false) });
  const clear = useServerAction(review.actions.clear, { onSuccess: () => setOpen(false) });
  const errors = state?.status === "error" ? state.fieldErrors : {};
  const base = { workspace: review.slug, conversationId: review.conversationId, goalKey: v.key };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline" aria-label={`Override ${v.title}`}>
          <PencilIcon aria-hidden />
          {overridden ? "Change override" : "Override"}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Override “{v.title}”</DialogTitle>
          <DialogDescription>Your verdict counts from now on (in reports and automations). The machine&apos;s stays on record beside it and is used to measure agreement.</DialogDescription>
        </DialogHeader>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          Machine&apos;s verdict: <VerdictBadge status={v.status} /> <span className="text-muted-foreground tabular-nums">{percent(v.confidence)} confident</span>
        </p>
        <p className="text-sm text-muted-foreground">{v.rationale}</p>
        <form
          id={`${id}-form`}
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            run({ ...base, status: data.get("status"), note: data.get("note") });
          }}
        >
          <Field>
            <Label htmlFor={`${id}-status`}>Your verdict</Label>
            <NativeSelect id={`${id}-status`} name="status" defaultValue={initial} aria-invalid={errors.status ? true : undefined}>
              {HUMAN_STATUSES.map((s) => (
                <NativeSelectOption key={s} value={s}>
                  {STATUS_LABEL[s]}
                </NativeSelectOption>
              ))}
            </NativeSelect>
            <FieldError errors={errors.status} />
          </Field>
          <Field>
            <Label htmlFor={`${id}-note`}>Note</Label>
            <Textarea id={`${id}-note`} name="note" defaultValue={overridden ? (v.human?.note ?? "") : ""} maxLength={2000} placeholder="Why? e.g. The time was only pencilled in, not confirmed." />
            <FieldError errors={errors.note} />
          </Field>
        </form>
        <DialogFooter className="sm:justify-between">
          {overridden ? (
            <Button variant="ghost" disabled={clear.pending || pending} onClick={() => clear.run(base)}>
              {clear.pending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
              Remove override
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" form={`${id}-form`} disabled={pending || clear.pending}>
            {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
            Save verdict
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
