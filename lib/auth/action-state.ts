/** What every server action answers; forms show `message` and each field's error. Safe to import in client components. */
export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "success"; message?: string; data?: T }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values?: Record<string, string> };

export const fieldError = (state: ActionState | null, field: string): string | undefined =>
  state?.status === "error" ? state.fieldErrors[field] : undefined;

/** What the person typed, so a form that failed can show it again (React resets forms after an action). */
export const submittedValue = (state: ActionState | null, field: string): string | undefined =>
  state?.status === "error" ? state.values?.[field] : undefined;
