"use client";

import * as React from "react";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

/** The agents that have goals in the figures, biggest first, and the one a chart shows. */
export function useAgentPicker(goals: { agentId: string; agentName: string; results: number }[], id: string) {
  const agents = React.useMemo(() => {
    const volume = new Map<string, { name: string; results: number }>();
    for (const g of goals) volume.set(g.agentId, { name: g.agentName, results: Math.max(volume.get(g.agentId)?.results ?? 0, g.results) });
    return [...volume.entries()].sort((a, b) => b[1].results - a[1].results).map(([agentId, v]) => ({ agentId, name: v.name }));
  }, [goals]);
  const [agentId, setAgentId] = React.useState(agents[0]?.agentId ?? "");
  const current = agents.some((a) => a.agentId === agentId) ? agentId : (agents[0]?.agentId ?? "");
  const picker =
    agents.length > 1 ? (
      <div className="flex items-center gap-2">
        <Label htmlFor={id} className="text-xs text-muted-foreground">
          Agent
        </Label>
        <NativeSelect id={id} value={current} onChange={(e) => setAgentId(e.target.value)} className="h-8 max-w-56 text-xs">
          {agents.map((a) => (
            <NativeSelectOption key={a.agentId} value={a.agentId}>
              {a.name}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
    ) : null;
  return { agentId: current, picker };
}
