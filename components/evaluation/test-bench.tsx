"use client";

import { useId, useState } from "react";
import { FlaskConicalIcon, Loader2Icon, PlayIcon } from "lucide-react";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, FieldDescription, FieldError } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { EvaluationResult, Turn } from "@/lib/evaluation/types";
import { BenchResults, type BenchGoal } from "./bench-results";
import { SaveTestCaseDialog } from "./save-test-case-dialog";

interface Props {
  slug: string;
  agentId: string;
  goals: BenchGoal[];
  conversations: { id: string; label: string }[];
  canSave: boolean;
  actions: { run: ServerAction<{ transcript: Turn[]; result: EvaluationResult }>; load: ServerAction<{ transcript: string; callDate: string }>; save: ServerAction };
}

const PLACEHOLDER = "Agent: Thanks for calling Lakeside Dental, how can I help?\nCustomer: I'd like to book a cleaning.\nAgent: You're booked for Tuesday at 3:30 PM.";

/** Paste a transcript (or load a recent call), run the agent's goals on it now, and keep it as a test case. */
export function TestBench({ slug, agentId, goals, conversations, canSave, actions }: Props) {
  const id = useId();
  const [transcript, setTranscript] = useState("");
  const [callDate, setCallDate] = useState<string | undefined>();
  const [picked, setPicked] = useState("");
  const [run, setRun] = useState<{ n: number; transcript: Turn[]; result: EvaluationResult } | null>(null);
  const bench = useServerAction(actions.run, { form: true, toastSuccess: false, onSuccess: (data) => data && setRun((r) => ({ n: (r?.n ?? 0) + 1, ...data })) });
  const load = useServerAction(actions.load, {
    toastSuccess: false,
    onSuccess: (data) => {
      if (!data) return;
      setTranscript(data.transcript);
      setCallDate(data.callDate);
    },
  });
  const error = bench.state?.status === "error" ? (bench.state.fieldErrors.transcript ?? bench.state.fieldErrors.callDate) : undefined;
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>Try the goals on a call</h2>
          </CardTitle>
          <CardDescription>Runs this agent&apos;s goals as they are worded now. Nothing is stored unless you save it as a test case.</CardDescription>
        </CardHeader>
        <CardContent>
          <form
            className="grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              bench.run({ workspace: slug, agentId, transcript, callDate });
            }}
          >
            {conversations.length ? (
              <Field className="max-w-md">
                <Label htmlFor={`${id}-pick`}>Load a recent call</Label>
                <NativeSelect
                  id={`${id}-pick`}
                  value={picked}
                  disabled={load.pending}
                  onChange={(event) => {
                    setPicked(event.target.value);
                    if (event.target.value) load.run({ workspace: slug, conversationId: event.target.value });
                  }}
                >
                  <NativeSelectOption value="">Choose a call…</NativeSelectOption>
                  {conversations.map((c) => (
                    <NativeSelectOption key={c.id} value={c.id}>
                      {c.label}
                    </NativeSelectOption>
                  ))}
                </NativeSelect>
              </Field>
            ) : null}
            <Field>
              <Label htmlFor={`${id}-transcript`}>Transcript</Label>
              <Textarea
                id={`${id}-transcript`}
                value={transcript}
                onChange={(event) => {
                  setTranscript(event.target.value);
                  if (picked) setPicked("");
                }}
                rows={10}
                className="max-h-[28rem] min-h-40 font-mono text-xs md:text-xs"
                placeholder={PLACEHOLDER}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
              />
              <FieldDescription id={`${id}-hint`}>One turn per line, starting with who speaks: &quot;Agent:&quot; or &quot;Customer:&quot;.</FieldDescription>
              <FieldError id={`${id}-error`} errors={error} />
            </Field>
            <div className="flex flex-wrap items-center gap-2">
              <Button type="submit" disabled={bench.pending || load.pending || transcript.trim() === ""}>
                {bench.pending ? <Loader2Icon className="animate-spin" aria-hidden /> : <PlayIcon aria-hidden />}
                {bench.pending ? "Running…" : "Run goals"}
              </Button>
              {run && canSave ? <SaveTestCaseDialog slug={slug} agentId={agentId} goals={goals} transcript={transcript} callDate={callDate} verdicts={run.result.goals} action={actions.save} /> : null}
              {load.pending ? <span className="text-sm text-muted-foreground">Loading the call…</span> : null}
            </div>
          </form>
        </CardContent>
      </Card>
      {run ? (
        <BenchResults key={run.n} transcript={run.transcript} result={run.result} goals={goals} />
      ) : (
        <div className="flex items-center gap-3 rounded-xl border border-dashed p-6 text-sm text-muted-foreground">
          <FlaskConicalIcon aria-hidden className="size-5 shrink-0" />
          The verdicts appear here, with each one&apos;s evidence highlighted in the transcript.
        </div>
      )}
    </div>
  );
}
