import Link from "next/link";
import { cn } from "@/lib/utils";

interface View {
  label: string;
  href: string;
  count?: number;
  active: boolean;
}

/** "Active / Archived" as two links, so each view has its own URL and the back button works. */
export function ArchiveViewSwitch({ label, views }: { label: string; views: View[] }) {
  return (
    <nav aria-label={label} className="inline-flex w-fit rounded-lg bg-muted p-[3px]">
      {views.map((view) => (
        <Link
          key={view.href}
          href={view.href}
          aria-current={view.active ? "page" : undefined}
          className={cn(
            "inline-flex items-center gap-1.5 rounded-md px-3 py-1 text-sm font-medium transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
            view.active ? "bg-background text-foreground shadow-sm dark:bg-input/30" : "text-muted-foreground hover:text-foreground",
          )}
        >
          {view.label}
          {view.count !== undefined ? <span className="text-xs text-muted-foreground tabular-nums">{view.count}</span> : null}
        </Link>
      ))}
    </nav>
  );
}
