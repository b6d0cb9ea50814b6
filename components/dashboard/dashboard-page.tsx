import Link from "next/link";
import { AlertCircleIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { resolveFilters } from "@/lib/analytics/filters";
import { latestCallDay, listAgentOptions, loadDashboard } from "@/lib/analytics/load-dashboard";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { InvalidError } from "@/lib/errors";
import { DashboardView } from "./dashboard-view";
import { FilterBar } from "./filter-bar";
import { FirstCallGuide } from "./first-call-guide";
import { filtersQuery, latestCallsLink, paramsQuery, readDashboardParams, toQuery } from "./params";

/** The dashboard's content: the first-call guide, an error, or the filters with their figures. */
export async function DashboardPage({ slug, search }: { slug: string; search: Record<string, string | string[] | undefined> }) {
  const ctx = await requireWorkspace(slug);
  const base = `/w/${slug}`;
  const { timeZone } = ctx;
  const [latestDay, agents] = await Promise.all([latestCallDay(ctx, timeZone), listAgentOptions(ctx)]);
  if (!latestDay) return <FirstCallGuide slug={slug} appUrl={getEnv().APP_URL} agentId={agents[0]?.id ?? null} canWrite={can(ctx.actor.role, "conversations.write")} />;

  const params = readDashboardParams(search);
  const problem = (title: string, text: string) => (
    <Alert variant="destructive">
      <AlertCircleIcon aria-hidden />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>{text}</p>
        <Link href={base} className="underline underline-offset-4">
          Reset filters
        </Link>
      </AlertDescription>
    </Alert>
  );
  let filters;
  try {
    filters = await resolveFilters(ctx, toQuery(params, timeZone));
  } catch (error) {
    if (error instanceof InvalidError) return problem("These filters cannot be used", error.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
    throw error;
  }
  let data;
  try {
    data = await loadDashboard(ctx, filters);
  } catch (error) {
    console.error(error);
    return problem("The dashboard could not be loaded", "Something went wrong on our side while reading the figures. Reload the page to try again.");
  }
  return (
    <div className="grid gap-6">
      <FilterBar base={base} params={params} agents={agents} range={filters} exportHref={`${base}/analytics/export${filtersQuery(filters)}`} />
      <DashboardView
        slug={slug}
        data={data}
        filters={filters}
        query={paramsQuery(params)}
        clearHref={base}
        latest={latestCallsLink(base, params, filters, latestDay)}
      />
    </div>
  );
}
