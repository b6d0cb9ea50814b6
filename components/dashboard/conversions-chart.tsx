"use client";

import * as React from "react";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { formatCount, formatMoney } from "./format";

export interface ConversionRow {
  key: string;
  name: string;
  conversations: number;
  conversions: number;
  profit: number;
}

const compactMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact" });

const config = { profit: { label: "Profit", color: "var(--chart-2)" }, conversions: { label: "Conversions", color: "var(--chart-1)" } } satisfies ChartConfig;

/** Conversions recorded after calls and their profit, attributed to the call's outcome or agent. */
export function ConversionsChart({ byOutcome, byAgent }: { byOutcome: ConversionRow[]; byAgent: ConversionRow[] }) {
  const [by, setBy] = React.useState<"outcome" | "agent">("outcome");
  const rows = (by === "outcome" ? byOutcome : byAgent).filter((r) => r.conversions > 0 || r.profit !== 0);
  const pick = (
    <Tabs value={by} onValueChange={(v) => setBy(v as "outcome" | "agent")}>
      <TabsList aria-label="Group conversions by" className="h-7">
        <TabsTrigger value="outcome" className="px-2 text-xs">
          By outcome
        </TabsTrigger>
        <TabsTrigger value="agent" className="px-2 text-xs">
          By agent
        </TabsTrigger>
      </TabsList>
    </Tabs>
  );
  return (
    <ChartCard
      title="Conversions and profit"
      id="conversions"
      description={
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span>Leads and sales matched to the calls</span>
          {pick}
        </div>
      }
      chart={
        rows.length === 0 ? (
          <p className="py-16 text-center text-sm text-muted-foreground">No conversions recorded for these calls yet.</p>
        ) : (
          <ChartContainer config={config} className="aspect-auto w-full" style={{ height: Math.max(140, rows.length * 34 + 30) }}>
            <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
              <CartesianGrid horizontal={false} />
              <XAxis type="number" tickLine={false} axisLine={false} tickFormatter={(v: number) => compactMoney.format(v)} />
              <YAxis type="category" dataKey="name" tickLine={false} axisLine={false} width={170} interval={0} tick={{ fontSize: 11 }} />
              <ChartTooltip content={<ChartTooltipContent />} />
              <Bar dataKey="profit" fill="var(--color-profit)" radius={[0, 4, 4, 0]} />
            </BarChart>
          </ChartContainer>
        )
      }
      table={
        <DataTable
          caption={`Conversions by ${by}`}
          rowKey={(r) => r.key}
          rows={by === "outcome" ? byOutcome : byAgent}
          columns={[
            { header: by === "outcome" ? "Outcome" : "Agent", cell: (r) => r.name },
            { header: "Calls", numeric: true, cell: (r) => formatCount(r.conversations) },
            { header: "Conversions", numeric: true, cell: (r) => formatCount(r.conversions) },
            { header: "Profit", numeric: true, cell: (r) => formatMoney(r.profit) },
          ]}
        />
      }
    />
  );
}
