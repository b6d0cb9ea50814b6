"use client";

import { useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Loader2Icon, SearchIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { cn } from "@/lib/utils";
import { FILTER_KEYS, listHref, type ListParams } from "./list-params";

interface Option {
  id: string;
  name: string;
}

interface ConversationFiltersProps {
  base: string;
  params: ListParams;
  agents: Option[];
  outcomes: Option[];
  active: boolean;
}

const STATUSES = ["received", "evaluating", "evaluated", "failed"];

/**
 * The filters live in the URL: submitting navigates to the list with them (and back to the
 * first page); a select applies at once. Without JavaScript the form still submits as a GET.
 */
export function ConversationFilters({ base, params, agents, outcomes, active }: ConversationFiltersProps) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();

  // The form starts over from the URL when the filters change from outside (Clear filters, Back),
  // but not when this form changed them: what was typed meanwhile must not be lost.
  const current = listHref(base, { ...params, cursor: undefined, back: [] });
  const [pushed, setPushed] = useState<string | null>(null);
  const [seen, setSeen] = useState(current);
  const [formKey, setFormKey] = useState(current);
  if (current !== seen) {
    setSeen(current);
    if (current !== pushed) setFormKey(current);
    setPushed(null);
  }

  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: ListParams = { back: [] };
    for (const key of FILTER_KEYS) next[key] = String(data.get(key) ?? "").trim() || undefined;
    const href = listHref(base, next);
    setPushed(href);
    startTransition(() => router.push(href));
  };
  const submitNow = () => form.current?.requestSubmit();

  return (
    <search aria-label="Filter conversations">
      <form ref={form} action={base} method="get" onSubmit={apply} className="grid gap-3" key={formKey}>
        <div className="flex flex-wrap items-end gap-2">
          <div className="grid min-w-56 flex-1 gap-1.5">
            <Label htmlFor="filter-q">Search transcripts</Label>
            <div className="relative">
              <SearchIcon aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
              <Input id="filter-q" name="q" type="search" defaultValue={params.q} placeholder="Words said on the call, e.g. refund" className="pl-9" />
            </div>
          </div>
          <Button type="submit" disabled={pending}>
            {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
            Apply
          </Button>
          {active ? (
            <Button asChild variant="ghost">
              <Link href={base}>
                <XIcon aria-hidden />
                Clear filters
              </Link>
            </Button>
          ) : null}
        </div>
        <div className="grid grid-cols-2 gap-2 md:grid-cols-4 xl:grid-cols-7">
          <FilterSelect id="agent" label="Agent" value={params.agent} onChange={submitNow} options={agents.map((a) => [a.id, a.name])} all="All agents" />
          <FilterSelect id="status" label="Status" value={params.status} onChange={submitNow} options={STATUSES.map((s) => [s, s.charAt(0).toUpperCase() + s.slice(1)])} all="Any status" />
          <FilterSelect id="outcome" label="Outcome" value={params.outcome} onChange={submitNow} options={outcomes.map((o) => [o.id, o.name])} all="Any outcome" />
          <FilterSelect id="direction" label="Direction" value={params.direction} onChange={submitNow} options={[["inbound", "Inbound"], ["outbound", "Outbound"]]} all="Both directions" />
          <FilterInput id="from" label="Ended from" type="date" value={params.from} />
          <FilterInput id="to" label="Ended to" type="date" value={params.to} />
          <FilterInput id="contact" label="Contact" type="text" value={params.contact} placeholder="Phone or email" className="col-span-2 md:col-span-2 xl:col-span-1" />
        </div>
      </form>
    </search>
  );
}

function FilterSelect({ id, label, value, options, all, onChange }: { id: string; label: string; value?: string; options: string[][]; all: string; onChange: () => void }) {
  return (
    <div className="grid min-w-0 gap-1.5">
      <Label htmlFor={`filter-${id}`} className="text-xs text-muted-foreground">
        {label}
      </Label>
      <NativeSelect id={`filter-${id}`} name={id} defaultValue={value ?? ""} onChange={onChange}>
        <NativeSelectOption value="">{all}</NativeSelectOption>
        {options.map(([optionValue, optionLabel]) => (
          <NativeSelectOption key={optionValue} value={optionValue}>
            {optionLabel}
          </NativeSelectOption>
        ))}
      </NativeSelect>
    </div>
  );
}

function FilterInput({ id, label, value, className, ...props }: { id: string; label: string; value?: string; className?: string } & React.ComponentProps<"input">) {
  return (
    <div className={cn("grid min-w-0 gap-1.5", className)}>
      <Label htmlFor={`filter-${id}`} className="text-xs text-muted-foreground">
        {label}
      </Label>
      <Input id={`filter-${id}`} name={id} defaultValue={value} {...props} />
    </div>
  );
}
