import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardPage } from "@/components/dashboard/dashboard-page";
import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeleton";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Dashboard({ params, searchParams }: Props) {
  const { slug } = await params;
  const search = await searchParams;
  return (
    <>
      <PageHeader title="Dashboard" description="How your calls are doing, and what to fix." />
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardPage slug={slug} search={search} />
      </Suspense>
    </>
  );
}
