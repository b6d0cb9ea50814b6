import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AgreementBar } from "./agreement-bar";
import { VerdictBadge } from "./verdict-badge";

export interface TestSetRun {
  cases: { id: string; name: string; checks: { key: string; expected: string; actual: string; agreed: boolean }[] }[];
  goals: { key: string; cases: number; agreed: number; rate: number | null }[];
}

/** Agreement per goal, then every check the goals got wrong, case by case. */
export function TestSetResults({ run, titles }: { run: TestSetRun; titles: Record<string, string> }) {
  const order = Object.keys(titles);
  const goals = [...run.goals].sort((a, b) => rank(order, a.key) - rank(order, b.key));
  const misses = run.cases.flatMap((c) => c.checks.filter((check) => !check.agreed).map((check) => ({ ...check, caseId: c.id, caseName: c.name })));
  return (
    <section className="grid gap-4" aria-labelledby="test-set-results-heading" data-testid="test-set-results">
      <h3 id="test-set-results-heading" className="text-sm font-medium">
        Agreement per goal
      </h3>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Goal</TableHead>
            <TableHead className="text-right">Cases</TableHead>
            <TableHead className="text-right">Agreed</TableHead>
            <TableHead className="w-1/3">Rate</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {goals.map((g) => (
            <TableRow key={g.key} data-testid="agreement-row">
              <TableCell className="font-medium whitespace-normal">{titles[g.key] ?? g.key}</TableCell>
              <TableCell className="text-right tabular-nums">{g.cases}</TableCell>
              <TableCell className="text-right tabular-nums">{g.agreed}</TableCell>
              <TableCell>
                <AgreementBar rate={g.rate} label={`Agreement for ${titles[g.key] ?? g.key}`} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <h3 className="text-sm font-medium">Mismatches</h3>
      {misses.length === 0 ? (
        <p className="text-sm text-muted-foreground">Every case got the verdicts you expected.</p>
      ) : (
        <ul className="grid gap-2 text-sm" aria-label="Mismatches">
          {misses.map((m) => (
            <li key={`${m.caseId}-${m.key}`} data-testid="mismatch" className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md border px-3 py-2">
              <span className="font-medium">{m.caseName}</span>
              <span className="text-muted-foreground">· {titles[m.key] ?? m.key}:</span>
              <span className="inline-flex items-center gap-1.5">
                expected <VerdictBadge status={m.expected} />
              </span>
              <span className="inline-flex items-center gap-1.5">
                got {m.actual === "missing" ? <span className="text-muted-foreground">no verdict (goal removed)</span> : <VerdictBadge status={m.actual} />}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Goals in the agent's order; keys no longer among its goals go last. */
const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
