"use client";

import { RefreshCwIcon } from "lucide-react";
import { rotateWebhookSecretAction } from "@/app/(app)/w/[slug]/automations/actions";
import { SecretReveal } from "@/components/forms/secret-reveal";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

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
  const saved = ruleId && actionId;
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
          <ConfirmActionButton
            action={rotateWebhookSecretAction}
            input={{ workspace: slug, id: ruleId, actionId }}
            title="Make a new signing secret?"
            description="The current secret stops verifying at once: deliveries from now on are signed with the new one. Update your receiver right after."
            confirmLabel="Rotate secret"
            onSuccess={(data) => data && onRotated(data.actionId, data.secret)}
            type="button"
          >
            <RefreshCwIcon aria-hidden />
            Rotate secret
          </ConfirmActionButton>
        </div>
      ) : null}
    </div>
  );
}
