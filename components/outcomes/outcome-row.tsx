import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { OutcomeSwatch } from "./outcome-swatch";

interface OutcomeRowData {
  name: string;
  description: string;
  color: string;
  isConversion: boolean;
  hidden: boolean;
}

/** One outcome with its actions; hidden ones are dimmed and say so. */
export function OutcomeRow({ outcome, actions }: { outcome: OutcomeRowData; actions?: React.ReactNode }) {
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start" data-testid="outcome-row">
      <div className={cn("grid min-w-0 flex-1 gap-1", outcome.hidden && "opacity-60")}>
        <div className="flex flex-wrap items-center gap-2">
          <OutcomeSwatch color={outcome.color} />
          <span className="font-medium">{outcome.name}</span>
          {outcome.isConversion ? <Badge variant="success">Conversion</Badge> : null}
          {outcome.hidden ? <Badge variant="secondary">Hidden</Badge> : null}
        </div>
        <p className="text-sm text-muted-foreground">{outcome.description}</p>
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
    </li>
  );
}
