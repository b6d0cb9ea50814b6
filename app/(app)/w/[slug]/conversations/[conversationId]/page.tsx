import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowDownLeftIcon, ArrowLeftIcon, ArrowUpRightIcon, ClockIcon, PhoneOffIcon, UserRoundIcon } from "lucide-react";
import { OutcomeBadge, StatusBadge } from "@/components/conversations/badges";
import { ConversionList, MarkConversionForm } from "@/components/conversations/conversions";
import { DeleteConversationButton } from "@/components/conversations/delete-conversation-button";
import { EffectsList } from "@/components/conversations/effects-list";
import { contactLabel, formatDuration, humanize } from "@/components/conversations/format";
import { MetadataList } from "@/components/conversations/metadata-list";
import { Timeline } from "@/components/conversations/timeline";
import { AutoRefresh } from "@/components/evaluation/auto-refresh";
import { EvaluationHistory } from "@/components/evaluation/evaluation-history";
import { EvidenceProvider } from "@/components/evaluation/evidence-context";
import { HighlightedTranscript } from "@/components/evaluation/highlighted-transcript";
import { UsageFacts } from "@/components/evaluation/usage-facts";
import { DateTime } from "@/components/time-zone";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Separator } from "@/components/ui/separator";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { getConversation } from "@/lib/conversations/get-conversation";
import { NotFoundError } from "@/lib/errors";
import { deleteConversationAction } from "../actions";
import { markConversionAction } from "./actions";
import { EvaluationSection } from "./evaluation-section";
import { loadReview } from "./load-review";

export const metadata: Metadata = { title: "Conversation" };

type Props = { params: Promise<{ slug: string; conversationId: string }> };

async function load(slug: string, id: string) {
  const ctx = await requireWorkspace(slug);
  try {
    return { ctx, conversation: await getConversation(ctx, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function ConversationPage({ params }: Props) {
  const { slug, conversationId } = await params;
  const { ctx, conversation: c } = await load(slug, conversationId);
  const review = await loadReview(ctx, c.id);
  const base = `/w/${ctx.workspace.slug}`;
  const title = contactLabel(c.contact);
  const agentName = c.agentName ?? "Agent";
  const canReview = can(ctx.actor.role, "conversations.review");
  const { results, assignee } = review;
  return (
    <EvidenceProvider>
      <AutoRefresh active={c.status === "received" || c.status === "evaluating"} />
      <Link href={`${base}/conversations`} className="mb-3 inline-flex items-center gap-1 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50">
        <ArrowLeftIcon aria-hidden className="size-4" />
        Conversations
      </Link>
      <PageHeader
        title={title}
        description={
          <>
            {c.direction === "inbound" ? "Called " : "Called by "}
            <Link href={`${base}/agents/${c.agentId}`} className="font-medium text-foreground underline-offset-4 hover:underline">
              {agentName}
            </Link>
            {" · ended "}
            <DateTime value={c.endedAt} />
          </>
        }
        actions={can(ctx.actor.role, "conversations.write") ? <DeleteConversationButton action={deleteConversationAction} slug={ctx.workspace.slug} id={c.id} /> : null}
      >
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted-foreground" aria-label="Call summary">
          <li>
            <StatusBadge status={c.status} />
          </li>
          <li className="inline-flex items-center gap-1.5">
            {c.direction === "inbound" ? <ArrowDownLeftIcon aria-hidden className="size-4" /> : <ArrowUpRightIcon aria-hidden className="size-4" />}
            {humanize(c.direction)}
          </li>
          {c.durationSeconds != null ? (
            <li className="inline-flex items-center gap-1.5">
              <ClockIcon aria-hidden className="size-4" />
              <span className="sr-only">Duration </span>
              <span className="tabular-nums">{formatDuration(c.durationSeconds)}</span>
            </li>
          ) : null}
          <li className="inline-flex items-center gap-1.5">
            <PhoneOffIcon aria-hidden className="size-4" />
            <span className="sr-only">End reason </span>
            {humanize(c.endReason)}
          </li>
          {c.outcome ? (
            <li>
              <OutcomeBadge outcome={c.outcome} />
            </li>
          ) : null}
          {assignee ? (
            <li className="inline-flex items-center gap-1.5" data-testid="assignee">
              <UserRoundIcon aria-hidden className="size-4" />
              Assigned to <span className="font-medium text-foreground">{assignee.name}</span>
            </li>
          ) : null}
        </ul>
      </PageHeader>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid min-w-0 content-start gap-6">
          <EvaluationSection conversation={c} review={review} slug={ctx.workspace.slug} canReview={canReview} />
          {c.recordingUrl ? (
            <Card>
              <CardHeader>
                <CardTitle asChild>
                  <h2>Recording</h2>
                </CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2">
                <audio controls preload="none" src={c.recordingUrl} className="w-full">
                  <a href={c.recordingUrl}>Download the recording</a>
                </audio>
                <a href={c.recordingUrl} target="_blank" rel="noreferrer noopener" className="justify-self-start text-xs text-muted-foreground underline-offset-4 hover:underline">
                  Open the recording in a new tab
                </a>
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle asChild>
                <h2>Transcript</h2>
              </CardTitle>
              <CardDescription>
                {c.turnCount} {c.turnCount === 1 ? "turn" : "turns"}
              </CardDescription>
            </CardHeader>
            <CardContent>
              <HighlightedTranscript turns={c.transcript} agentName={agentName} customerName={c.contact.name || "Customer"} />
            </CardContent>
          </Card>
        </div>

        <div className="grid min-w-0 content-start gap-6">
          <SideCard title="Contact">
            <Facts
              facts={[
                ["Name", c.contact.name],
                ["Phone", c.contact.phone],
                ["Email", c.contact.email],
                ["Company", c.contact.company],
              ]}
              empty="No contact details were sent with this call."
            />
          </SideCard>
          <SideCard title="Call">
            <Facts
              facts={[
                ["External id", c.externalId],
                ["Source", humanize(c.source)],
                ["Call type", humanize(c.callType)],
                ["Started", c.startedAt ? <DateTime value={c.startedAt} /> : null],
                ["Ended", <DateTime key="ended" value={c.endedAt} />],
                ["Received", <DateTime key="received" value={c.createdAt} />],
              ]}
            />
          </SideCard>
          {results ? (
            <SideCard title="Evaluation">
              <div className="grid gap-4">
                <UsageFacts usage={results.usage} />
                <Separator />
                <EvaluationHistory history={results.history} />
              </div>
            </SideCard>
          ) : null}
          <SideCard title="Conversions">
            <div className="grid gap-4">
              <ConversionList conversions={review.conversions} />
              {canReview ? <MarkConversionForm slug={ctx.workspace.slug} conversationId={c.id} action={markConversionAction} /> : null}
            </div>
          </SideCard>
          <SideCard title="Automations">
            <EffectsList effects={review.effects} />
          </SideCard>
          <SideCard title="Status timeline">
            <Timeline events={c.timeline} status={c.status} />
          </SideCard>
          <SideCard title="Metadata">
            <MetadataList metadata={c.metadata} />
          </SideCard>
        </div>
      </div>
    </EvidenceProvider>
  );
}

function SideCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card className="gap-4 py-5">
      <CardHeader className="px-5">
        <CardTitle asChild>
          <h2 className="text-sm">{title}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="px-5">{children}</CardContent>
    </Card>
  );
}

function Facts({ facts, empty }: { facts: [string, React.ReactNode][]; empty?: string }) {
  const shown = facts.filter(([, value]) => value);
  if (shown.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <dl className="grid grid-cols-[6rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
