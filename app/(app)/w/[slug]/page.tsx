import type { Metadata } from "next";
import { BarChart3Icon } from "lucide-react";
import { SectionPlaceholder } from "@/components/app-shell/section-placeholder";

export const metadata: Metadata = { title: "Dashboard" };

export default function DashboardPage() {
  return (
    <SectionPlaceholder
      title="Dashboard"
      description="How your calls are doing, and what to fix."
      icon={BarChart3Icon}
      emptyTitle="No calls analysed yet"
      emptyText="Once conversations arrive and are evaluated, this page shows the success rate of your primary goals, goal trends, the objectives most often missed, the outcome mix, conversions and ROI."
    />
  );
}
