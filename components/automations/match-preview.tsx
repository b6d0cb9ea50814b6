"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { Loader2Icon } from "lucide-react";
import { previewAutomationAction } from "@/app/(app)/w/[slug]/automations/actions";
import { Progress } from "@/components/ui/progress";

type Preview = { matched: number; of: number; examples: string[] };
type State = { status: "idle" | "loading" } | { status: "done"; preview: Preview } | { status: "error"; message: string } | { status: "invalid" };

/** "Would have matched 12 of the last 100 conversations": the trigger tried on recent calls as it changes. */
export function MatchPreview({ slug, agentId, trigger, triggerValid }: { slug: string; agentId: string; trigger: unknown; triggerValid: boolean }) {
  const [state, setState] = useState<State>({ status: "idle" });
  const key = JSON.stringify({ agentId, trigger });
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!triggerValid) {
      const id = setTimeout(() => setState({ status: "invalid" }), 0);
      return () => clearTimeout(id);
    }
    const timer = setTimeout(async () => {
      setState((s) => (s.status === "done" ? s : { status: "loading" }));
      const result = await previewAutomationAction(null, { workspace: slug, ...JSON.parse(key) });
      if (ticket !== latest.current) return; // a newer trigger has been asked about
      if (result.status === "success" && result.data) setState({ status: "done", preview: result.data });
      else setState({ status: "error", message: result.status === "error" ? result.message : "No answer" });
    }, 450);
    return () => clearTimeout(timer);
  }, [key, slug, triggerValid]);

  return (
    <div className="grid gap-3" aria-live="polite" aria-atomic="true" data-testid="match-preview">
      {state.status === "invalid" ? <p className="text-sm text-muted-foreground">Fix the trigger&apos;s highlighted fields to see how many calls it matches.</p> : null}
      {state.status === "error" ? <p className="text-sm text-destructive">{state.message}</p> : null}
      {state.status === "idle" || state.status === "loading" ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          <Loader2Icon className="size-4 animate-spin motion-reduce:animate-none" aria-hidden />
          Trying the trigger on recent calls…
        </p>
      ) : null}
      {state.status === "done" ? <PreviewResult slug={slug} preview={state.preview} /> : null}
    </div>
  );
}

function PreviewResult({ slug, preview }: { slug: string; preview: Preview }) {
  if (preview.of === 0) return <p className="text-sm text-muted-foreground">No evaluated calls yet to try it on. Once calls arrive, this shows how many the rule would have matched.</p>;
  const share = Math.round((preview.matched / preview.of) * 100);
  return (
    <div className="grid gap-2">
      <p className="text-sm">
        Would have matched <strong className="text-base tabular-nums">{preview.matched}</strong> of the last <span className="tabular-nums">{preview.of}</span> {preview.of === 1 ? "conversation" : "conversations"}.
      </p>
      <Progress value={share} aria-label={`${share}% of recent conversations match`} />
      {preview.examples.length > 0 ? (
        <div className="grid gap-1 text-sm">
          <span className="text-muted-foreground">For example:</span>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {preview.examples.map((id, i) => (
              <li key={id}>
                <Link href={`/w/${slug}/conversations/${id}`} className="underline underline-offset-4" target="_blank">
                  Call {i + 1}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
