"use client";

import { useState } from "react";
import { EyeIcon, EyeOffIcon } from "lucide-react";
import { CopyButton } from "@/components/forms/copy-button";
import { Button } from "@/components/ui/button";

/** A secret kept hidden until asked for; copying works either way. */
export function SecretField({ label, value, testId, children }: { label: string; value: string; testId?: string; children?: React.ReactNode }) {
  const [reveal, setReveal] = useState(false);
  return (
    <div className="grid gap-1.5 text-sm">
      <span className="font-medium">{label}</span>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid={testId} className="min-w-0 rounded-md border bg-muted px-2 py-1 font-mono text-xs break-all">
          {reveal ? value : "•".repeat(Math.min(value.length, 28))}
        </code>
        <Button type="button" variant="outline" size="sm" onClick={() => setReveal((r) => !r)} aria-pressed={reveal} aria-label={`${reveal ? "Hide" : "Show"} ${label.toLowerCase()}`}>
          {reveal ? <EyeOffIcon aria-hidden /> : <EyeIcon aria-hidden />}
          {reveal ? "Hide" : "Show"}
        </Button>
        <CopyButton value={value} />
        {children}
      </div>
    </div>
  );
}
