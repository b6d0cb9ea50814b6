"use client";

import { useActionState } from "react";
import { Loader2Icon, SparklesIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { loadDemoDataAction } from "@/app/(app)/w/[slug]/analytics/actions";

/** Fills the workspace with 300 demo calls (six demo agents), then the page shows them. */
export function LoadDemoDataButton({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(loadDemoDataAction, null);
  return (
    <form action={action} className="contents">
      <input type="hidden" name="workspace" value={slug} />
      <Button type="submit" disabled={pending}>
        {pending ? <Loader2Icon aria-hidden className="animate-spin" /> : <SparklesIcon aria-hidden />}
        {pending ? "Loading demo calls…" : "Load demo data"}
      </Button>
      {state?.status === "error" ? (
        <p role="alert" className="basis-full text-sm text-destructive">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
