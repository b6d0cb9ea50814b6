"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { CalculatorIcon, CheckCircle2Icon, Loader2Icon, PlayIcon, SquareIcon } from "lucide-react";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";
import { DateTime } from "@/components/time-zone";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Progress } from "@/components/ui/progress";
import { formatUsd } from "./verdict-status";

export interface BackfillView {
  id: string;
  status: string;
  total: number;
  done: number;
  failed: number;
  estimatedCostUsd: number;
  filter: { from?: string; to?: string };
  createdAt: Date | string;
  finishedAt: Date | string | null;
}
interface Preview {
  conversations: number;
  engine: string;
  estimatedCostUsd: number;
}
interface Props {
  slug: string;
  agentId: string;
  latest: BackfillView | null;
  actions: { preview: ServerAction<Preview>; start: ServerAction<BackfillView>; get: ServerAction<BackfillView>; cancel: ServerAction<BackfillView> };
}

const range = (f: { from?: string; to?: string }) => (f.from && f.to ? `${f.from} to ${f.to}` : f.from ? `from ${f.from}` : f.to ? `up to ${f.to}` : "all dates");
const scope = (f: { from?: string; to?: string }) => (f.from || f.to ? `Calls that ended ${f.from && f.to ? `from ${range(f)}` : range(f)}` : "All of this agent's calls");

/** Judge this agent's past calls again: preview the count and cost, start, watch progress, cancel. */
export function BackfillPanel({ slug, agentId, latest, actions }: Props) {
  const id = useId();
  const router = useRouter();
  const [dates, setDates] = useState({ from: "", to: "" });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [backfill, setBackfill] = useState<BackfillView | null>(latest);
  const previewing = useServerAction(actions.preview, { form: true, toastSuccess: false, onSuccess: (data) => setPreview(data ?? null) });
  const starting = useServerAction(actions.start, {
    onSuccess: (data) => {
      setConfirming(false);
      setPreview(null);
      if (data) setBackfill(data);
    },
    onError: () => setConfirming(false),
  });
  const cancelling = useServerAction(actions.cancel, { onSuccess: (data) => data && setBackfill(data) });
  useBackfillPolling(backfill, actions.get, slug, setBackfill, () => router.refresh());
  const running = backfill?.status === "running";
  const errors = previewing.state?.status === "error" ? previewing.state.fieldErrors : {};
  const input = { workspace: slug, agentId, ...dates };
  return (
    <div className="grid gap-6">
      <form
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          previewing.run(input);
        }}
      >
        <div className="flex flex-wrap items-end gap-3">
          <Field className="w-full sm:w-44">
            <Label htmlFor={`${id}-from`}>Calls ended from</Label>
            <Input id={`${id}-from`} type="date" value={dates.from} aria-invalid={errors.from ? true : undefined} onChange={(e) => (setDates((d) => ({ ...d, from: e.target.value })), setPreview(null))} />
          </Field>
          <Field className="w-full sm:w-44">
            <Label htmlFor={`${id}-to`}>to</Label>
            <Input id={`${id}-to`} type="date" value={dates.to} aria-invalid={errors.to ? true : undefined} onChange={(e) => (setDates((d) => ({ ...d, to: e.target.value })), setPreview(null))} />
          </Field>
          <Button type="submit" variant="outline" disabled={previewing.pending || running}>
            {previewing.pending ? <Loader2Icon className="animate-spin" aria-hidden /> : <CalculatorIcon aria-hidden />}
            Preview
          </Button>
        </div>
        <FieldError errors={errors.from ?? errors.to} />
      </form>

      {preview ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border bg-muted/40 p-4" data-testid="backfill-preview" aria-live="polite">
          <p className="text-sm">
            <span className="font-semibold tabular-nums">
              {preview.conversations} {preview.conversations === 1 ? "call" : "calls"}
            </span>{" "}
            ({range(dates)}) would be judged again with the {preview.engine === "llm" ? "LLM" : "local"} engine · estimated cost <span className="font-semibold tabular-nums">{formatUsd(preview.estimatedCostUsd)}</span>
          </p>
          <Button onClick={() => setConfirming(true)} disabled={preview.conversations === 0 || running}>
            <PlayIcon aria-hidden />
            Start backfill
          </Button>
        </div>
      ) : null}

      <AlertDialog open={confirming} onOpenChange={setConfirming}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Judge {preview?.conversations ?? 0} calls again?</AlertDialogTitle>
            <AlertDialogDescription>
              Each call gets a new evaluation against the goals as they are now (goals created after a call included); the old results stay in its history. People&apos;s overrides are kept. Estimated cost: {formatUsd(preview?.estimatedCostUsd ?? 0)}.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={starting.pending}>Not now</AlertDialogCancel>
            <AlertDialogAction
              disabled={starting.pending}
              onClick={(event) => {
                event.preventDefault();
                starting.run(input);
              }}
            >
              {starting.pending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
              Start backfill
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>

      {backfill ? <BackfillProgress backfill={backfill} cancelling={cancelling.pending} onCancel={() => cancelling.run({ workspace: slug, id: backfill.id })} /> : null}
    </div>
  );
}

function useBackfillPolling(backfill: BackfillView | null, get: ServerAction<BackfillView>, slug: string, set: (b: BackfillView) => void, onFinish: () => void) {
  const finish = useRef(onFinish);
  useEffect(() => {
    finish.current = onFinish;
  });
  const id = backfill?.status === "running" ? backfill.id : null;
  useEffect(() => {
    if (!id) return;
    let stopped = false;
    const tick = async () => {
      const result = await get(null, { workspace: slug, id });
      if (stopped) return;
      if (result.status === "success" && result.data) {
        set(result.data);
        if (result.data.status !== "running") return finish.current();
      }
      timer = setTimeout(tick, 1000);
    };
    let timer = setTimeout(tick, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, get, slug, set]);
}

function BackfillProgress({ backfill: b, cancelling, onCancel }: { backfill: BackfillView; cancelling: boolean; onCancel: () => void }) {
  const processed = b.done + b.failed;
  const running = b.status === "running";
  const title = running ? "Backfill running" : b.status === "cancelled" ? "Backfill cancelled" : "Backfill finished";
  return (
    <section className="grid gap-3 rounded-lg border p-4" aria-labelledby="backfill-status" data-testid="backfill-progress">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="backfill-status" className="inline-flex items-center gap-2 text-sm font-medium">
          {running ? <Loader2Icon aria-hidden className="size-4 animate-spin motion-reduce:animate-none" /> : b.status === "completed" ? <CheckCircle2Icon aria-hidden className="size-4 text-success" /> : <SquareIcon aria-hidden className="size-4 text-muted-foreground" />}
          {title}
        </h3>
        {running ? (
          <Button variant="outline" size="sm" onClick={onCancel} disabled={cancelling}>
            {cancelling ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
            Cancel backfill
          </Button>
        ) : null}
      </div>
      <Progress value={processed} max={Math.max(b.total, 1)} aria-label="Backfill progress" />
      <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="backfill-counts">
        <span className="font-medium text-foreground tabular-nums">
          {processed} of {b.total}
        </span>{" "}
        · {b.done} judged again · <span className={b.failed ? "text-destructive" : undefined}>{b.failed} failed</span>
      </p>
      <p className="text-xs text-muted-foreground">
        {scope(b.filter)} · estimated {formatUsd(b.estimatedCostUsd)} · started <DateTime value={b.createdAt} />
        {b.finishedAt ? (
          <>
            {" · ended "}
            <DateTime value={b.finishedAt} />
          </>
        ) : null}
      </p>
    </section>
  );
}
