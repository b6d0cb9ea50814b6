import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CallProviderCard } from "@/components/integrations/call-provider-card";
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
    </>
  );
}
