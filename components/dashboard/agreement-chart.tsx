"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import type { GoalStat } from "@/lib/analytics/get-goal-stats";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { formatCount, formatPercent } from "./format";
import { goalLabel } from "./goal-achievement-chart";

const config = { agreement: { label: "Agreement", color: "var(--chart-1)" } } satisfies ChartConfig;

/** Of the verdicts people reviewed, how often the machine had it right, per goal. */
export function AgreementChart({ goals }: { goals: GoalStat[] }) {
  const reviewed = goals.filter((g) => g.reviewed > 0);
  const manyAgents = new Set(reviewed.map((g) => g.agentId)).size > 1;
  const total = reviewed.reduce((n, g) => n + g.reviewed, 0);
  const agreed = reviewed.reduce((n, g) => n + g.agreed, 0);
  const data = reviewed.map((g) => ({ label: g.title, agreement: g.agreementRate === null ? 0 : Math.round(g.agreementRate * 1000) / 10 }));
  return (
    <ChartCard
      title="Machine vs. human agreement"
      id="agreement"
      description={total > 0 ? `${formatPercent(agreed / total)} of ${formatCount(total)} reviewed verdicts matched the machine's` : "How often people's reviews agree with the machine's verdicts"}
      chart={
        data.length === 0 ? (
          <p className="py-16 text-center text-sm text-muted-foreground">No verdicts reviewed in this range. Overrides on a conversation&apos;s page show up here.</p>
        ) : (
          <ChartContainer config={config} className="aspect-auto w-full" style={{ height: Math.max(140, data.length * 30 + 30) }}>
            <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
              <CartesianGrid horizontal={false} />
              <XAxis type="number" domain={[0, 100]} tickLine={false} axisLine={false} tickFormatter={(v: number) => `${v}%`} />
              <YAxis type="category" dataKey="label" tickLine={false} axisLine={false} width={170} interval={0} tick={{ fontSize: 11 }} />
              <ChartTooltip content={<ChartTooltipContent />} />
              <Bar dataKey="agreement" fill="var(--color-agreement)" radius={[0, 4, 4, 0]} />
            </BarChart>
          </ChartContainer>
        )
      }
      table={
        <DataTable
          caption="Agreement per goal"
          rowKey={(g) => `${g.agentId}:${g.goalKey}`}
          rows={reviewed}
          columns={[
            { header: "Goal", cell: (g) => goalLabel(g, manyAgents) },
            { header: "Reviewed", numeric: true, cell: (g) => formatCount(g.reviewed) },
            { header: "Agreed", numeric: true, cell: (g) => formatCount(g.agreed) },
            { header: "Agreement", numeric: true, cell: (g) => formatPercent(g.agreementRate) },
          ]}
        />
      }
    />
  );
}
