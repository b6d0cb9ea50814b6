"use client";

import { QuoteIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { Evidence } from "@/lib/evaluation/types";
import { useEvidence } from "./evidence-context";

/** Highlights a verdict's quotes in the transcript (for the outcome, whose card is not itself a button). */
export function EvidenceToggle({ id, evidence, label }: { id: string; evidence: readonly Evidence[]; label: string }) {
  const { selected, toggle } = useEvidence();
  if (evidence.length === 0) return <span className="text-xs text-muted-foreground">No evidence quoted for the outcome</span>;
  const active = selected?.key === id;
  return (
    <Button variant="ghost" size="sm" className="-ml-2 justify-self-start text-muted-foreground" aria-pressed={active} onClick={() => toggle(id, evidence)}>
      <QuoteIcon aria-hidden />
      {active ? "Hide evidence" : label}
    </Button>
  );
}
