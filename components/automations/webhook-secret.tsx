"use client";

import { useState, useTransition } from "react";
import { RefreshCwIcon } from "lucide-react";
import { toast } from "sonner";
import { rotateWebhookSecretAction } from "@/app/(app)/w/[slug]/automations/actions";
import { SecretReveal } from "@/components/forms/secret-reveal";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";

interface Props {
  slug: string;
  ruleId: string | null;
  actionId: string | null;
  /** A secret just made (on save or rotation), shown this once. */
  secret?: string;
  onRotated: (actionId: string, secret: string) => void;
  readOnly: boolean;
}

/** A saved webhook's signing secret: shown once when made, replaced on request. */
export function WebhookSecret({ slug, ruleId, actionId, secret, onRotated, readOnly }: Props) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const saved = ruleId && actionId;
  const rotate = () =>
    startTransition(async () => {
      const result = await rotateWebhookSecretAction(null, { workspace: slug, id: ruleId, actionId });
      setOpen(false);
      if (result.status === "success" && result.data) {
        onRotated(result.data.actionId, result.data.secret);
        toast.success(result.message ?? "Secret rotated");
      } else if (result.status === "error") toast.error(result.message);
    });
  return (
    <div className="grid gap-3">
      {secret ? (
        <SecretReveal
          title="Signing secret"
          value={secret}
          note="Copy it now into your receiver: it is shown only once. Verify X-Debrief-Signature with it (see Integrations → Webhooks)."
          testId="webhook-secret"
        />
      ) : null}
      {saved && !readOnly ? (
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          {secret ? null : <span>The signing secret was shown when this webhook was saved.</span>}
          <AlertDialog open={open} onOpenChange={setOpen}>
            <AlertDialogTrigger asChild>
              <Button type="button" variant="outline" size="sm">
                <RefreshCwIcon aria-hidden />
                Rotate secret
              </Button>
            </AlertDialogTrigger>
            <AlertDialogContent>
              <AlertDialogHeader>
                <AlertDialogTitle>Make a new signing secret?</AlertDialogTitle>
                <AlertDialogDescription>The current secret stops verifying at once: deliveries from now on are signed with the new one. Update your receiver right after.</AlertDialogDescription>
              </AlertDialogHeader>
              <AlertDialogFooter>
                <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
                <AlertDialogAction
                  disabled={pending}
                  onClick={(event) => {
                    event.preventDefault();
                    rotate();
                  }}
                >
                  Rotate secret
                </AlertDialogAction>
              </AlertDialogFooter>
            </AlertDialogContent>
          </AlertDialog>
        </div>
      ) : null}
    </div>
  );
}
