import type { Metadata } from "next";
import Link from "next/link";
import { AlertCircleIcon, SearchXIcon, UploadIcon } from "lucide-react";
import { ConversationFilters } from "@/components/conversations/conversation-filters";
import { ConversationTable, type ConversationRow } from "@/components/conversations/conversation-table";
import { FirstConversation } from "@/components/conversations/first-conversation";
import { contactLabel, formatDuration, humanize } from "@/components/conversations/format";
import { hasFilters, pageLinks, readListParams, toFilters } from "@/components/conversations/list-params";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/pagination";
import { listAgents } from "@/lib/agents/list-agents";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { listConversations } from "@/lib/conversations/list-conversations";
import type { ConversationSummary } from "@/lib/conversations/present-conversation";
import { getEnv } from "@/lib/env";
import { InvalidError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { listOutcomes } from "@/lib/outcomes/outcomes";

export const metadata: Metadata = { title: "Conversations" };

const PAGE_SIZE = 25;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConversationsPage({ params, searchParams }: Props) {
  const ctx = await requireWorkspace((await params).slug);
  const base = `/w/${ctx.workspace.slug}/conversations`;
  const list = readListParams(await searchParams);
  const filtered = hasFilters(list);
  const canWrite = can(ctx.actor.role, "conversations.write");

  const [agents, archivedAgents, outcomes, result] = await Promise.all([
    listAgents(ctx),
    listAgents(ctx, { archived: true }),
    listOutcomes(ctx),
    listConversations(ctx, { ...toFilters(list), limit: PAGE_SIZE }).catch((error: unknown) => {
      if (error instanceof InvalidError) return error;
      throw error;
    }),
  ]);

  const importButton = canWrite ? (
    <Button asChild variant="outline">
      <Link href={`${base}/import`}>
        <UploadIcon aria-hidden />
        Import
      </Link>
    </Button>
  ) : null;
  const header = <PageHeader title="Conversations" description="Every call your agents handled, with its transcript, status and outcome." actions={importButton} />;

  if (!filtered && !list.cursor && !(result instanceof InvalidError) && result.data.length === 0) {
    return (
      <>
        {header}
        <FirstConversation slug={ctx.workspace.slug} appUrl={getEnv().APP_URL} agentId={agents[0]?.id ?? null} canWrite={canWrite} />
      </>
    );
  }

  const pages = result instanceof InvalidError ? null : pageLinks(base, list, result.nextCursor);
  return (
    <>
      {header}
      <div className="grid min-w-0 gap-4">
        <ConversationFilters
          base={base}
          params={list}
          agents={[...agents, ...archivedAgents.map((a) => ({ ...a, name: `${a.name} (archived)` }))]}
          outcomes={outcomes.filter((o) => !o.hidden)}
          active={filtered}
        />
        {result instanceof InvalidError ? (
          <Alert variant="destructive">
            <AlertCircleIcon aria-hidden />
            <AlertTitle>These filters cannot be used</AlertTitle>
            <AlertDescription>
              <p>{result.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}</p>
              <Link href={base} className="underline underline-offset-4">
                Clear filters
              </Link>
            </AlertDescription>
          </Alert>
        ) : result.data.length === 0 ? (
          <EmptyState
            icon={<SearchXIcon />}
            titleAs="h2"
            title="No conversations match these filters"
            description="Try fewer filters, a wider date range or other words. Search finds words said on the call, in any form (cancel finds cancelled)."
            action={
              <Button asChild variant="outline">
                <Link href={base}>Clear filters</Link>
              </Button>
            }
          />
        ) : (
          <>
            <div className="min-w-0 rounded-xl border bg-card px-2 shadow-xs">
              <ConversationTable rows={result.data.map((c) => toRow(c, base, ctx.timeZone))} caption={filtered ? "Conversations matching the filters, newest first." : "Conversations, newest first."} />
            </div>
            <PageLinks pages={pages} count={result.data.length} noun="conversations" />
          </>
        )}
      </div>
    </>
  );
}

function toRow(c: ConversationSummary, base: string, timeZone: string): ConversationRow {
  const label = contactLabel(c.contact);
  const detail = [c.contact.phone, c.contact.email, c.contact.company].find((v) => v && v !== label) ?? null;
  return {
    id: c.id,
    href: `${base}/${c.id}`,
    when: formatDateTime(c.endedAt, timeZone),
    agentName: c.agentName ?? "—",
    contactName: label,
    contactDetail: detail,
    direction: c.direction,
    duration: formatDuration(c.durationSeconds),
    endReason: humanize(c.endReason),
    status: c.status,
    outcome: c.outcome,
  };
}
