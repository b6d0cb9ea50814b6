import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="grid gap-6">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <Skeleton className="h-9 w-48" />
      {[6, 2].map((rows, i) => (
        <div key={i} className="grid gap-3 rounded-xl border p-6">
          <Skeleton className="h-5 w-48" />
          {Array.from({ length: rows }, (_, j) => (
            <Skeleton key={j} className="h-12" />
          ))}
        </div>
      ))}
    </div>
  );
}
