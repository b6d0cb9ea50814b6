import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { forgetVerifiedKeys } from "./verify-api-key";

export async function revokeApiKey(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "apiKeys.manage");
  const rows = await ctx.db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.workspaceId, ctx.workspace.id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (rows.length === 0) throw new NotFoundError("API key");
  forgetVerifiedKeys(ctx.db);
}
