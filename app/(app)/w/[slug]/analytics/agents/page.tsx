import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeftIcon } from "lucide-react";
import { AgentComparison } from "@/components/dashboard/agent-comparison";
import { DataTable } from "@/components/dashboard/data-table";
import { EmptyRange } from "@/components/dashboard/empty-range";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { change, formatCost, formatCount, formatMoney, formatPercent, formatSeconds, formatSentiment } from "@/components/dashboard/format";
import { filtersQuery, latestCallsLink, paramsQuery, readDashboardParams, toQuery } from "@/components/dashboard/params";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { resolveFilters } from "@/lib/analytics/filters";
import { getAgentComparison } from "@/lib/analytics/get-agent-comparison";
import { latestCallDay, listAgentOptions } from "@/lib/analytics/load-dashboard";
import { requireWorkspace } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Agent comparison" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgentComparisonPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const ctx = await requireWorkspace(slug);
  const state = readDashboardParams(await searchParams);
  const { timeZone } = ctx;
  const agents = await listAgentOptions(ctx);
  const filters = await resolveFilters(ctx, toQuery(state, timeZone));
  const rows = await getAgentComparison(ctx, filters);
  const base = `/w/${slug}/analytics/agents`;
  const latest = rows.length === 0 ? latestCallsLink(base, state, filters, await latestCallDay(ctx, timeZone)) : null;
  const back = `/w/${slug}${paramsQuery(state)}`;
  return (
    <>
      <PageHeader
        title="Agent comparison"
        description="The dashboard's figures for each agent, side by side."
        actions={
          <Button asChild variant="ghost">
            <Link href={back}>
              <ArrowLeftIcon aria-hidden />
              Dashboard
            </Link>
          </Button>
        }
      />
      <div className="grid gap-6">
        <FilterBar base={base} params={state} agents={agents} range={filters} exportHref={`/w/${slug}/analytics/export${filtersQuery(filters)}`} />
        {rows.length === 0 ? (
          <EmptyRange range={filters} latest={latest} clearHref={base} />
        ) : (
          <>
            <section aria-labelledby="agents-table-title" className="grid gap-2">
              <h2 id="agents-table-title" className="sr-only">
                Figures per agent
              </h2>
              <DataTable
                caption="Figures per agent for the filters"
                rowKey={(r) => r.agentId}
                rows={rows}
                columns={[
                  {
                    header: "Agent",
                    cell: (r) => (
                      <Link href={`/w/${slug}${paramsQuery({ ...state, agentId: [r.agentId] })}`} className="font-medium underline-offset-4 hover:underline">
                        {r.name}
                        {r.archived ? " (archived)" : ""}
                      </Link>
                    ),
                  },
                  { header: "Calls", numeric: true, cell: (r) => formatCount(r.conversations) },
                  { header: "Success", numeric: true, cell: (r) => formatPercent(r.successRate) },
                  { header: "vs previous", numeric: true, cell: (r) => change(r.successRate, r.previousSuccessRate, "rate")?.text ?? "—" },
                  { header: "Partial", numeric: true, cell: (r) => formatPercent(r.partialRate) },
                  { header: "Voicemail", numeric: true, cell: (r) => formatCount(r.voicemail) },
                  { header: "No answer / busy", numeric: true, cell: (r) => formatCount(r.noAnswer + r.busy) },
                  { header: "Avg. duration", numeric: true, cell: (r) => formatSeconds(r.averageDurationSeconds) },
                  { header: "Sentiment", numeric: true, cell: (r) => formatSentiment(r.averageSentiment) },
                  { header: "Conversions", numeric: true, cell: (r) => formatCount(r.conversions) },
                  { header: "Profit", numeric: true, cell: (r) => formatMoney(r.profit) },
                  { header: "Eval. cost", numeric: true, cell: (r) => formatCost(r.evaluationCostUsd) },
                ]}
              />
            </section>
            <AgentComparison rows={rows} />
          </>
        )}
      </div>
    </>
  );
}
