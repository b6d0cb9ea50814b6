import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireWorkspace } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { TIME_ZONES, currentZoneName, zoneChoices } from "@/lib/time-zones";
import { RenameWorkspaceForm } from "./rename-workspace-form";
import { TimeZoneForm } from "./time-zone-form";

export const metadata: Metadata = { title: "Settings" };

export default async function GeneralSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  // A workspace saved with an old zone name sees (and saves) its current one.
  const timeZone = currentZoneName(ctx.timeZone);
  return (
    <div className="grid gap-6">
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
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>Time zone</h2>
          </CardTitle>
          <CardDescription>The workspace&apos;s clock: times on every page and in emails, and where dashboard days start.</CardDescription>
        </CardHeader>
        <CardContent>
          <TimeZoneForm slug={ctx.workspace.slug} timeZone={timeZone} zones={zoneChoices(TIME_ZONES.includes(timeZone) ? TIME_ZONES : [timeZone, ...TIME_ZONES])} canEdit={can(ctx.actor.role, "workspace.update")} />
        </CardContent>
      </Card>
    </div>
  );
}
