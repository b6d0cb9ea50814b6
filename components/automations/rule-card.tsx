import Link from "next/link";
import { ArrowRightIcon } from "lucide-react";
import { DateTime } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { AutomationView } from "@/lib/automations/automations";
import { describeAction, describeTrigger, type DescribeNames } from "./describe";
import { RunDots } from "./delivery-status";
import { EnabledSwitch } from "./enabled-switch";

interface Props {
  slug: string;
  rule: AutomationView;
  agentName: string | null;
  names: DescribeNames;
  /** The rule's latest deliveries, newest first. */
  runs: { status: string; createdAt: Date }[];
  canManage: boolean;
}

/** One rule in the list: what triggers it, what it does, whether it is on, and how its last runs went. */
export function RuleCard({ slug, rule, agentName, names, runs, canManage }: Props) {
  const base = `/w/${slug}/automations`;
  return (
    <Card className="gap-4" data-testid="automation-rule">
      <CardHeader>
        <CardTitle asChild>
          <h2 className="flex flex-wrap items-center gap-2 text-base">
            <Link href={`${base}/${rule.id}`} className="underline-offset-4 hover:underline">
              {rule.name}
            </Link>
            <Badge variant="secondary">{agentName ?? "All agents"}</Badge>
          </h2>
        </CardTitle>
        <CardDescription>{describeTrigger(rule.trigger, names)}.</CardDescription>
        <CardAction>
          <EnabledSwitch slug={slug} id={rule.id} name={rule.name} enabled={rule.enabled} disabled={!canManage} />
        </CardAction>
      </CardHeader>
      <CardContent>
        <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-2 text-sm" aria-label="Actions, in order">
          {rule.actions.map((action, i) => (
            <li key={action.id} className="flex items-center gap-1.5">
              {i > 0 ? <ArrowRightIcon aria-hidden className="size-3.5 text-muted-foreground" /> : null}
              <span className="rounded-md border bg-muted/50 px-2 py-0.5">{describeAction(action, names)}</span>
            </li>
          ))}
        </ol>
      </CardContent>
      <CardFooter className="flex flex-wrap items-center gap-x-3 gap-y-1 border-t text-sm text-muted-foreground [.border-t]:pt-4">
        {runs.length > 0 ? (
          <>
            <RunDots statuses={runs.map((r) => r.status)} />
            <span>
              Last run <DateTime value={runs[0].createdAt} />
            </span>
          </>
        ) : (
          <span>No runs yet</span>
        )}
        <Link href={`${base}/log?automation=${rule.id}`} className="ml-auto font-medium text-foreground underline-offset-4 hover:underline">
          Delivery log
        </Link>
      </CardFooter>
    </Card>
  );
}
