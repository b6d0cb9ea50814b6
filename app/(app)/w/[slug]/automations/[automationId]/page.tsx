import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { draftFromRule } from "@/components/automations/rule-draft";
import { RuleBuilder } from "@/components/automations/rule-builder";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { getAutomation } from "@/lib/automations/automations";
import { NotFoundError } from "@/lib/errors";
import { loadBuilderContext } from "../load-builder";

export const metadata: Metadata = { title: "Rule · Automations" };

export default async function RulePage({ params }: { params: Promise<{ slug: string; automationId: string }> }) {
  const { slug, automationId } = await params;
  const ctx = await requireWorkspace(slug);
  const rule = await getAutomation(ctx, automationId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const context = await loadBuilderContext(ctx);
  const base = `/w/${ctx.workspace.slug}/automations`;
  return (
    <>
      <PageHeader
        title={rule.name}
        description={
          <>
            <Link href={base} className="underline-offset-4 hover:underline">
              Automations
            </Link>{" "}
            ·{" "}
            <Link href={`${base}/log?automation=${rule.id}`} className="underline-offset-4 hover:underline">
              This rule&apos;s delivery log
            </Link>
          </>
        }
      />
      <RuleBuilder slug={ctx.workspace.slug} ruleId={rule.id} initial={draftFromRule(rule)} context={context} readOnly={!can(ctx.actor.role, "automations.manage")} />
    </>
  );
}
