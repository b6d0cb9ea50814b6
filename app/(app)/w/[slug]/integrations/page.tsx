import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CallProviderCard } from "@/components/integrations/call-provider-card";
import { ConversionTrackingCard } from "@/components/integrations/conversion-tracking-card";
import { EmailCard } from "@/components/integrations/email-card";
import { HubSpotCard } from "@/components/integrations/hubspot-card";
import { ObjectiveCallbackCard } from "@/components/integrations/objective-callback-card";
import { TeamAlertCard } from "@/components/integrations/team-alert-card";
import { WebhookTestCard } from "@/components/integrations/webhook-test-card";
import { getHubSpotConnection } from "@/integrations/hubspot";
import { listAgents } from "@/lib/agents/list-agents";
import { callbackSigningSecret } from "@/lib/automations/objective-callback";
import { conversionPixelToken } from "@/lib/conversions/conversions";
import { listGoals } from "@/lib/goals/list-goals";
import { listMembers } from "@/lib/members/list-members";
import { CALL_PROVIDER_NAMES, CALL_PROVIDERS } from "@/integrations/call-providers";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { listCallProviderConnections, webhookUrl } from "@/lib/call-providers/connections";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  const manage = can(ctx.actor.role, "integrations.manage");
  const connections = manage ? await listCallProviderConnections(ctx) : [];
  const appUrl = getEnv().APP_URL;
  return (
    <>
      <PageHeader title="Integrations" description="Where calls come from, and where Debrief sends what it learns." />
      <section aria-labelledby="voice-platforms" className="grid gap-4">
        <div>
          <h2 id="voice-platforms" className="text-lg font-semibold">
            Voice platforms
          </h2>
          <p className="text-sm text-muted-foreground">
            Point your platform&apos;s end-of-call webhook at Debrief. Every delivery is checked against its signature or secret, and a call sent twice is stored once.
          </p>
        </div>
        {!manage ? <p className="text-sm text-muted-foreground">Only owners and admins can connect integrations.</p> : null}
        <div className="grid gap-4 lg:grid-cols-2">
          {manage
            ? CALL_PROVIDER_NAMES.map((provider) => {
                const adapter = CALL_PROVIDERS[provider];
                const connection = connections.find((c) => c.provider === provider) ?? null;
                return (
                  <CallProviderCard
                    key={provider}
                    slug={ctx.workspace.slug}
                    provider={provider}
                    label={adapter.label}
                    setup={adapter.setup}
                    connection={connection && { url: webhookUrl(appUrl, provider, connection.id), secret: connection.secret, createdAt: connection.createdAt.toISOString(), lastReceivedAt: connection.lastReceivedAt?.toISOString() ?? null }}
                  />
                );
              })
            : null}
        </div>
      </section>
      {manage ? <AutomationIntegrations ctx={ctx} appUrl={appUrl} /> : null}
    </>
  );
}

/** Where rules send what they learn: email, HubSpot, webhooks, team alerts, callbacks and conversions. */
async function AutomationIntegrations({ ctx, appUrl }: { ctx: Awaited<ReturnType<typeof requireWorkspace>>; appUrl: string }) {
  const [hubspot, members, agents, pixelToken] = await Promise.all([getHubSpotConnection(ctx), listMembers(ctx), listAgents(ctx), conversionPixelToken(ctx)]);
  const goals = await Promise.all(agents.map((a) => listGoals(ctx, a.id)));
  const variableNames = [...new Set(goals.flat().flatMap((g) => g.outputVariables.map((v) => v.name)))].sort();
  const env = getEnv();
  const slug = ctx.workspace.slug;
  return (
    <section aria-labelledby="automation-integrations" className="mt-10 grid gap-4">
      <div>
        <h2 id="automation-integrations" className="text-lg font-semibold">
          After the call
        </h2>
        <p className="text-sm text-muted-foreground">Where automation rules send what Debrief learns. Connect each one and test it here before a rule relies on it.</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <EmailCard slug={slug} smtp={Boolean(env.SMTP_URL)} from={env.EMAIL_FROM} defaultTo={ctx.user.email} />
        <TeamAlertCard slug={slug} />
        <div className="min-w-0 lg:col-span-2">
          <HubSpotCard
            key={hubspot ? "connected" : "off"}
            slug={slug}
            connection={
              hubspot && {
                tokenHint: hubspot.tokenHint,
                hubId: hubspot.hubId,
                dealPipelineId: hubspot.dealPipelineId,
                dealStageId: hubspot.dealStageId,
                taskDueInDays: hubspot.taskDueInDays,
                propertyMappings: hubspot.propertyMappings,
                ownerMappings: hubspot.ownerMappings,
                lastTestedAt: hubspot.lastTestedAt?.toISOString() ?? null,
                lastTestError: hubspot.lastTestError,
              }
            }
            members={members.map((m) => ({ userId: m.userId, label: m.name ? `${m.name} (${m.email})` : m.email }))}
            variableNames={variableNames}
          />
        </div>
        <WebhookTestCard slug={slug} testSecret={`whsec_test_${randomBytes(18).toString("base64url")}`} />
        <ObjectiveCallbackCard secret={callbackSigningSecret(ctx.workspace.id)} />
        <div className="min-w-0 lg:col-span-2">
          <ConversionTrackingCard slug={slug} appUrl={appUrl} teamId={ctx.workspace.id} token={pixelToken} />
        </div>
      </div>
    </section>
  );
}
