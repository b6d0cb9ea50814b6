import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireWorkspace } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { RenameWorkspaceForm } from "./rename-workspace-form";

export const metadata: Metadata = { title: "Settings" };

export default async function GeneralSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Workspace</h2>
        </CardTitle>
        <CardDescription>
          The address of this workspace is <code className="rounded bg-muted px-1 py-0.5 font-mono text-xs">/w/{ctx.workspace.slug}</code>; renaming keeps it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <RenameWorkspaceForm slug={ctx.workspace.slug} name={ctx.workspace.name} canEdit={can(ctx.actor.role, "workspace.update")} />
      </CardContent>
    </Card>
  );
}
