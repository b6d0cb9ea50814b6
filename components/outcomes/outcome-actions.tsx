import { EyeIcon, EyeOffIcon, PencilIcon } from "lucide-react";
import { ActionButton } from "@/components/agents/action-button";
import type { ServerAction } from "@/components/forms/use-server-action";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import type { OutcomeView } from "@/lib/outcomes/outcomes";
import { OutcomeDialog } from "./outcome-dialog";

type ConfirmAction = React.ComponentProps<typeof ConfirmActionButton>["action"];

export interface OutcomeActionSet {
  update: ServerAction;
  setHidden: ServerAction;
  archive: ServerAction;
  restore: ServerAction;
  remove: ConfirmAction;
}

/** Standard: reword, hide or show. Custom: edit, archive. Archived: restore, delete. */
export function OutcomeActions({ slug, outcome, actions }: { slug: string; outcome: OutcomeView; actions: OutcomeActionSet }) {
  const input = { workspace: slug, outcomeId: outcome.id };
  if (outcome.archived) {
    return (
      <>
        <ActionButton action={actions.restore} input={input} aria-label={`Restore ${outcome.name}`}>
          Restore
        </ActionButton>
        <DeleteOutcome input={input} name={outcome.name} action={actions.remove} />
      </>
    );
  }
  const edit = (
    <OutcomeDialog
      slug={slug}
      outcome={outcome}
      action={actions.update}
      title={outcome.standard ? `Reword "${outcome.name}"` : `Edit "${outcome.name}"`}
      description={outcome.standard ? "Standard outcomes keep their name, since reports and automations use it; the description is yours to adapt." : "Changes apply to calls evaluated from now on."}
      trigger={
        <>
          <PencilIcon aria-hidden />
          Edit
        </>
      }
      triggerProps={{ variant: "outline", size: "sm", "aria-label": `Edit ${outcome.name}` }}
    />
  );
  if (outcome.standard) {
    return (
      <>
        {edit}
        <ActionButton action={actions.setHidden} input={{ ...input, hidden: !outcome.hidden }} aria-label={`${outcome.hidden ? "Show" : "Hide"} ${outcome.name}`}>
          {outcome.hidden ? <EyeIcon aria-hidden /> : <EyeOffIcon aria-hidden />}
          {outcome.hidden ? "Show" : "Hide"}
        </ActionButton>
      </>
    );
  }
  return (
    <>
      {edit}
      <ActionButton action={actions.archive} input={input} aria-label={`Archive ${outcome.name}`}>
        Archive
      </ActionButton>
      <DeleteOutcome input={input} name={outcome.name} action={actions.remove} />
    </>
  );
}

function DeleteOutcome({ input, name, action }: { input: Record<string, unknown>; name: string; action: ConfirmAction }) {
  return (
    <ConfirmActionButton
      action={action}
      input={input}
      title={`Delete "${name}" for good?`}
      description="Agents stop using it. To keep it for past results and reports, archive it instead. This cannot be undone."
      confirmLabel="Delete outcome"
      aria-label={`Delete ${name}`}
      variant="ghost"
      className="text-destructive hover:text-destructive"
    >
      Delete
    </ConfirmActionButton>
  );
}
