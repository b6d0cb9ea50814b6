"use client";

import * as React from "react";
import { useRouter } from "next/navigation";
import { ChevronDownIcon, DownloadIcon, Loader2Icon } from "lucide-react";
import { useTimeZone } from "@/components/time-zone";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { PRESETS, paramsQuery, type DashboardParams, type Preset } from "./params";

interface FilterBarProps {
  base: string;
  params: DashboardParams;
  agents: { id: string; name: string }[];
  /** The resolved range, for the custom inputs' defaults. */
  range: { from: string; to: string };
  exportHref?: string;
  /** False on pages about one agent. */
  showAgents?: boolean;
}

/** The filters every view shares; they live in the URL, so a link shows the same figures. */
export function FilterBar({ base, params, agents, range, exportHref, showAgents = true }: FilterBarProps) {
  const timeZone = useTimeZone();
  const router = useRouter();
  const [pending, startTransition] = React.useTransition();
  const [custom, setCustom] = React.useState(params.range === "custom");
  const go = (next: Partial<DashboardParams>) => startTransition(() => router.push(`${base}${paramsQuery({ ...params, ...next })}`, { scroll: false }));
  const agentLabel = params.agentId.length === 0 ? "All agents" : params.agentId.length === 1 ? (agents.find((a) => a.id === params.agentId[0])?.name ?? "1 agent") : `${params.agentId.length} agents`;
  const toggleAgent = (id: string, on: boolean) => go({ agentId: on ? [...params.agentId, id] : params.agentId.filter((a) => a !== id) });

  const applyCustom = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    go({ range: "custom", from: String(data.get("from") ?? ""), to: String(data.get("to") ?? "") });
  };

  return (
    <search aria-label="Dashboard filters" className="grid gap-3" data-pending={pending ? "" : undefined}>
      <div className="flex flex-wrap items-end gap-2">
        <Field id="dash-range" label="Date range">
          <NativeSelect
            id="dash-range"
            value={custom ? "custom" : params.range}
            onChange={(e) => {
              const value = e.target.value as Preset;
              if (value === "custom") setCustom(true);
              else {
                setCustom(false);
                go({ range: value, from: undefined, to: undefined });
              }
            }}
          >
            {PRESETS.map((p) => (
              <NativeSelectOption key={p.value} value={p.value}>
                {p.label}
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </Field>
        {showAgents ? (
        <Field id="dash-agents" label="Agents">
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button id="dash-agents" variant="outline" className="w-44 justify-between font-normal">
                <span className="truncate">{agentLabel}</span>
                <ChevronDownIcon aria-hidden className="opacity-50" />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="start" className="w-64">
              <DropdownMenuLabel>Show calls of</DropdownMenuLabel>
              <DropdownMenuItem onSelect={() => go({ agentId: [] })}>All agents</DropdownMenuItem>
              <DropdownMenuSeparator />
              {agents.map((a) => (
                <DropdownMenuCheckboxItem key={a.id} checked={params.agentId.includes(a.id)} onCheckedChange={(on) => toggleAgent(a.id, on === true)} onSelect={(e) => e.preventDefault()}>
                  {a.name}
                </DropdownMenuCheckboxItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
        </Field>
        ) : null}
        <Field id="dash-direction" label="Direction">
          <NativeSelect id="dash-direction" value={params.direction ?? ""} onChange={(e) => go({ direction: e.target.value || undefined })}>
            <NativeSelectOption value="">Both directions</NativeSelectOption>
            <NativeSelectOption value="inbound">Inbound</NativeSelectOption>
            <NativeSelectOption value="outbound">Outbound</NativeSelectOption>
          </NativeSelect>
        </Field>
        <Field id="dash-call-type" label="Call type">
          <NativeSelect id="dash-call-type" value={params.callType ?? ""} onChange={(e) => go({ callType: e.target.value || undefined })}>
            <NativeSelectOption value="">All call types</NativeSelectOption>
            <NativeSelectOption value="individual">Individual</NativeSelectOption>
            <NativeSelectOption value="campaign">Campaign</NativeSelectOption>
          </NativeSelect>
        </Field>
        <Field id="dash-interval" label="Trend by">
          <NativeSelect id="dash-interval" value={params.interval} onChange={(e) => go({ interval: e.target.value === "week" ? "week" : "day" })}>
            <NativeSelectOption value="day">Day</NativeSelectOption>
            <NativeSelectOption value="week">Week</NativeSelectOption>
          </NativeSelect>
        </Field>
        <div className="ml-auto flex items-center gap-2 self-end">
          {pending ? <Loader2Icon aria-label="Updating" className="size-4 animate-spin text-muted-foreground" /> : null}
          {exportHref ? (
            <Button asChild variant="outline">
              <a href={exportHref} download>
                <DownloadIcon aria-hidden />
                Export CSV
              </a>
            </Button>
          ) : null}
        </div>
      </div>
      {custom ? (
        <form onSubmit={applyCustom} className="flex flex-wrap items-end gap-2" key={`${range.from}-${range.to}`}>
          <Field id="dash-from" label="From">
            <Input id="dash-from" name="from" type="date" defaultValue={range.from} required className="w-40" />
          </Field>
          <Field id="dash-to" label="To">
            <Input id="dash-to" name="to" type="date" defaultValue={range.to} required className="w-40" />
          </Field>
          <Button type="submit" variant="secondary">
            Apply range
          </Button>
        </form>
      ) : null}
      <p className="text-xs text-muted-foreground">
        Days and weeks in {timeZone.replace(/_/g, " ")} (Settings → General).
      </p>
    </search>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="grid min-w-0 gap-1.5">
      <Label htmlFor={id} className="text-xs text-muted-foreground">
        {label}
      </Label>
      {children}
    </div>
  );
}
