import { cookies } from "next/headers";
import { AppSidebar } from "@/components/app-shell/app-sidebar";
import { RememberWorkspace } from "@/components/app-shell/remember-workspace";
import { TimeZoneProvider } from "@/components/time-zone";
import { SidebarInset, SidebarProvider, SidebarTrigger } from "@/components/ui/sidebar";
import { requireWorkspace } from "@/lib/auth/session";
import { listUserWorkspaces } from "@/lib/workspaces/list-user-workspaces";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireWorkspace(slug);
  const workspaces = await listUserWorkspaces(ctx.db, ctx.user.id);
  const sidebarOpen = (await cookies()).get("sidebar_state")?.value !== "false";
  const current = { name: ctx.workspace.name, slug: ctx.workspace.slug, role: ctx.actor.role };
  return (
    <SidebarProvider defaultOpen={sidebarOpen}>
      <RememberWorkspace slug={slug} />
      <AppSidebar current={current} workspaces={workspaces} user={ctx.user} />
      <SidebarInset>
        <div className="flex h-12 items-center gap-2 border-b px-4 md:hidden">
          <SidebarTrigger />
          <span className="truncate text-sm font-medium">{ctx.workspace.name}</span>
        </div>
        <div className="mx-auto w-full max-w-6xl flex-1 p-4 md:p-8">
          <TimeZoneProvider timeZone={ctx.timeZone}>{children}</TimeZoneProvider>
        </div>
      </SidebarInset>
    </SidebarProvider>
  );
}
