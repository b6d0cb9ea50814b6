import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { emptyRule } from "@/components/automations/rule-draft";
import { RuleBuilder } from "@/components/automations/rule-builder";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { loadBuilderContext } from "../load-builder";

export const metadata: Metadata = { title: "New rule · Automations" };

export default async function NewRulePage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  if (!can(ctx.actor.role, "automations.manage")) notFound();
  const context = await loadBuilderContext(ctx);
  return (
    <>
      <PageHeader title="New rule" description="Choose when it runs and what it does. The preview tries the trigger on your recent calls as you go." />
      <RuleBuilder slug={ctx.workspace.slug} ruleId={null} initial={emptyRule()} context={context} readOnly={false} />
    </>
  );
}
