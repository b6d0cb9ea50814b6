"use client";

import { useActionState, useState } from "react";
import { CheckCircle2Icon, EyeIcon, EyeOffIcon } from "lucide-react";
import { connectCallProviderAction, disconnectCallProviderAction } from "@/app/(app)/w/[slug]/integrations/actions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { CopyButton } from "@/components/forms/copy-button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { DateTime } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

interface Props {
  slug: string;
  provider: string;
  label: string;
  setup: { secretLabel: string; secretOrigin: "debrief" | "provider"; instructions: string[] };
  connection: { url: string; secret: string; createdAt: string; lastReceivedAt: string | null } | null;
}

/** One voice platform: how to connect it, the URL to paste and its secret. */
export function CallProviderCard({ slug, provider, label, setup, connection }: Props) {
  const [state, action] = useActionState(connectCallProviderAction, null);
  const [reveal, setReveal] = useState(false);
  const pastes = setup.secretOrigin === "provider";
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h3>{label}</h3>
        </CardTitle>
        <CardDescription>
          {!connection ? (
            "Not connected"
          ) : connection.lastReceivedAt ? (
            <>
              Last call received <DateTime value={connection.lastReceivedAt} />
            </>
          ) : (
            "Connected, waiting for the first call"
          )}
        </CardDescription>
        <CardAction>{connection ? <Badge variant="success"><CheckCircle2Icon aria-hidden /> Connected</Badge> : <Badge variant="outline">Off</Badge>}</CardAction>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <ol className="grid list-decimal gap-1 pl-5 text-muted-foreground">
          {setup.instructions.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {connection ? (
          <div className="grid gap-3">
            <div className="grid gap-1">
              <span className="font-medium">Webhook URL</span>
              <div className="flex flex-wrap items-center gap-2">
                <code className="rounded-md border bg-muted px-2 py-1 font-mono text-xs break-all" data-testid={`${provider}-webhook-url`}>{connection.url}</code>
                <CopyButton value={connection.url} />
              </div>
            </div>
            <div className="grid gap-1">
              <span className="font-medium">{setup.secretLabel}</span>
              <div className="flex flex-wrap items-center gap-2">
                <code className="rounded-md border bg-muted px-2 py-1 font-mono text-xs break-all">{reveal ? connection.secret : "•".repeat(24)}</code>
                <Button type="button" variant="outline" size="sm" onClick={() => setReveal((r) => !r)} aria-pressed={reveal}>
                  {reveal ? <EyeOffIcon aria-hidden /> : <EyeIcon aria-hidden />}
                  {reveal ? "Hide" : "Show"}
                </Button>
                <CopyButton value={connection.secret} />
              </div>
            </div>
          </div>
        ) : null}
        <FormMessage state={state} />
        <div className="flex flex-wrap items-end gap-2">
          <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
            <input type="hidden" name="workspace" value={slug} />
            <input type="hidden" name="provider" value={provider} />
            {pastes ? <TextField name="secret" type="password" label={setup.secretLabel} idPrefix={provider} autoComplete="off" state={state} /> : null}
            <SubmitButton variant={connection ? "outline" : "default"} pendingText="Saving…">
              {connection ? (pastes ? "Replace secret" : "Generate a new secret") : "Connect"}
            </SubmitButton>
          </form>
          {connection ? (
            <ConfirmActionButton
              action={disconnectCallProviderAction}
              input={{ workspace: slug, provider }}
              title={`Disconnect ${label}?`}
              description="Deliveries to this URL will be refused until you connect again (with a new URL)."
              confirmLabel="Disconnect"
            >
              Disconnect
            </ConfirmActionButton>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
