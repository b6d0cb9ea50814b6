"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { CheckCircle2Icon, InboxIcon, ServerIcon, XCircleIcon } from "lucide-react";
import { sendTestEmailAction } from "@/app/(app)/w/[slug]/integrations/automation-actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** Which way email goes (SMTP or the outbox), and a test email to any address. */
export function EmailCard({ slug, smtp, from, defaultTo }: { slug: string; smtp: boolean; from: string; defaultTo: string }) {
  const [state, action] = useActionState(sendTestEmailAction, null);
  // React resets a form after its action; keep the address so a second test needs no retyping.
  const [to, setTo] = useState(defaultTo);
  const outbox = `/w/${slug}/settings/email`;
  return (
    <Card id="email" className="scroll-mt-4">
      <CardHeader>
        <CardTitle asChild>
          <h3>Email</h3>
        </CardTitle>
        <CardDescription>
          {smtp ? (
            <>Sent through your SMTP server as {from}.</>
          ) : (
            <>
              No SMTP server is set, so emails are kept in the <Link href={outbox} className="underline underline-offset-4">outbox</Link> to read in Settings. Set{" "}
              <code className="font-mono text-xs">SMTP_URL</code> to send them.
            </>
          )}
        </CardDescription>
        <CardAction>
          {smtp ? (
            <Badge variant="success">
              <ServerIcon aria-hidden /> SMTP
            </Badge>
          ) : (
            <Badge variant="secondary">
              <InboxIcon aria-hidden /> Outbox
            </Badge>
          )}
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form action={action} onSubmit={(e) => setTo(String(new FormData(e.currentTarget).get("to") ?? ""))} className="grid gap-2 sm:grid-cols-[minmax(0,20rem)_auto] sm:items-end sm:justify-start" noValidate>
          <input type="hidden" name="workspace" value={slug} />
          <TextField name="to" type="email" label="Send a test email to" idPrefix="test-email" defaultValue={to} state={state} autoComplete="email" />
          <SubmitButton variant="outline" pendingText="Sending…">
            Send a test email
          </SubmitButton>
        </form>
        {state?.status === "success" ? (
          <Alert variant={state.data?.status === "failed" || state.data?.status === "unconfirmed" ? "destructive" : "success"} role="status" data-testid="test-email-result">
            {state.data?.status === "failed" ? <XCircleIcon aria-hidden /> : <CheckCircle2Icon aria-hidden />}
            <AlertDescription>
              <p>
                {state.message}
                {state.data?.status === "stored" ? (
                  <>
                    {" "}
                    (<Link href={outbox} className="underline underline-offset-4">open the outbox</Link>)
                  </>
                ) : null}
              </p>
            </AlertDescription>
          </Alert>
        ) : state?.status === "error" && Object.keys(state.fieldErrors).length === 0 ? (
          <Alert variant="destructive" role="status">
            <XCircleIcon aria-hidden />
            <AlertDescription>{state.message}</AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
