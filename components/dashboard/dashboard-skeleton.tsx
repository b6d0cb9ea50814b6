import { Skeleton } from "@/components/ui/skeleton";

/** What the dashboard looks like while its figures load. */
export function DashboardSkeleton({ withFilters = true }: { withFilters?: boolean }) {
  return (
    <div className="grid gap-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading the dashboard…</span>
      {withFilters ? (
        <div className="flex flex-wrap gap-2">
          {[40, 44, 36, 36, 28].map((w, i) => (
            <Skeleton key={i} className="h-9" style={{ width: `${w * 0.25}rem` }} />
          ))}
        </div>
      ) : null}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-[7.5rem] rounded-xl" />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Skeleton className="h-80 rounded-xl lg:col-span-2" />
        <Skeleton className="h-80 rounded-xl" />
      </div>
      <Skeleton className="h-72 rounded-xl" />
    </div>
  );
}
