"use client";

import { useId, useState } from "react";
import { SaveIcon } from "lucide-react";
import { SaveButton } from "@/components/agents/save-button";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { GOAL_STATUSES, type GoalVerdict } from "@/lib/evaluation/types";
import type { BenchGoal } from "./bench-results";
import { STATUS_LABEL } from "./verdict-status";

const SKIP = "";

interface Props {
  slug: string;
  agentId: string;
  goals: BenchGoal[];
  transcript: string;
  callDate?: string;
  verdicts: GoalVerdict[];
  action: ServerAction;
}

/** Keeps the transcript with the verdicts a person expects, prefilled from the bench so only the wrong ones need changing. */
export function SaveTestCaseDialog({ slug, agentId, goals, transcript, callDate, verdicts, action }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const { state, pending, run } = useServerAction(action, { form: true, onSuccess: () => setOpen(false) });
  const errors = state?.status === "error" ? state.fieldErrors : {};
  const expectedError = Object.entries(errors).find(([k]) => k.startsWith("expected"))?.[1] ?? errors.transcript;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <SaveIcon aria-hidden />
          Save as test case
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Save as a test case</DialogTitle>
          <DialogDescription>Set the verdict each goal should get. They start as the bench&apos;s verdicts: correct the wrong ones.</DialogDescription>
        </DialogHeader>
        <form
          id={`${id}-form`}
          noValidate
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const expected = Object.fromEntries(goals.map((g) => [g.key, String(data.get(`expected.${g.key}`) ?? SKIP)]).filter(([, v]) => v !== SKIP));
            run({ workspace: slug, agentId, name: data.get("name"), transcript, callDate, expected });
          }}
        >
          <FormMessage state={state?.status === "error" && !errors.name ? state : null} />
          <Field>
            <Label htmlFor={`${id}-name`}>Name</Label>
            <Input id={`${id}-name`} name="name" maxLength={120} placeholder="e.g. Booked, but no email given" aria-invalid={errors.name ? true : undefined} />
            <FieldError errors={errors.name} />
          </Field>
          <fieldset className="grid gap-3">
            <legend className="mb-2 text-sm font-medium">Expected verdicts</legend>
            {goals.map((g) => (
              <div key={g.key} className="grid items-center gap-1 sm:grid-cols-[minmax(0,1fr)_14rem] sm:gap-3">
                <Label htmlFor={`${id}-${g.key}`} className="font-normal">
                  {g.title}
                </Label>
                <NativeSelect id={`${id}-${g.key}`} name={`expected.${g.key}`} size="sm" defaultValue={verdicts.find((v) => v.key === g.key)?.status ?? SKIP}>
                  <NativeSelectOption value={SKIP}>Not checked</NativeSelectOption>
                  {GOAL_STATUSES.map((s) => (
                    <NativeSelectOption key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </NativeSelectOption>
                  ))}
                </NativeSelect>
              </div>
            ))}
            <FieldError errors={expectedError} />
          </fieldset>
        </form>
        <DialogFooter>
          <SaveButton form={`${id}-form`} pending={pending}>
            Save test case
          </SaveButton>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
