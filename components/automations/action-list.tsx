"use client";

import { ArrowDownIcon, ArrowUpIcon, BellRingIcon, ChevronDownIcon, MailIcon, PlusIcon, TrashIcon, UsersIcon, WebhookIcon, BriefcaseBusinessIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { FieldError } from "@/components/ui/form-field";
import { ACTION_LABELS } from "./describe";
import { EmailActionFields, HubSpotActionFields, TeamAlertActionFields, WebhookActionFields } from "./action-fields";
import { LeadRoutingFields } from "./lead-routing-fields";
import { move, newAction, type ActionDraft, type ActionType } from "./rule-draft";
import type { DraftProps } from "./trigger-fields";

const ICONS: Record<ActionType, React.ComponentType<{ className?: string; "aria-hidden"?: boolean }>> = {
  email: MailIcon,
  team_alert: BellRingIcon,
  hubspot: BriefcaseBusinessIcon,
  lead_routing: UsersIcon,
  webhook: WebhookIcon,
};
const ADD_HINTS: Record<ActionType, string> = {
  email: "Addresses or roles, with placeholders",
  team_alert: "A Slack-compatible incoming webhook",
  hubspot: "Contact, call, deal and task",
  lead_routing: "Assign the lead to a member",
  webhook: "Signed JSON to your URL",
};

export interface ActionListProps extends DraftProps {
  slug: string;
  /** The saved rule's id; null while creating (rotation needs a saved webhook). */
  ruleId: string | null;
  /** Signing secrets to show once, by action id. */
  secrets: Record<string, string>;
  onRotated: (actionId: string, secret: string) => void;
  readOnly: boolean;
}

/** The rule's actions, run in this order; each can be moved, removed, and edited in place. */
export function ActionList({ draft, errors, update, context, slug, ruleId, secrets, onRotated, readOnly }: ActionListProps) {
  const actions = draft.actions;
  const set = (i: number, next: ActionDraft) => update("actions", actions.map((a, j) => (j === i ? next : a)));
  return (
    <div className="grid gap-4">
      {actions.length > 0 ? (
        <ol className="grid gap-4">
          {actions.map((action, i) => {
            const Icon = ICONS[action.type];
            const label = `${i + 1}. ${ACTION_LABELS[action.type]}`;
            const fieldProps = { index: i, errors, context };
            return (
              <li key={action.rowId} className="grid gap-4 rounded-lg border bg-background p-3 sm:p-4 dark:bg-input/10" aria-label={`Action ${label}`}>
                <div className="flex items-center gap-2">
                  <span className="flex size-7 items-center justify-center rounded-md bg-muted text-muted-foreground" aria-hidden>
                    <Icon className="size-4" />
                  </span>
                  <h4 className="font-medium">{label}</h4>
                  <div className="ml-auto flex items-center gap-1">
                    <Button type="button" variant="ghost" size="icon-sm" aria-label={`Move action ${i + 1} up`} disabled={i === 0} onClick={() => update("actions", move(actions, i, -1))}>
                      <ArrowUpIcon aria-hidden />
                    </Button>
                    <Button type="button" variant="ghost" size="icon-sm" aria-label={`Move action ${i + 1} down`} disabled={i === actions.length - 1} onClick={() => update("actions", move(actions, i, 1))}>
                      <ArrowDownIcon aria-hidden />
                    </Button>
                    <Button type="button" variant="ghost" size="icon-sm" aria-label={`Remove action ${i + 1}`} className="text-muted-foreground hover:text-destructive" onClick={() => update("actions", actions.filter((_, j) => j !== i))}>
                      <TrashIcon aria-hidden />
                    </Button>
                  </div>
                </div>
                {action.type === "email" ? <EmailActionFields {...fieldProps} action={action} onChange={(a) => set(i, a)} /> : null}
                {action.type === "team_alert" ? <TeamAlertActionFields {...fieldProps} action={action} onChange={(a) => set(i, a)} /> : null}
                {action.type === "hubspot" ? <HubSpotActionFields slug={slug} /> : null}
                {action.type === "lead_routing" ? <LeadRoutingFields {...fieldProps} action={action} onChange={(a) => set(i, a)} /> : null}
                {action.type === "webhook" ? (
                  <WebhookActionFields {...fieldProps} action={action} onChange={(a) => set(i, a)} slug={slug} ruleId={ruleId} secret={action.id ? secrets[action.id] : undefined} onRotated={onRotated} readOnly={readOnly} />
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-muted-foreground">No actions yet. Add what should happen when the trigger matches.</p>
      )}
      <FieldError id="rule-actions-error" errors={errors.actions} />
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button type="button" variant="outline" className="justify-self-start" aria-describedby={errors.actions ? "rule-actions-error" : undefined}>
            <PlusIcon aria-hidden />
            Add action
            <ChevronDownIcon aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-72">
          {(Object.keys(ICONS) as ActionType[]).map((type) => {
            const Icon = ICONS[type];
            return (
              <DropdownMenuItem key={type} onSelect={() => update("actions", [...actions, newAction(type)])}>
                <Icon aria-hidden />
                <div className="grid">
                  <span>{ACTION_LABELS[type]}</span>
                  <span className="text-xs text-muted-foreground">{ADD_HINTS[type]}</span>
                </div>
              </DropdownMenuItem>
            );
          })}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
