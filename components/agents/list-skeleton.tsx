import { Skeleton } from "@/components/ui/skeleton";

/** The agents list while it loads. */
export function AgentsSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading agents" className="grid gap-6">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <Skeleton className="h-9 w-48" />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-36 rounded-xl" />
        ))}
      </div>
    </div>
  );
}

/** An agent's goals while they load. */
export function GoalsSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading goals" className="grid gap-4">
      <Skeleton className="h-9 w-48" />
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-24 rounded-xl" />
      ))}
    </div>
  );
}
