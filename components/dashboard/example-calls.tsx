import Link from "next/link";
import { DateTime } from "@/components/time-zone";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatSeconds } from "./format";

export interface ExampleCall {
  id: string;
  endedAt: Date;
  contactName: string | null;
  contactPhone: string | null;
  durationSeconds: number | null;
  status: string;
  rationale: string;
}

/** A few recent calls with the verdict's reason, each linking to the conversation. */
export function ExampleCalls({ slug, title, description, calls, more, testId }: { slug: string; title: string; description: string; calls: ExampleCall[]; more?: React.ReactNode; testId: string }) {
  return (
    <Card className="gap-4" role="region" aria-label={title} data-testid={testId}>
      <CardHeader>
        <CardTitle asChild>
          <h2 className="text-base">{title}</h2>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {calls.length === 0 ? <p className="text-sm text-muted-foreground">None in this range.</p> : null}
        <ul className="grid gap-3">
          {calls.map((c) => (
            <li key={c.id} className="grid gap-0.5 rounded-lg border p-3">
              <Link href={`/w/${slug}/conversations/${c.id}`} className="text-sm font-medium underline-offset-4 hover:underline">
                {c.contactName ?? c.contactPhone ?? "Unknown caller"}
              </Link>
              <span className="text-xs text-muted-foreground">
                <DateTime value={c.endedAt} /> · {formatSeconds(c.durationSeconds)} · {c.status.replace(/_/g, " ")}
              </span>
              <p className="line-clamp-2 text-xs">{c.rationale}</p>
            </li>
          ))}
        </ul>
        {more}
      </CardContent>
    </Card>
  );
}
