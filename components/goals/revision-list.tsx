import { HistoryIcon } from "lucide-react";
import { DateTime } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RevisionChange, RevisionLike } from "./revision-diff";

const LONG = 80;

/** Every revision of the goal, newest first, with what changed from the one before. */
export function RevisionList({ revisions, authorOf }: { revisions: (RevisionLike & { changes: RevisionChange[] })[]; authorOf: (userId: string | null) => string }) {
  return (
    <Card className="gap-4 scroll-mt-4" id="revisions">
      <CardHeader>
        <CardTitle asChild>
          <h2 className="flex items-center gap-2">
            <HistoryIcon className="size-4 text-muted-foreground" aria-hidden />
            Revisions
          </h2>
        </CardTitle>
        <CardDescription>Each saved change is a revision; a call&apos;s result says which revision judged it.</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-5" aria-label="Revisions, newest first">
          {revisions.map((r, i) => (
            <li key={r.revision} className="grid gap-1.5 text-sm" data-testid="revision">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-medium">Revision {r.revision}</span>
                {i === 0 ? <Badge variant="secondary">Current</Badge> : null}
              </div>
              <p className="text-xs text-muted-foreground">
                <DateTime value={r.createdAt} /> · {authorOf(r.createdBy)}
              </p>
              {r.revision === 1 || r.changes.length === 0 ? (
                <p className="text-muted-foreground">{r.revision === 1 ? "Created." : "No judged field changed."}</p>
              ) : (
                <dl className="grid gap-1.5">
                  {r.changes.map((c) => (
                    <div key={c.field} className="grid gap-0.5">
                      <dt className="text-xs font-medium text-muted-foreground">{c.label}</dt>
                      <dd className={c.before.length + c.after.length > LONG ? "grid gap-0.5" : "flex flex-wrap items-baseline gap-x-1.5"}>
                        <del className="break-words text-muted-foreground decoration-destructive/60">{c.before}</del>
                        <span className="sr-only">changed to</span>
                        <span aria-hidden className="text-muted-foreground">
                          {c.before.length + c.after.length > LONG ? "↓" : "→"}
                        </span>
                        <ins className="break-words no-underline">{c.after}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
