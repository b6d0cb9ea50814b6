import Link from "next/link";
import { DateTime } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

interface Glance {
  base: string;
  goalCount: number;
  primaryTitle: string | null;
  outcomesUsed: number;
  outcomesTotal: number;
  insights: { summary: boolean; sentiment: boolean; topics: boolean };
  customFieldCount: number;
  createdAt: Date;
}

/** What the other tabs hold, in one glance, each line a way there. */
export function AgentGlance({ base, goalCount, primaryTitle, outcomesUsed, outcomesTotal, insights, customFieldCount, createdAt }: Glance) {
  const builtIn = (Object.keys(insights) as (keyof typeof insights)[]).filter((k) => insights[k]);
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle asChild>
          <h2>At a glance</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 text-sm">
          <Row label="Goals" href={`${base}/goals`}>
            {goalCount === 0 ? "None yet" : `${goalCount} active`}
            {goalCount > 0 ? primaryTitle ? <span className="block text-muted-foreground">Primary: {primaryTitle}</span> : <Badge variant="warning" className="mt-1">No primary goal</Badge> : null}
          </Row>
          <Row label="Outcomes" href={`${base}/outcomes`}>
            {outcomesUsed === 0 ? `All ${outcomesTotal} of the workspace` : `${outcomesUsed} of ${outcomesTotal}`}
          </Row>
          <Row label="Insights" href={`${base}/insights`}>
            {builtIn.length ? builtIn.map((k) => k[0].toUpperCase() + k.slice(1)).join(", ") : "No built-in insights"}
            <span className="block text-muted-foreground">{customFieldCount === 1 ? "1 custom field" : `${customFieldCount} custom fields`}</span>
          </Row>
          <div className="grid gap-0.5">
            <dt className="text-muted-foreground">Created</dt>
            <dd>
              <DateTime value={createdAt} dateOnly />
            </dd>
          </div>
        </dl>
      </CardContent>
    </Card>
  );
}

function Row({ label, href, children }: { label: string; href: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt>
        <Link href={href} className="text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
          {label}
        </Link>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}
