import { Progress } from "@/components/ui/progress";
import { percent } from "./verdict-status";

/** A rate as a number and a thin bar; the colour follows how trustworthy the goal's wording is. */
export function AgreementBar({ rate, label }: { rate: number | null; label: string }) {
  if (rate == null) return <span className="text-muted-foreground">—</span>;
  const tone = rate >= 0.9 ? "bg-success" : rate >= 0.7 ? "bg-warning" : "bg-destructive";
  return (
    <div className="flex items-center gap-2">
      <span className="w-10 text-right font-medium tabular-nums">{percent(rate)}</span>
      <Progress value={Math.round(rate * 100)} aria-label={label} className="h-1.5 min-w-16 bg-muted" indicatorClassName={tone} />
    </div>
  );
}
