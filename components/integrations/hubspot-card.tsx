"use client";

import { useState } from "react";
import { CheckCircle2Icon, PlugZapIcon, XCircleIcon } from "lucide-react";
import { disconnectHubSpotAction, saveHubSpotAction, testHubSpotAction } from "@/app/(app)/w/[slug]/integrations/automation-actions";
import { SaveButton } from "@/components/agents/save-button";
import { useServerAction } from "@/components/forms/use-server-action";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { controlProps } from "@/components/goals/editor-types";
import { DateTime } from "@/components/time-zone";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldDescription, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { hubspotDraft, hubspotInput, type HubSpotDraft, type HubSpotSaved } from "./hubspot-draft";
import { OwnerMappingsField, PropertyMappingsField } from "./hubspot-mappings";

export interface HubSpotConnectionProps extends HubSpotSaved {
  tokenHint: string;
  hubId: string | null;
  lastTestedAt: string | null;
  lastTestError: string | null;
}

interface Props {
  slug: string;
  connection: HubSpotConnectionProps | null;
  members: { userId: string; label: string }[];
  variableNames: string[];
}

/** Connect HubSpot with a private-app token, choose what Debrief writes there, and test it. */
export function HubSpotCard({ slug, connection, members, variableNames }: Props) {
  const [draft, setDraft] = useState<HubSpotDraft>(() => hubspotDraft(connection));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [test, setTest] = useState<{ ok: boolean; message: string } | null>(null);
  const save = useServerAction(saveHubSpotAction, {
    form: true,
    onError: ({ fieldErrors }) => setErrors(fieldErrors),
    onSuccess: () => {
      setErrors({});
      setTest(null);
      setDraft((d) => ({ ...d, token: "" }));
    },
  });
  const tester = useServerAction(testHubSpotAction, { onSuccess: (data) => setTest(data ?? null) });
  const set = <K extends keyof HubSpotDraft>(field: K, value: HubSpotDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => path !== field && !path.startsWith(`${field}.`))));
  };
  const fieldProps = { draft, errors, set, members, variableNames };

  return (
    <Card id="hubspot" className="scroll-mt-4">
      <CardHeader>
        <CardTitle asChild>
          <h3>HubSpot</h3>
        </CardTitle>
        <CardDescription>
          {connection ? (
            <>
              Token {connection.tokenHint}
              {connection.hubId ? ` · account ${connection.hubId}` : ""}
              {connection.lastTestedAt ? (
                <>
                  {" · last tested "}
                  <DateTime value={connection.lastTestedAt} />
                </>
              ) : (
                " · not tested yet"
              )}
            </>
          ) : (
            "A rule's HubSpot action finds or creates the contact, logs the call, writes captured variables to properties and can open a deal and a follow-up task."
          )}
        </CardDescription>
        <CardAction>
          {!connection ? (
            <Badge variant="outline">Off</Badge>
          ) : connection.lastTestError ? (
            <Badge variant="destructive">Test failed</Badge>
          ) : (
            <Badge variant="success">
              <CheckCircle2Icon aria-hidden /> Connected
            </Badge>
          )}
        </CardAction>
      </CardHeader>
      <CardContent>
        <form
          className="grid gap-6"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.run({ workspace: slug, connection: hubspotInput(draft) });
          }}
        >
          <div className="grid gap-4 md:grid-cols-2">
            <div className="grid content-start gap-2 md:col-span-2">
              <Label htmlFor="hubspot-token">{connection ? "Replace the access token" : "Private app access token"}</Label>
              <Input
                {...controlProps("hubspot-token", errors.token, true)}
                type="password"
                autoComplete="off"
                spellCheck={false}
                value={draft.token}
                onChange={(e) => set("token", e.target.value)}
                placeholder={connection ? `Leave blank to keep ${connection.tokenHint}` : "pat-na1-…"}
              />
              <FieldDescription id="hubspot-token-description">
                In HubSpot: Settings → Integrations → Private apps → Create, with the CRM contacts and deals read and write scopes. Debrief stores it encrypted and shows only its first and
                last characters.
              </FieldDescription>
              <FieldError id="hubspot-token-error" errors={errors.token} />
            </div>
            <div className="grid content-start gap-2">
              <Label htmlFor="hubspot-pipeline">Deal pipeline id</Label>
              <Input {...controlProps("hubspot-pipeline", errors.dealPipelineId)} value={draft.dealPipelineId} onChange={(e) => set("dealPipelineId", e.target.value)} placeholder="default" spellCheck={false} />
              <FieldError id="hubspot-pipeline-error" errors={errors.dealPipelineId} />
            </div>
            <div className="grid content-start gap-2">
              <Label htmlFor="hubspot-stage">Deal stage id</Label>
              <Input {...controlProps("hubspot-stage", errors.dealStageId)} value={draft.dealStageId} onChange={(e) => set("dealStageId", e.target.value)} placeholder="appointmentscheduled" spellCheck={false} />
              <FieldError id="hubspot-stage-error" errors={errors.dealStageId} />
            </div>
            <p className="-mt-2 text-sm text-muted-foreground md:col-span-2">Set both to open a deal for each qualified lead; leave both empty for no deals.</p>
            <div className="grid content-start gap-2">
              <Label htmlFor="hubspot-due">Follow-up task due after (days)</Label>
              <Input {...controlProps("hubspot-due", errors.taskDueInDays)} type="number" min={0} max={365} inputMode="numeric" value={draft.taskDueInDays} onChange={(e) => set("taskDueInDays", e.target.value)} className="max-w-32" />
              <FieldError id="hubspot-due-error" errors={errors.taskDueInDays} />
            </div>
          </div>
          <PropertyMappingsField {...fieldProps} />
          <OwnerMappingsField {...fieldProps} />
          {test ? (
            <Alert variant={test.ok ? "success" : "destructive"} role="status" data-testid="hubspot-test-result">
              {test.ok ? <CheckCircle2Icon aria-hidden /> : <XCircleIcon aria-hidden />}
              <AlertDescription>{test.message}</AlertDescription>
            </Alert>
          ) : connection?.lastTestError ? (
            <Alert variant="destructive">
              <XCircleIcon aria-hidden />
              <AlertDescription>Last test: {connection.lastTestError}</AlertDescription>
            </Alert>
          ) : null}
          <div className="flex flex-wrap items-center gap-2">
            <SaveButton pending={save.pending}>{connection ? "Save HubSpot settings" : "Connect HubSpot"}</SaveButton>
            {connection ? (
              <>
                <Button type="button" variant="outline" disabled={tester.pending} onClick={() => tester.run({ workspace: slug })}>
                  <PlugZapIcon aria-hidden />
                  {tester.pending ? "Testing…" : "Test the token"}
                </Button>
                <ConfirmActionButton
                  action={disconnectHubSpotAction}
                  input={{ workspace: slug }}
                  title="Disconnect HubSpot?"
                  description="The token is deleted and rules' HubSpot actions fail until you connect again. Nothing is removed from HubSpot."
                  confirmLabel="Disconnect"
                  variant="ghost"
                  size="default"
                  className="text-destructive hover:text-destructive sm:ml-auto"
                >
                  Disconnect
                </ConfirmActionButton>
              </>
            ) : null}
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
