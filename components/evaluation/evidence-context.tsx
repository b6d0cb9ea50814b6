"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { Evidence } from "@/lib/evaluation/types";

interface Selection {
  /** What is selected: a goal key, or "outcome". */
  key: string;
  evidence: readonly Evidence[];
}

interface EvidenceState {
  selected: Selection | null;
  /** Selects a verdict's evidence, or clears it when that verdict is already selected. */
  toggle: (key: string, evidence: readonly Evidence[]) => void;
  /** Turn index → quotes to mark. */
  quotes: ReadonlyMap<number, string[]>;
}

const EvidenceContext = createContext<EvidenceState>({ selected: null, toggle: () => {}, quotes: new Map() });

/** Shares which verdict's evidence is highlighted between the verdict list and the transcript. */
export function EvidenceProvider({ children }: { children: React.ReactNode }) {
  const [selected, setSelected] = useState<Selection | null>(null);
  const toggle = useCallback((key: string, evidence: readonly Evidence[]) => setSelected((current) => (current?.key === key ? null : { key, evidence })), []);
  const quotes = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const { turn, quote } of selected?.evidence ?? []) map.set(turn, [...(map.get(turn) ?? []), quote]);
    return map;
  }, [selected]);
  const value = useMemo(() => ({ selected, toggle, quotes }), [selected, toggle, quotes]);
  return <EvidenceContext.Provider value={value}>{children}</EvidenceContext.Provider>;
}

export const useEvidence = () => useContext(EvidenceContext);
