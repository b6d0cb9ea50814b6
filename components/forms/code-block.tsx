import { CopyButton } from "@/components/forms/copy-button";
import { cn } from "@/lib/utils";

/** Code to copy: scrolls sideways rather than wrapping, with a copy button above it. */
export function CodeBlock({ code, label, className, testId }: { code: string; label: string; className?: string; testId?: string }) {
  return (
    <div className={cn("grid min-w-0 gap-1.5", className)}>
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-medium">{label}</span>
        <CopyButton value={code} />
      </div>
      <pre data-testid={testId} className="max-h-80 min-w-0 overflow-auto rounded-md border bg-muted/50 p-3 font-mono text-xs leading-relaxed">
        <code>{code}</code>
      </pre>
    </div>
  );
}
