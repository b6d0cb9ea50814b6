import type { Metadata } from "next";
import { ArchiveIcon, FlagIcon, PlusIcon } from "lucide-react";
import { ArchiveViewSwitch } from "@/components/agents/archive-view-switch";
import { OutcomeActions, type OutcomeActionSet } from "@/components/outcomes/outcome-actions";
import { OutcomeDialog } from "@/components/outcomes/outcome-dialog";
import { OutcomeRow } from "@/components/outcomes/outcome-row";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { listOutcomes, type OutcomeView } from "@/lib/outcomes/outcomes";
import { archiveOutcomeAction, createOutcomeAction, deleteOutcomeAction, restoreOutcomeAction, setOutcomeHiddenAction, updateOutcomeAction } from "./actions";

export const metadata: Metadata = { title: "Outcomes" };

const ACTIONS: OutcomeActionSet = { update: updateOutcomeAction, setHidden: setOutcomeHiddenAction, archive: archiveOutcomeAction, restore: restoreOutcomeAction, remove: deleteOutcomeAction };

export default async function OutcomesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ view?: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  const archivedView = (await searchParams).view === "archived";
  const [active, archived] = await Promise.all([listOutcomes(ctx), listOutcomes(ctx, { archived: true })]);
  const canEdit = can(ctx.actor.role, "definitions.write");
  const slug = ctx.workspace.slug;
  const base = `/w/${slug}/outcomes`;
  const standard = active.filter((o) => o.standard);
  const custom = active.filter((o) => !o.standard);
  const list = (outcomes: OutcomeView[], label: string) => (
    <ul className="divide-y rounded-lg border" aria-label={label}>
      {outcomes.map((o) => (
        <OutcomeRow key={o.id} outcome={o} actions={canEdit ? <OutcomeActions slug={slug} outcome={o} actions={ACTIONS} /> : undefined} />
      ))}
    </ul>
  );
  const create = canEdit ? (
    <OutcomeDialog
      slug={slug}
      action={createOutcomeAction}
      title="New outcome"
      description="An outcome names one way a call can end. Agents use every outcome unless told otherwise on their Outcomes tab."
      trigger={
        <>
          <PlusIcon aria-hidden />
          New outcome
        </>
      }
    />
  ) : null;

  return (
    <>
      <PageHeader title="Outcomes" description="How calls end. After each call Debrief picks the outcome whose description fits best, so describe each one plainly." actions={create}>
        <ArchiveViewSwitch
          label="Outcomes shown"
          views={[
            { label: "Active", href: base, count: active.length, active: !archivedView },
            { label: "Archived", href: `${base}?view=archived`, count: archived.length, active: archivedView },
          ]}
        />
      </PageHeader>
      {archivedView ? (
        archived.length === 0 ? (
          <EmptyState icon={<ArchiveIcon />} titleAs="h2" title="No archived outcomes" description="An archived outcome is no longer picked for new calls; past results keep it. Archive one of your own outcomes from its row; restore it here." />
        ) : (
          list(archived, "Archived outcomes")
        )
      ) : (
        <div className="grid gap-6">
          <Card>
            <CardHeader className="px-4 sm:px-6">
              <CardTitle asChild>
                <h2>Standard outcomes</h2>
              </CardTitle>
              <CardDescription>Every workspace has these six. Reword them to fit your calls or hide the ones that never apply; their names stay because reports and automations use them.</CardDescription>
            </CardHeader>
            <CardContent className="px-3 sm:px-6">{list(standard, "Standard outcomes")}</CardContent>
          </Card>
          <Card>
            <CardHeader className="px-4 sm:px-6">
              <CardTitle asChild>
                <h2>Your outcomes</h2>
              </CardTitle>
              <CardDescription>Outcomes that fit your business, such as &quot;Demo Requested&quot; or &quot;Refund Issued&quot;. Mark those that count as a conversion.</CardDescription>
            </CardHeader>
            <CardContent className="px-3 sm:px-6">
              {custom.length === 0 ? (
                <EmptyState icon={<FlagIcon />} title="No custom outcomes yet" description="Add one when the standard six do not say how your calls end. Templates add some too." action={create} />
              ) : (
                list(custom, "Your outcomes")
              )}
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}
