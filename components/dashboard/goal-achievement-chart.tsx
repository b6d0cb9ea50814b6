"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartLegend, ChartLegendContent, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import type { GoalStat } from "@/lib/analytics/get-goal-stats";
import { useAgentPicker } from "./agent-picker";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { formatCount, formatPercent } from "./format";

const config = {
  achieved: { label: "Achieved", color: "var(--chart-2)" },
  partial: { label: "Partial", color: "var(--chart-3)" },
  notAchieved: { label: "Not achieved", color: "var(--chart-5)" },
} satisfies ChartConfig;

export const goalLabel = (g: Pick<GoalStat, "title" | "agentName">, manyAgents: boolean) => (manyAgents ? `${g.agentName} · ${g.title}` : g.title);

/** Each goal's current verdicts on connected calls, stacked, in call-flow order per agent. */
export function GoalAchievementChart({ goals }: { goals: GoalStat[] }) {
  const { agentId, picker } = useAgentPicker(goals, "goal-agent");
  const shown = goals.filter((g) => g.agentId === agentId);
  const data = shown.map((g) => ({ ...g, label: g.title }));
  return (
    <ChartCard
      title="Goal achievement"
      id="goal-achievement"
      description={
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span>Current verdicts per goal, in call-flow order (a person&apos;s override counts); unanswered calls left out</span>
          {picker}
        </div>
      }
      chart={
        <ChartContainer config={config} className="aspect-auto w-full" style={{ height: Math.max(180, data.length * 40 + 60) }}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 8 }} accessibilityLayer>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" tickLine={false} axisLine={false} />
            <YAxis type="category" dataKey="label" tickLine={false} axisLine={false} width={170} interval={0} tick={{ fontSize: 11 }} />
            <ChartTooltip content={<ChartTooltipContent />} />
            <ChartLegend content={<ChartLegendContent />} />
            <Bar dataKey="achieved" stackId="v" fill="var(--color-achieved)" />
            <Bar dataKey="partial" stackId="v" fill="var(--color-partial)" />
            <Bar dataKey="notAchieved" stackId="v" fill="var(--color-notAchieved)" radius={[0, 4, 4, 0]} />
          </BarChart>
        </ChartContainer>
      }
      table={
        <DataTable
          caption="Goal achievement"
          rowKey={(g) => `${g.agentId}:${g.goalKey}`}
          rows={shown}
          columns={[
            { header: "Goal", cell: (g) => g.title },
            { header: "Achieved", numeric: true, cell: (g) => formatCount(g.achieved) },
            { header: "Partial", numeric: true, cell: (g) => formatCount(g.partial) },
            { header: "Not achieved", numeric: true, cell: (g) => formatCount(g.notAchieved) },
            { header: "Awaiting review", numeric: true, cell: (g) => formatCount(g.pendingConfirmation) },
            { header: "Achievement", numeric: true, cell: (g) => formatPercent(g.achievementRate) },
          ]}
        />
      }
    />
  );
}
