import Link from "next/link";
import { SearchXIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDayLong } from "./format";

/**
 * Filters that match no call: which days were searched and, when every call lies outside them,
 * the latest call's day with a link to the days up to it (see latestCallsLink).
 */
export function EmptyRange({ range, latest, clearHref }: { range: { from: string; to: string }; latest: { day: string; href: string } | null; clearHref: string }) {
  return (
    <EmptyState
      icon={<SearchXIcon />}
      titleAs="h2"
      title="No calls in this range"
      description={
        `Nothing matches these filters between ${formatDayLong(range.from)} and ${formatDayLong(range.to)}. ` +
        (latest ? `The latest call was on ${formatDayLong(latest.day)}.` : "Try a wider range or fewer filters.")
      }
      action={
        <>
          {latest ? (
            <Button asChild>
              <Link href={latest.href}>Show the 30 days up to it</Link>
            </Button>
          ) : null}
          <Button asChild variant="outline">
            <Link href={clearHref}>Reset filters</Link>
          </Button>
        </>
      }
    />
  );
}
