import type { Metadata } from "next";
import Link from "next/link";
import { AlertCircleIcon, CircleHelpIcon, InboxIcon, XIcon } from "lucide-react";
import { ArchiveViewSwitch } from "@/components/agents/archive-view-switch";
import { AutomationsNav } from "@/components/automations/automations-nav";
import { memberLabel } from "@/components/automations/builder-context";
import { cursorPageLinks, pageHref, readCursor } from "@/components/automations/cursor-pages";
import { DeliveryLog, type DeliveryRow } from "@/components/automations/delivery-log";
import { ACTION_LABELS, describeAction } from "@/components/automations/describe";
import { summarize } from "@/components/automations/summarize";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { listAutomations, type AutomationView } from "@/lib/automations/automations";
import { listDeliveries } from "@/lib/automations/deliveries";
import { InvalidError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { listMembers } from "@/lib/members/list-members";

export const metadata: Metadata = { title: "Delivery log · Automations" };

const PAGE_SIZE = 25;
const STATUSES = [
  { value: undefined, label: "All" },
  { value: "failed", label: "Failed" },
  { value: "unconfirmed", label: "Unconfirmed" },
  { value: "pending", label: "Pending" },
  { value: "succeeded", label: "Succeeded" },
] as const;

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

type Delivery = Awaited<ReturnType<typeof listDeliveries>>["data"][number];

function actionLabel(d: Delivery, rule: AutomationView | undefined, members: Record<string, string>): string {
  if (d.actionType === "objective_callback") return `Objective callback · ${d.actionId}`;
  const action = rule?.actions.find((a) => a.id === d.actionId);
  if (action) return describeAction(action, { members });
  return ACTION_LABELS[d.actionType as keyof typeof ACTION_LABELS] ?? d.actionType;
}

export default async function DeliveryLogPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const ctx = await requireWorkspace((await params).slug);
  const search = await searchParams;
  const status = one(search.status);
  const automation = one(search.automation);
  const page = readCursor(search);
  const base = `/w/${ctx.workspace.slug}/automations/log`;
  const filters = { status, automation };

  const [rules, members, result] = await Promise.all([
    listAutomations(ctx),
    listMembers(ctx),
    listDeliveries(ctx, { status, automationId: automation, cursor: page.cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
      if (error instanceof InvalidError) return error;
      throw error;
    }),
  ]);
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const memberNames = Object.fromEntries(members.map((m) => [m.userId, memberLabel(m)]));
  const filteredRule = automation ? rulesById.get(automation) : undefined;

  const rows: DeliveryRow[] =
    result instanceof InvalidError
      ? []
      : result.data.map((d) => {
          const rule = d.automationId ? rulesById.get(d.automationId) : undefined;
          return {
            id: d.id,
            when: formatDateTime(d.createdAt, ctx.timeZone),
            ruleName: d.actionType === "objective_callback" ? "Goal callback URL" : (rule?.name ?? "Deleted rule"),
            ruleHref: rule ? `/w/${ctx.workspace.slug}/automations/${rule.id}` : null,
            actionLabel: actionLabel(d, rule, memberNames),
            conversationHref: d.conversationId ? `/w/${ctx.workspace.slug}/conversations/${d.conversationId}` : null,
            status: d.status,
            lastError: d.lastError,
            result: summarize(d.result),
            attempts: d.attempts.map((a) => ({ attempt: a.attempt, at: formatDateTime(a.at, ctx.timeZone), request: summarize(a.request), responseStatus: a.responseStatus, error: a.error, durationMs: a.durationMs })),
          };
        });
  const pages = result instanceof InvalidError ? null : cursorPageLinks(base, filters, page, result.nextCursor);
  const hasUnconfirmed = rows.some((r) => r.status === "unconfirmed");

  return (
    <>
      <PageHeader title="Automations" description="Every attempt of every action: what was sent, what came back, how long it took.">
        <AutomationsNav slug={ctx.workspace.slug} active="log" ruleCount={rules.length} />
      </PageHeader>
      <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <div className="max-w-full min-w-0 overflow-x-auto">
            <ArchiveViewSwitch
              label="Status"
              views={STATUSES.map((s) => ({ label: s.label, href: pageHref(base, { ...filters, status: s.value }, { back: [] }), active: status === s.value }))}
            />
          </div>
          {automation ? (
            <span className="inline-flex items-center gap-1 rounded-md border px-2 py-1 text-sm">
              Rule: <strong className="font-medium">{filteredRule?.name ?? "a deleted rule"}</strong>
              <Link href={pageHref(base, { status }, { back: [] })} className="ml-1 rounded-sm text-muted-foreground hover:text-foreground" aria-label="Show every rule">
                <XIcon aria-hidden className="size-4" />
              </Link>
            </span>
          ) : null}
        </div>
        {hasUnconfirmed || status === "unconfirmed" ? (
          <Alert variant="warning">
            <CircleHelpIcon aria-hidden />
            <AlertTitle>About unconfirmed deliveries</AlertTitle>
            <AlertDescription>
              The process stopped while they were being sent, so Debrief cannot tell whether they arrived and does not retry them on its own. Check the receiver (or Settings → Email for an
              email) before replaying, or the same message may arrive twice.
            </AlertDescription>
          </Alert>
        ) : null}
        {result instanceof InvalidError ? (
          <Alert variant="destructive">
            <AlertCircleIcon aria-hidden />
            <AlertTitle>This filter cannot be used</AlertTitle>
            <AlertDescription>
              <p>{result.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}</p>
              <Link href={base} className="underline underline-offset-4">
                Show every delivery
              </Link>
            </AlertDescription>
          </Alert>
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<InboxIcon />}
            titleAs="h2"
            title={status || automation ? "No deliveries match" : "No deliveries yet"}
            description={status || automation ? "Nothing with this status or rule. Try another filter." : "When a rule matches a call, each of its actions is recorded here with every attempt."}
            action={
              status || automation ? (
                <Button asChild variant="outline">
                  <Link href={base}>Show every delivery</Link>
                </Button>
              ) : null
            }
          />
        ) : (
          <>
            <div className="min-w-0 rounded-xl border bg-card px-2 shadow-xs">
              <DeliveryLog slug={ctx.workspace.slug} rows={rows} canReplay={can(ctx.actor.role, "automations.manage")} />
            </div>
            <PageLinks pages={pages} count={rows.length} noun="deliveries" />
          </>
        )}
      </div>
    </>
  );
}

