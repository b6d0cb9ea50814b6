"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { AlertCircleIcon, CheckCircle2Icon } from "lucide-react";
import { createAutomationAction, deleteAutomationAction, updateAutomationAction, type SavedRule } from "@/app/(app)/w/[slug]/automations/actions";
import { SaveButton } from "@/components/agents/save-button";
import { useServerAction } from "@/components/forms/use-server-action";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { SecretReveal } from "@/components/forms/secret-reveal";
import { withoutErrorsUnder, type FieldErrors } from "@/components/goals/field-errors";
import { EditorSection } from "@/components/goals/editor-section";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { triggerSchema } from "@/lib/automations/rule-schema";
import { ActionList } from "./action-list";
import { goalChoices, type BuilderContext } from "./builder-context";
import { describeTrigger } from "./describe";
import { MatchPreview } from "./match-preview";
import { RuleBasicsFields } from "./rule-basics-fields";
import { draftFromRule, draftToInput, triggerOf, validateDraft, type RuleDraft } from "./rule-draft";
import { TriggerFields } from "./trigger-fields";

interface RuleBuilderProps {
  slug: string;
  /** The saved rule's id; null to create one. */
  ruleId: string | null;
  initial: RuleDraft;
  context: BuilderContext;
  readOnly: boolean;
}

/** A path's top-level part for "touched": "actions.1.url" → "actions.1", "trigger.goals.0.key" → "goals". */
const touchKey = (path: string) => {
  const [first, second] = path.split(".");
  if (first === "trigger") return second;
  if (first === "actions" && second !== undefined) return `actions.${second}`;
  return first;
};

/**
 * Create or edit an automation rule. Every change is checked in the browser with the server's own
 * schema; an error shows beside its control once that part was edited (all of them after a save
 * attempt), and the server's errors show in the same places.
 */
export function RuleBuilder({ slug, ruleId, initial, context, readOnly }: RuleBuilderProps) {
  const router = useRouter();
  const base = `/w/${slug}/automations`;
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<SavedRule | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const clientErrors = useMemo(() => validateDraft(draft), [draft]);
  const errors: FieldErrors = { ...serverErrors, ...Object.fromEntries(Object.entries(clientErrors).filter(([path]) => submitted || touched.has(touchKey(path)))) };
  const dirty = JSON.stringify(draftToInput(draft)) !== JSON.stringify(draftToInput(saved));
  const trigger = triggerOf(draft);
  const triggerParsed = triggerSchema.safeParse(trigger);

  useEffect(() => {
    if (focusTick) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const save = useServerAction<SavedRule>(ruleId ? updateAutomationAction : createAutomationAction, {
    form: true,
    toastSuccess: true,
    onError: ({ fieldErrors }) => {
      setServerErrors(fieldErrors);
      setFocusTick((t) => t + 1);
    },
    onSuccess: (data) => {
      setServerErrors({});
      setSubmitted(false);
      setTouched(new Set());
      if (!data) return;
      if (!ruleId) {
        // A new webhook's secret is shown once: stay here until it has been copied.
        if (data.secrets.length > 0) setCreated(data);
        else router.push(base);
        return;
      }
      const next = draftFromRule(data.rule);
      setDraft(next);
      setSaved(next);
      setSecrets((s) => ({ ...s, ...Object.fromEntries(data.secrets.map((x) => [x.actionId, x.secret])) }));
    },
  });

  const update = <K extends keyof RuleDraft>(field: K, value: RuleDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (field === "actions") {
      // Which action changed is not known here; every action counts as touched once the list is edited.
      const count = (value as RuleDraft["actions"]).length;
      setTouched((t) => new Set([...t, "actions", ...Array.from({ length: count }, (_, i) => `actions.${i}`)]));
      setServerErrors((e) => withoutErrorsUnder(e, "actions"));
    } else {
      setTouched((t) => new Set(t).add(field));
      setServerErrors((e) => withoutErrorsUnder(withoutErrorsUnder(e, field), `trigger.${field}`));
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(clientErrors).length > 0) {
      setFocusTick((t) => t + 1);
      return;
    }
    save.run({ workspace: slug, ...(ruleId && { id: ruleId }), rule: draftToInput(draft) });
  };

  if (created) return <CreatedRule base={base} created={created} />;

  const problemCount = Object.keys(errors).length;
  const goalTitles = Object.fromEntries(goalChoices(context, draft.agentId).map((g) => [g.key, g.title]));
  const sectionProps = { draft, errors, update, context };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={ruleId ? `Edit ${initial.name}` : "New rule"}>
      {/* One column on small screens (the preview right after the trigger); beside the form, sticky, on large ones. */}
      <fieldset disabled={readOnly} className="grid min-w-0 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        {submitted && problemCount > 0 ? (
          <Alert variant="destructive" role="status" aria-live="polite" className="lg:col-start-1">
            <AlertCircleIcon aria-hidden />
            <AlertDescription>{problemCount === 1 ? "One field needs fixing before the rule can be saved." : `${problemCount} fields need fixing before the rule can be saved.`}</AlertDescription>
          </Alert>
        ) : null}
        <div className="min-w-0 lg:col-start-1">
          <EditorSection title="Rule" description="A name for the list and the delivery log, and which agent's calls it watches.">
            <RuleBasicsFields {...sectionProps} />
          </EditorSection>
        </div>
        <div className="min-w-0 lg:col-start-1">
          <EditorSection title="When" description="The event, then conditions that must all hold. Leave a condition empty to ignore it.">
            <TriggerFields {...sectionProps} />
          </EditorSection>
        </div>
        <aside aria-label="Preview" className="min-w-0 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-4 lg:row-start-1 lg:self-start">
          <Card className="gap-4">
            <CardHeader>
              <CardTitle asChild>
                <h3>Preview</h3>
              </CardTitle>
              {triggerParsed.success ? <CardDescription>{describeTrigger(triggerParsed.data, { goals: goalTitles })}.</CardDescription> : null}
            </CardHeader>
            <CardContent>
              <MatchPreview slug={slug} agentId={draft.agentId} trigger={trigger} triggerValid={triggerParsed.success} />
            </CardContent>
          </Card>
        </aside>
        <div className="min-w-0 lg:col-start-1">
          <EditorSection title="Then" description="Actions run in this order, each at most once per call; a failed one is retried and shown in the delivery log.">
            <ActionList
              {...sectionProps}
              slug={slug}
              ruleId={ruleId}
              secrets={secrets}
              readOnly={readOnly}
              onRotated={(actionId, secret) => setSecrets((s) => ({ ...s, [actionId]: secret }))}
            />
          </EditorSection>
        </div>
        {readOnly ? null : (
          <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t bg-background/95 px-1 py-3 backdrop-blur lg:col-start-1">
            <SaveButton pending={save.pending} disabled={Boolean(ruleId) && !dirty}>
              {ruleId ? "Save rule" : "Create rule"}
            </SaveButton>
            <Button asChild variant="ghost">
              <Link href={base}>{ruleId ? "Back" : "Cancel"}</Link>
            </Button>
            <span className="text-sm text-muted-foreground max-sm:sr-only" aria-live="polite">
              {dirty ? "Unsaved changes" : ruleId ? "All changes saved" : ""}
            </span>
            {ruleId ? (
              <ConfirmActionButton
                action={deleteAutomationAction}
                input={{ workspace: slug, id: ruleId, redirect: true }}
                title={`Delete "${saved.name}"?`}
                description="The rule stops at once. Its delivery log stays, marked as a deleted rule. This cannot be undone."
                confirmLabel="Delete rule"
                variant="ghost"
                className="ml-auto text-destructive hover:text-destructive"
              >
                Delete rule
              </ConfirmActionButton>
            ) : null}
          </div>
        )}
      </fieldset>
    </form>
  );
}

/** After creating a rule with webhooks: their secrets, this once. */
function CreatedRule({ base, created }: { base: string; created: SavedRule }) {
  return (
    <div className="grid max-w-3xl gap-4">
      <Alert variant="success" role="status">
        <CheckCircle2Icon aria-hidden />
        <AlertTitle>&ldquo;{created.rule.name}&rdquo; is on</AlertTitle>
        <AlertDescription>Copy each webhook&apos;s signing secret into its receiver now: Debrief keeps them encrypted and never shows them again. You can rotate a secret from the rule.</AlertDescription>
      </Alert>
      {created.secrets.map((s) => (
        <SecretReveal key={s.actionId} title={`Signing secret for ${s.url}`} value={s.secret} note="Verify X-Debrief-Signature with it (Integrations → Webhooks shows how)." testId="webhook-secret" />
      ))}
      <div className="flex flex-wrap gap-2">
        <Button asChild>
          <Link href={base}>Back to automations</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href={`${base}/${created.rule.id}`}>Open the rule</Link>
        </Button>
      </div>
    </div>
  );
}
