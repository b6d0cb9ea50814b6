import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowDownLeftIcon, ArrowLeftIcon, ArrowUpRightIcon, ClockIcon, PhoneOffIcon, SparklesIcon } from "lucide-react";
import { OutcomeBadge, StatusBadge } from "@/components/conversations/badges";
import { DeleteConversationButton } from "@/components/conversations/delete-conversation-button";
import { contactLabel, formatDuration, humanize } from "@/components/conversations/format";
import { MetadataList } from "@/components/conversations/metadata-list";
import { Timeline } from "@/components/conversations/timeline";
import { Transcript } from "@/components/conversations/transcript";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { getConversation, type ConversationDetail } from "@/lib/conversations/get-conversation";
import { NotFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { deleteConversationAction } from "../actions";

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
  const base = `/w/${ctx.workspace.slug}`;
  const title = contactLabel(c.contact);
  const agentName = c.agentName ?? "Agent";
  return (
    <>
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
            {formatDateTime(c.endedAt)}
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
        </ul>
      </PageHeader>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid min-w-0 content-start gap-6">
          <Evaluation conversation={c} />
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
              <Transcript turns={c.transcript} agentName={agentName} customerName={c.contact.name || "Customer"} />
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
                ["Started", c.startedAt ? formatDateTime(c.startedAt) : null],
                ["Ended", formatDateTime(c.endedAt)],
                ["Received", formatDateTime(c.createdAt)],
              ]}
            />
          </SideCard>
          <SideCard title="Status timeline">
            <Timeline events={c.timeline} status={c.status} />
          </SideCard>
          <SideCard title="Metadata">
            <MetadataList metadata={c.metadata} />
          </SideCard>
        </div>
      </div>
    </>
  );
}

/* EVALUATION RESULTS — the evaluation issue fills this card (goal verdicts, outcome, insights). Until then it says honestly where the call stands. */
function Evaluation({ conversation: c }: { conversation: ConversationDetail }) {
  const text =
    c.status === "failed"
      ? "The evaluation of this call failed; the timeline says why."
      : c.status === "evaluated"
        ? "This call has been evaluated; its goal verdicts and insights will be shown here."
        : "Debrief judges each call against its agent's goals soon after it arrives. The verdicts, the outcome and the insights will appear here.";
  return (
    <section aria-labelledby="evaluation-heading" data-testid="evaluation-results">
      <EmptyState icon={<SparklesIcon />} title={<span id="evaluation-heading">{c.status === "evaluated" ? "Evaluation" : "Not evaluated yet"}</span>} titleAs="h2" description={text} className="py-8" />
    </section>
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

function Facts({ facts, empty }: { facts: [string, string | null | undefined][]; empty?: string }) {
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
