"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { AlertCircleIcon } from "lucide-react";
import { SaveButton } from "@/components/agents/save-button";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { keyFromTitle, withoutErrorsUnder, type FieldErrors } from "./field-errors";
import { EditorSection } from "./editor-section";
import { GoalBasicsFields } from "./goal-basics-fields";
import { goalHref } from "./goal-href";
import { draftToInput, fieldOf, validateDraft, type DraftContext, type GoalDraft } from "./goal-draft";
import { GoalJudgingFields } from "./goal-judging-fields";
import { NextStepsField } from "./next-steps-field";
import { OutputVariablesField } from "./output-variables-field";

type GoalResult = { id: string; key: string; demoted: string | null };

interface GoalEditorProps {
  slug: string;
  agentId: string;
  base: string;
  initial: GoalDraft;
  context: DraftContext;
  /** The agent's current primary goal, other than this one. */
  currentPrimary: string | null;
  readOnly: boolean;
  action: ServerAction<GoalResult>;
}

const LINK_FIELDS = ["key", "nextRequired", "nextConditional"];

/**
 * Create or edit a goal. Every change is checked in the browser with the server's own schema and
 * graph rules; errors show beside their controls once a field is touched (all of them after a
 * save attempt). The server checks again, and its errors show in the same places.
 */
export function GoalEditor({ slug, agentId, base, initial, context, currentPrimary, readOnly, action }: GoalEditorProps) {
  const router = useRouter();
  const creating = context.originalKey === null;
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [keyEdited, setKeyEdited] = useState(!creating);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const clientErrors = useMemo(() => validateDraft(draft, context), [draft, context]);
  const shown = (path: string) => submitted || touched.has(fieldOf(path)) || (path.startsWith("goals.") && LINK_FIELDS.some((f) => touched.has(f)));
  const errors: FieldErrors = { ...serverErrors, ...Object.fromEntries(Object.entries(clientErrors).filter(([path]) => shown(path))) };
  const dirty = JSON.stringify(draftToInput(draft)) !== JSON.stringify(draftToInput(initial));

  useEffect(() => {
    if (focusTick) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const save = useServerAction(action, {
    form: true,
    onError: ({ fieldErrors }) => {
      setServerErrors(fieldErrors);
      setFocusTick((t) => t + 1);
    },
    onSuccess: (data) => {
      setServerErrors({});
      if (creating) router.push(`${base}/goals`);
      else if (data && data.key !== context.originalKey) router.replace(goalHref(base, data));
    },
  });

  const update = <K extends keyof GoalDraft>(field: K, value: GoalDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setTouched((t) => new Set(t).add(field));
    setServerErrors((e) => {
      const rest = withoutErrorsUnder(e, field);
      return LINK_FIELDS.includes(field) ? withoutErrorsUnder(rest, "goals") : rest;
    });
    if (field === "key") setKeyEdited(true);
  };

  const onTitle = (title: string) => {
    update("title", title);
    // A new goal's key follows its title until someone edits the key.
    if (!keyEdited) setDraft((d) => ({ ...d, key: keyFromTitle(title) }));
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(clientErrors).length > 0) {
      setFocusTick((t) => t + 1);
      return;
    }
    save.run({ workspace: slug, agentId, goalKey: context.originalKey ?? "", goal: draftToInput(draft) });
  };

  const demotes = !context.archived && draft.kind === "primary" && initial.kind !== "primary" ? currentPrimary : null;
  const problemCount = Object.keys(errors).length;
  const sectionProps = { draft, errors, update };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={creating ? "New goal" : `Edit ${initial.title}`}>
      <fieldset disabled={readOnly} className="grid min-w-0 gap-6">
        {submitted && problemCount > 0 ? (
          <Alert variant="destructive" role="status" aria-live="polite">
            <AlertCircleIcon aria-hidden />
            <AlertDescription>{problemCount === 1 ? "One field needs fixing before the goal can be saved." : `${problemCount} fields need fixing before the goal can be saved.`}</AlertDescription>
          </Alert>
        ) : null}
        <EditorSection title="Goal" description="What this goal is and the words a call is judged by.">
          <GoalBasicsFields {...sectionProps} onTitle={onTitle} keyHint={creating && !keyEdited ? "Filled in from the title until you change it. Lowercase letters, digits and underscores." : "How the API, webhooks and next steps refer to this goal. Lowercase letters, digits and underscores."} />
        </EditorSection>
        <EditorSection title="How it is judged">
          <GoalJudgingFields {...sectionProps} demotes={demotes} />
        </EditorSection>
        <EditorSection title="Output variables">
          <OutputVariablesField {...sectionProps} />
        </EditorSection>
        <EditorSection title="Next steps">
          <NextStepsField {...sectionProps} others={context.others} goalHref={(key) => `${base}/goals/${key}`} />
        </EditorSection>
        {readOnly ? null : (
          <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t bg-background/95 px-1 py-3 backdrop-blur">
            <SaveButton pending={save.pending} disabled={!creating && !dirty}>
              {creating ? "Create goal" : "Save goal"}
            </SaveButton>
            <Button asChild variant="ghost">
              <Link href={`${base}/goals`}>Cancel</Link>
            </Button>
            <span className="text-sm text-muted-foreground" aria-live="polite">
              {dirty ? "Unsaved changes" : creating ? "" : "All changes saved"}
            </span>
          </div>
        )}
      </fieldset>
    </form>
  );
}
