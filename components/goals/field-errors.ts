/** Form errors keyed by path ("outputVariables.0.name"), as workspaceAction returns them. */
export type FieldErrors = Record<string, string>;

/** The first message per path: the first problem found is usually the one to fix first. */
export function issuesToErrors(issues: { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) if (!(issue.path in errors)) errors[issue.path] = issue.message;
  return errors;
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

/** Drops the errors of one field and everything below it, e.g. once the person edits it again. */
export function withoutErrorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !under(path, prefix)));
}

/** Errors about other objectives of the agent ("goals.<key>.nextRequired"), grouped by key. */
export function otherGoalErrors(errors: FieldErrors): { key: string; field: string; message: string }[] {
  return Object.entries(errors)
    .filter(([path]) => path.startsWith("goals."))
    .map(([path, message]) => {
      const [, key, ...rest] = path.split(".");
      return { key, field: rest.join("."), message };
    });
}

/** A suggested key for a title: "Appointment booked!" → "appointment_booked". */
export function keyFromTitle(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[_0-9]+|_+$/g, "");
  return words.slice(0, 64).replace(/_+$/, "");
}
