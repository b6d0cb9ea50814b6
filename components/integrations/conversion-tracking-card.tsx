"use client";

import { useState } from "react";
import { RefreshCwIcon } from "lucide-react";
import { rotatePixelTokenAction } from "@/app/(app)/w/[slug]/integrations/automation-actions";
import { CopyButton } from "@/components/forms/copy-button";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CodeBlock } from "@/components/forms/code-block";
import { SecretField } from "./secret-field";
import { conversionCurl, conversionImgTag } from "./snippets";

/** Report sales and leads back to Debrief: the team id, the pixel token and ready-to-copy examples. */
export function ConversionTrackingCard({ slug, appUrl, teamId, token: initialToken }: { slug: string; appUrl: string; teamId: string; token: string }) {
  const [token, setToken] = useState(initialToken);
  return (
    <Card id="conversions" className="scroll-mt-4">
      <CardHeader>
        <CardTitle asChild>
          <h3>Conversion tracking</h3>
        </CardTitle>
        <CardDescription>
          Tell Debrief when a call turned into a lead or a sale: it is tied to the latest call from that phone number and counted on the dashboard, and rules on &ldquo;A conversion is
          recorded&rdquo; run. POST from your server with an API key, or put a pixel on a thank-you page.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid min-w-0 gap-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="grid gap-1.5 text-sm">
            <span className="font-medium">team_id</span>
            <div className="flex flex-wrap items-center gap-2">
              <code data-testid="team-id" className="rounded-md border bg-muted px-2 py-1 font-mono text-xs break-all">
                {teamId}
              </code>
              <CopyButton value={teamId} />
            </div>
          </div>
          <SecretField label="Pixel token" value={token} testId="pixel-token">
            <ConfirmActionButton
              action={rotatePixelTokenAction}
              input={{ workspace: slug }}
              title="Make a new pixel token?"
              description="Pixels that use the current token stop recording conversions at once. Update every page that carries one."
              confirmLabel="Rotate token"
              onSuccess={(data) => data && setToken(data.token)}
              type="button"
            >
              <RefreshCwIcon aria-hidden />
              Rotate
            </ConfirmActionButton>
          </SecretField>
        </div>
        <CodeBlock label="From your server (curl)" code={conversionCurl({ appUrl, teamId })} testId="conversion-curl" />
        <p className="-mt-3 text-sm text-muted-foreground">
          <code className="font-mono text-xs">$DEBRIEF_API_KEY</code> is an API key from Settings → API keys. <code className="font-mono text-xs">event_type</code> is{" "}
          <code className="font-mono text-xs">lead</code> or <code className="font-mono text-xs">sale</code>; <code className="font-mono text-xs">event_profit</code> is optional.
        </p>
        <CodeBlock label="On a thank-you page (pixel)" code={conversionImgTag({ appUrl, teamId, token })} testId="conversion-pixel" />
        <p className="-mt-3 text-sm text-muted-foreground">Fill in the caller&apos;s phone number and the profit when the page is rendered. The pixel token can only record conversions.</p>
      </CardContent>
    </Card>
  );
}
