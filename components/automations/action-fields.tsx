"use client";

import Link from "next/link";
import { controlProps } from "@/components/goals/editor-types";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldDescription, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { Role } from "@/lib/auth/permissions";
import type { BuilderContext } from "./builder-context";
import { errorUnder, type ActionDraft } from "./rule-draft";
import { TemplateHelp } from "./template-help";
import { WebhookSecret } from "./webhook-secret";

type Of<T extends ActionDraft["type"]> = Extract<ActionDraft, { type: T }>;
interface FieldsProps<T extends ActionDraft["type"]> {
  index: number;
  action: Of<T>;
  errors: Record<string, string>;
  context: BuilderContext;
  onChange: (action: Of<T>) => void;
}

const ROLES: { value: Role; label: string }[] = [
  { value: "owner", label: "Owners" },
  { value: "admin", label: "Admins" },
  { value: "member", label: "Members" },
  { value: "viewer", label: "Viewers" },
];

export function EmailActionFields({ index, action, errors, context, onChange }: FieldsProps<"email">) {
  const id = (f: string) => `action-${index}-${f}`;
  const at = (f: string) => errorUnder(errors, `actions.${index}.${f}`);
  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor={id("to")}>To</Label>
        <Input {...controlProps(id("to"), at("to"), true)} value={action.to} onChange={(e) => onChange({ ...action, to: e.target.value })} placeholder="desk@example.com, owner@example.com" autoComplete="off" spellCheck={false} />
        <FieldDescription id={`${id("to")}-description`}>Addresses separated by commas. You can also (or instead) email everyone with a role:</FieldDescription>
        <div className="flex flex-wrap gap-x-4 gap-y-2" role="group" aria-label="Email everyone with the role">
          {ROLES.map((role) => (
            <label key={role.value} className="flex items-center gap-2 text-sm" htmlFor={id(`role-${role.value}`)}>
              <Checkbox
                id={id(`role-${role.value}`)}
                checked={action.toRoles.includes(role.value)}
                onCheckedChange={(on) => onChange({ ...action, toRoles: on === true ? [...action.toRoles, role.value] : action.toRoles.filter((r) => r !== role.value) })}
              />
              {role.label}
            </label>
          ))}
        </div>
        <FieldError id={`${id("to")}-error`} errors={at("to") ?? at("toRoles")} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor={id("subject")}>Subject</Label>
        <Input {...controlProps(id("subject"), at("subject"))} value={action.subject} onChange={(e) => onChange({ ...action, subject: e.target.value })} />
        <FieldError id={`${id("subject")}-error`} errors={at("subject")} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor={id("body")}>Body</Label>
        <Textarea {...controlProps(id("body"), at("body"))} value={action.body} onChange={(e) => onChange({ ...action, body: e.target.value })} rows={7} className="font-mono text-[13px]" />
        <FieldError id={`${id("body")}-error`} errors={at("body")} />
        <TemplateHelp fields={context.templateFields} />
      </div>
    </div>
  );
}

export function TeamAlertActionFields({ index, action, errors, onChange }: FieldsProps<"team_alert">) {
  const id = `action-${index}-webhookUrl`;
  const error = errors[`actions.${index}.webhookUrl`];
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Incoming webhook URL</Label>
      <Input {...controlProps(id, error, true)} type="url" value={action.webhookUrl} onChange={(e) => onChange({ ...action, webhookUrl: e.target.value })} placeholder="https://hooks.slack.com/services/…" spellCheck={false} />
      <FieldDescription id={`${id}-description`}>
        Posts the outcome, contact, agent, goals and a link. Works with Slack, Mattermost and other Slack-compatible webhooks; try a URL under Integrations → Team alerts.
      </FieldDescription>
      <FieldError id={`${id}-error`} errors={error} />
    </div>
  );
}

export function HubSpotActionFields({ slug }: { slug: string }) {
  return (
    <p className="text-sm text-muted-foreground">
      Finds or creates the contact, logs the call with its summary, maps captured variables to properties and, when set up, creates a deal and a follow-up task. The token, pipeline and
      mappings are set in{" "}
      <Link href={`/w/${slug}/integrations#hubspot`} className="font-medium text-foreground underline underline-offset-4">
        Integrations → HubSpot
      </Link>
      .
    </p>
  );
}

export function WebhookActionFields({
  index,
  action,
  errors,
  onChange,
  slug,
  ruleId,
  secret,
  onRotated,
  readOnly,
}: FieldsProps<"webhook"> & { slug: string; ruleId: string | null; secret?: string; onRotated: (actionId: string, secret: string) => void; readOnly: boolean }) {
  const id = `action-${index}-url`;
  const error = errors[`actions.${index}.url`];
  return (
    <div className="grid gap-3">
      <div className="grid gap-2">
        <Label htmlFor={id}>URL</Label>
        <Input {...controlProps(id, error, true)} type="url" value={action.url} onChange={(e) => onChange({ ...action, url: e.target.value })} placeholder="https://example.com/hooks/debrief" spellCheck={false} />
        <FieldDescription id={`${id}-description`}>
          Debrief POSTs the call&apos;s results as JSON, signed with HMAC-SHA256 in <code className="font-mono text-xs">X-Debrief-Signature</code>. The signing secret is shown once, after you
          save.
        </FieldDescription>
        <FieldError id={`${id}-error`} errors={error} />
      </div>
      <WebhookSecret slug={slug} ruleId={ruleId} actionId={action.id ?? null} secret={secret} onRotated={onRotated} readOnly={readOnly} />
    </div>
  );
}
