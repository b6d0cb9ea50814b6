import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { WORKSPACE_COOKIE } from "@/components/app-shell/workspace-cookie";
import { requireUser } from "@/lib/auth/session";
import { listUserWorkspaces } from "@/lib/workspaces/list-user-workspaces";

/** Takes a signed-in person to the workspace they used last (or their first). */
export default async function Home() {
  const user = await requireUser();
  const workspaces = await listUserWorkspaces(await getDb(), user.id);
  if (workspaces.length === 0) redirect("/workspaces/new");
  const remembered = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const target = workspaces.find((w) => w.slug === remembered) ?? workspaces[0];
  redirect(`/w/${target.slug}`);
}
