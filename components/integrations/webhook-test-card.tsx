"use client";

import { useActionState, useState } from "react";
import { sendTestWebhookAction } from "@/app/(app)/w/[slug]/integrations/automation-actions";
import { CopyButton } from "@/components/forms/copy-button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CodeBlock } from "@/components/forms/code-block";
import { SendResultView } from "./send-result";
import { VERIFY_SNIPPET } from "./snippets";

/** Send a signed test delivery to any URL, with the secret it was signed with, and show how to verify it. */
export function WebhookTestCard({ slug, testSecret }: { slug: string; testSecret: string }) {
  const [state, action] = useActionState(sendTestWebhookAction, null);
  // React resets a form after its action; keep the URL so a second test needs no retyping.
  const [url, setUrl] = useState("");
  return (
    <Card id="webhooks" className="scroll-mt-4">
      <CardHeader>
        <CardTitle asChild>
          <h3>Webhooks</h3>
        </CardTitle>
        <CardDescription>
          A rule&apos;s <strong className="font-medium text-foreground">Webhook</strong> action POSTs the call&apos;s results as JSON, signed in the{" "}
          <code className="font-mono text-xs">X-Debrief-Signature</code> header with that action&apos;s secret (shown once when you save the rule). Failed deliveries are retried and logged.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid min-w-0 gap-4">
        <div className="grid gap-1.5 text-sm">
          <span className="font-medium">Test signing secret</span>
          <div className="flex flex-wrap items-center gap-2">
            <code data-testid="test-webhook-secret" className="min-w-0 rounded-md border bg-muted px-2 py-1 font-mono text-xs break-all">
              {testSecret}
            </code>
            <CopyButton value={testSecret} />
          </div>
          <p className="text-muted-foreground">Made for this page only: use it to check that your receiver verifies the test delivery.</p>
        </div>
        <form action={action} onSubmit={(e) => setUrl(String(new FormData(e.currentTarget).get("url") ?? ""))} className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end" noValidate>
          <input type="hidden" name="workspace" value={slug} />
          <input type="hidden" name="secret" value={testSecret} />
          <TextField name="url" type="url" label="Your endpoint" idPrefix="test-webhook" placeholder="https://example.com/hooks/debrief" defaultValue={url} state={state} spellCheck={false} />
          <SubmitButton variant="outline" pendingText="Sending…">
            Send test webhook
          </SubmitButton>
        </form>
        {state?.status === "success" && state.data ? <SendResultView result={state.data} what="Test webhook" /> : state?.status === "error" && Object.keys(state.fieldErrors).length === 0 ? <FormMessage state={state} /> : null}
        <details className="group min-w-0 rounded-md border text-sm">
          <summary className="cursor-pointer px-3 py-2 font-medium outline-none select-none focus-visible:ring-[3px] focus-visible:ring-ring/50">Verify the signature (Node.js)</summary>
          <div className="grid min-w-0 gap-3 border-t p-3">
            <p className="text-muted-foreground">
              <code className="font-mono text-xs">t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of &quot;t.rawBody&quot;&gt;</code>. Verify the raw body before parsing it, refuse a{" "}
              <code className="font-mono text-xs">t</code> more than 5 minutes off, and dedupe on <code className="font-mono text-xs">X-Debrief-Delivery</code>.
            </p>
            <CodeBlock code={VERIFY_SNIPPET} label="verify-debrief-signature.mjs" />
          </div>
        </details>
      </CardContent>
    </Card>
  );
}
