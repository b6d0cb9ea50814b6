"use client";

import * as React from "react";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { cn } from "@/lib/utils";

interface ChartCardProps {
  title: string;
  description?: React.ReactNode;
  /** The chart; hidden from assistive technology's table navigation but labelled. */
  chart: React.ReactNode;
  /** The same figures as an accessible table. */
  table: React.ReactNode;
  footer?: React.ReactNode;
  className?: string;
  id?: string;
}

/** A dashboard card whose figures can be read as a chart or as a table. */
export function ChartCard({ title, description, chart, table, footer, className, id }: ChartCardProps) {
  const [view, setView] = React.useState("chart");
  const slug = id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <Card className={cn("gap-4", className)} aria-labelledby={`${slug}-title`} role="region" data-testid={`card-${slug}`}>
      <Tabs value={view} onValueChange={setView} className="gap-4">
        <CardHeader>
          <CardTitle asChild>
            <h2 id={`${slug}-title`} className="text-base">
              {title}
            </h2>
          </CardTitle>
          {description ? <CardDescription>{description}</CardDescription> : null}
          <CardAction>
            <TabsList aria-label={`${title}: view as`} className="h-8">
              <TabsTrigger value="chart" className="px-2.5 text-xs">
                Chart
              </TabsTrigger>
              <TabsTrigger value="table" className="px-2.5 text-xs">
                Table
              </TabsTrigger>
            </TabsList>
          </CardAction>
        </CardHeader>
        <CardContent>
          <TabsContent value="chart" className="min-w-0">
            {chart}
          </TabsContent>
          <TabsContent value="table" className="min-w-0">
            {table}
          </TabsContent>
          {footer ? <div className="pt-3 text-xs text-muted-foreground">{footer}</div> : null}
        </CardContent>
      </Tabs>
    </Card>
  );
}
