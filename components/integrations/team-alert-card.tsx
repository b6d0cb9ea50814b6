"use client";

import { useActionState, useState } from "react";
import { sendTestAlertAction } from "@/app/(app)/w/[slug]/integrations/automation-actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SendResultView } from "./send-result";

/** Try a Slack-compatible incoming webhook with a sample call before a rule uses it. */
export function TeamAlertCard({ slug }: { slug: string }) {
  const [state, action] = useActionState(sendTestAlertAction, null);
  // React resets a form after its action; keep the URL so a second test needs no retyping.
  const [url, setUrl] = useState("");
  return (
    <Card id="team-alerts" className="scroll-mt-4">
      <CardHeader>
        <CardTitle asChild>
          <h3>Team alerts</h3>
        </CardTitle>
        <CardDescription>
          A rule&apos;s <strong className="font-medium text-foreground">Team alert</strong> action posts the outcome, contact, goals and a link to a Slack incoming webhook (or Mattermost, or
          any Slack-compatible URL). Send a sample alert to see how it reads.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form action={action} onSubmit={(e) => setUrl(String(new FormData(e.currentTarget).get("url") ?? ""))} className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end" noValidate>
          <input type="hidden" name="workspace" value={slug} />
          <TextField name="url" type="url" label="Incoming webhook URL" idPrefix="test-alert" placeholder="https://hooks.slack.com/services/…" defaultValue={url} state={state} spellCheck={false} />
          <SubmitButton variant="outline" pendingText="Sending…">
            Send a test alert
          </SubmitButton>
        </form>
        {state?.status === "success" && state.data ? <SendResultView result={state.data} what="Test alert" /> : state?.status === "error" && Object.keys(state.fieldErrors).length === 0 ? <FormMessage state={state} /> : null}
      </CardContent>
    </Card>
  );
}
