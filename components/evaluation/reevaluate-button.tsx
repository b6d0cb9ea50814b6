"use client";

import { Loader2Icon, RotateCwIcon } from "lucide-react";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";

/** Judges the call again now, against the goals as they are today; the older result stays in the history. */
export function ReevaluateButton({ slug, conversationId, action }: { slug: string; conversationId: string; action: ServerAction }) {
  const { pending, run } = useServerAction(action);
  return (
    <Button variant="outline" size="sm" disabled={pending} onClick={() => run({ workspace: slug, conversationId })}>
      {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : <RotateCwIcon aria-hidden />}
      {pending ? "Re-evaluating…" : "Re-evaluate"}
    </Button>
  );
}
