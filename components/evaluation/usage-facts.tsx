import { formatUsd } from "./verdict-status";

interface Usage {
  engine: string;
  model: string | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  durationMs: number;
}

const ENGINE: Record<string, string> = { local: "Local (offline)", llm: "LLM" };
const ms = (value: number) => (value < 1000 ? `${value} ms` : `${(value / 1000).toFixed(1)} s`);
const n = new Intl.NumberFormat("en");

/** What judging the call took: engine, model, tokens, cost and time. */
export function UsageFacts({ usage }: { usage: Usage }) {
  const facts: [string, string][] = [
    ["Engine", ENGINE[usage.engine] ?? usage.engine],
    ["Model", usage.model ?? "—"],
    ["Tokens", `${n.format(usage.inputTokens)} in · ${n.format(usage.outputTokens)} out`],
    ["Cost", formatUsd(usage.costUsd)],
    ["Took", ms(usage.durationMs)],
  ];
  return (
    <dl className="grid grid-cols-[6rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm" data-testid="usage">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="break-words tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
