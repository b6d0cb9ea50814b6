import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { getWorkspaceCtx } from "@/lib/workspaces/get-workspace-for-user";
import { auth } from "./auth";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/** The signed-in user (checked against the database, once per request), or null. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const [user] = await (await getDb()).select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, id));
  return user ?? null;
});

/** A signed-in member in one of their workspaces, with the zone its pages show times in. */
export type MemberCtx = Ctx & { user: SessionUser; timeZone: string };

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** The workspace a page is about, for the signed-in member; anyone else gets a 404. */
export const requireWorkspace = cache(async (slug: string): Promise<MemberCtx> => {
  const user = await requireUser();
  try {
    return { ...(await getWorkspaceCtx(await getDb(), user.id, slug)), user };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
