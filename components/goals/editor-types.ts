import { describedBy } from "@/components/ui/form-field";
import type { FieldErrors } from "./field-errors";
import type { GoalDraft } from "./goal-draft";

/** What each section of the goal editor gets: the draft, the errors to show, and a setter per field. */
export interface SectionProps {
  draft: GoalDraft;
  errors: FieldErrors;
  update: <K extends keyof GoalDraft>(field: K, value: GoalDraft[K]) => void;
}

/** id, aria-invalid and aria-describedby for a control whose error (and hint) sit below it. */
export function controlProps(id: string, error: string | undefined, hint?: boolean) {
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(hint && `${id}-description`, error && `${id}-error`) } as const;
}
