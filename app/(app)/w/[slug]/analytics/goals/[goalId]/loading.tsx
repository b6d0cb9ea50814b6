import { AnalyticsSkeleton } from "@/components/dashboard/analytics-skeleton";

export default function AnalyticsLoading() {
  return <AnalyticsSkeleton />;
}
