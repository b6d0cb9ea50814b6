"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const TABS = [
  { title: "General", path: "" },
  { title: "Members", path: "/members" },
  { title: "API keys", path: "/api-keys" },
  { title: "Email", path: "/email" },
];

/** Tabs that are links, so each settings page has its own URL. */
export function SettingsNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/w/${slug}/settings`;
  return (
    <nav aria-label="Settings" className="flex gap-1 border-b">
      {TABS.map((tab) => {
        const href = base + tab.path;
        const active = pathname === href;
        return (
          <Link
            key={tab.title}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px rounded-t-md border-b-2 px-3 py-2 text-sm font-medium transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {tab.title}
          </Link>
        );
      })}
    </nav>
  );
}
