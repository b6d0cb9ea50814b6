"use client";

import { controlProps } from "@/components/goals/editor-types";
import { FieldDescription, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Switch } from "@/components/ui/switch";
import type { DraftProps } from "./trigger-fields";

export function RuleBasicsFields({ draft, errors, update, context }: DraftProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="grid content-start gap-2 sm:col-span-2">
        <Label htmlFor="rule-name">Name</Label>
        <Input {...controlProps("rule-name", errors.name)} value={draft.name} onChange={(e) => update("name", e.target.value)} placeholder="Booked → email the front desk" maxLength={120} />
        <FieldError id="rule-name-error" errors={errors.name} />
      </div>
      <div className="grid content-start gap-2">
        <Label htmlFor="rule-agent">Agent</Label>
        <NativeSelect {...controlProps("rule-agent", errors.agentId, true)} value={draft.agentId} onChange={(e) => update("agentId", e.target.value)}>
          <NativeSelectOption value="">All agents</NativeSelectOption>
          {context.agents.map((a) => (
            <NativeSelectOption key={a.id} value={a.id}>
              {a.name}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <FieldDescription id="rule-agent-description">One agent&apos;s calls, or every call in the workspace.</FieldDescription>
        <FieldError id="rule-agent-error" errors={errors.agentId} />
      </div>
      <div className="grid content-start gap-2">
        <Label htmlFor="rule-enabled">Status</Label>
        <div className="flex h-9 items-center gap-3">
          <Switch id="rule-enabled" checked={draft.enabled} onCheckedChange={(on) => update("enabled", on)} aria-describedby="rule-enabled-description" />
          <span className="text-sm">{draft.enabled ? "On" : "Off"}</span>
        </div>
        <FieldDescription id="rule-enabled-description">An off rule keeps its settings and runs on no call.</FieldDescription>
      </div>
    </div>
  );
}
