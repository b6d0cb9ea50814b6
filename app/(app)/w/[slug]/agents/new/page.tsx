import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeftIcon } from "lucide-react";
import { NewAgentForm } from "@/components/agents/new-agent-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { AGENT_TEMPLATES } from "@/lib/agents/templates/definitions";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { createAgentAction } from "../actions";

export const metadata: Metadata = { title: "New agent" };

export default async function NewAgentPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  const slug = ctx.workspace.slug;
  return (
    <>
      <Link href={`/w/${slug}/agents`} className="mb-2 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeftIcon className="size-4" aria-hidden />
        Agents
      </Link>
      <PageHeader title="New agent" description="Start from one of five templates (goals, outcomes and insight fields included, all editable) or from scratch." />
      {can(ctx.actor.role, "definitions.write") ? (
        <NewAgentForm slug={slug} templates={AGENT_TEMPLATES} action={createAgentAction} />
      ) : (
        <Alert>
          <AlertDescription>Your role ({ctx.actor.role}) can look at agents but not create them. Ask an owner or admin.</AlertDescription>
        </Alert>
      )}
    </>
  );
}
