"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** While a call is waiting for its evaluation, asks the server for the page again every second. */
export function AutoRefresh({ active, intervalMs = 1000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return null;
}
