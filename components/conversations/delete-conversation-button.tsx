"use client";

import { useRouter } from "next/navigation";
import { Trash2Icon } from "lucide-react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import type { ServerAction } from "@/components/forms/use-server-action";

/** Asks, deletes, then goes back to the list (the page it was on no longer exists). */
export function DeleteConversationButton({ action, slug, id }: { action: ServerAction; slug: string; id: string }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      action={action}
      input={{ workspace: slug, id }}
      title="Delete this conversation?"
      description="Its transcript, timeline and any evaluation results are deleted. This cannot be undone."
      confirmLabel="Delete conversation"
      pendingLabel="Deleting…"
      destructive
      onSuccess={() => router.replace(`/w/${slug}/conversations`)}
      size="default"
      className="text-destructive hover:text-destructive"
    >
      <Trash2Icon aria-hidden />
      Delete
    </ConfirmActionButton>
  );
}
