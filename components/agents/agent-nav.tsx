"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const TABS = [
  { title: "Overview", path: "" },
  { title: "Goals", path: "/goals" },
  { title: "Outcomes", path: "/outcomes" },
  { title: "Insights", path: "/insights" },
  { title: "Test bench", path: "/test-bench" },
  { title: "Quality", path: "/quality" },
] as const;

/** The agent's tabs as links (like the settings tabs), so each has its own URL. */
export function AgentNav({ base, goalCount }: { base: string; goalCount: number }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Agent" className="flex gap-1 overflow-x-auto border-b">
      {TABS.map((tab) => {
        const href = base + tab.path;
        const active = tab.path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={tab.title}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px inline-flex items-center gap-1.5 rounded-t-md border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {tab.title}
            {tab.path === "/goals" ? (
              <span className="rounded-full bg-muted px-1.5 text-xs text-muted-foreground tabular-nums">
                {goalCount}
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
