import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeftIcon, BotIcon, LockIcon } from "lucide-react";
import { ImportWizard } from "@/components/conversations/import/import-wizard";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAgents } from "@/lib/agents/list-agents";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { importChunkAction } from "./actions";

export const metadata: Metadata = { title: "Import conversations" };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  const base = `/w/${ctx.workspace.slug}`;
  const agents = await listAgents(ctx);
  return (
    <>
      <Link href={`${base}/conversations`} className="mb-3 inline-flex items-center gap-1 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50">
        <ArrowLeftIcon aria-hidden className="size-4" />
        Conversations
      </Link>
      <PageHeader title="Import conversations" description="Bring in past calls from a CSV or JSONL export: map its columns, check a preview, import. Each imported call is evaluated like one sent through the API." />
      {!can(ctx.actor.role, "conversations.write") ? (
        <EmptyState icon={<LockIcon />} titleAs="h2" title="You cannot import conversations" description={`Your role (${ctx.actor.role}) can read conversations but not add them. Ask an owner or admin.`} />
      ) : agents.length === 0 ? (
        <EmptyState
          icon={<BotIcon />}
          titleAs="h2"
          title="Create an agent first"
          description="Every conversation belongs to an agent, whose goals it is judged against. Create the agent that handled these calls, then come back."
          action={
            can(ctx.actor.role, "definitions.write") ? (
              <Button asChild>
                <Link href={`${base}/agents/new`}>New agent</Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <ImportWizard slug={ctx.workspace.slug} agents={agents.map((a) => ({ id: a.id, name: a.name }))} action={importChunkAction} />
      )}
    </>
  );
}
