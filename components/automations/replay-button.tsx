"use client";

import { RotateCcwIcon } from "lucide-react";
import { replayDeliveryAction } from "@/app/(app)/w/[slug]/automations/actions";
import { ActionButton } from "@/components/agents/action-button";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

/** Replays a failed delivery at once; an unconfirmed one only after the person confirms they checked. */
export function ReplayButton({ slug, id, status, label }: { slug: string; id: string; status: string; label: string }) {
  const input = { workspace: slug, id };
  if (status === "unconfirmed") {
    return (
      <ConfirmActionButton
        action={replayDeliveryAction}
        input={input}
        title="Replay an unconfirmed delivery?"
        description="It may already have arrived: the process stopped mid-send, so Debrief cannot tell. Replay only after checking the receiver (or the email outbox); otherwise it may arrive twice."
        confirmLabel="Replay anyway"
        aria-label={`Replay ${label}`}
      >
        <RotateCcwIcon aria-hidden />
        <span className="max-sm:sr-only">Replay</span>
      </ConfirmActionButton>
    );
  }
  return (
    <ActionButton action={replayDeliveryAction} input={input} aria-label={`Replay ${label}`}>
      <RotateCcwIcon aria-hidden />
      <span className="max-sm:sr-only">Replay</span>
    </ActionButton>
  );
}
