import { getDb } from "@/db";
import { csvResponse } from "@/lib/analytics/export-conversations";
import { resolveFilters } from "@/lib/analytics/filters";
import { errorResponse } from "@/lib/api/respond";
import { getSessionUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/context";
import { UnauthorizedError } from "@/lib/errors";
import { getWorkspaceCtx } from "@/lib/workspaces/get-workspace-for-user";

export const dynamic = "force-dynamic";

/** The dashboard's "Export CSV": the signed-in member's workspace, the filters in the query string, streamed. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthorizedError("Sign in to export");
    const ctx = await getWorkspaceCtx(await getDb(), user.id, (await params).slug);
    assertCan(ctx, "workspace.read");
    const url = new URL(request.url);
    const query = { ...Object.fromEntries(url.searchParams), agentId: url.searchParams.getAll("agentId") };
    return csvResponse(ctx, await resolveFilters(ctx, query));
  } catch (error) {
    return errorResponse(error);
  }
}
