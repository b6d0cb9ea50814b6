import type { GoalSnapshot } from "@/db/schema";

export interface RevisionChange {
  field: keyof GoalSnapshot;
  label: string;
  before: string;
  after: string;
}

const LABELS: Record<keyof GoalSnapshot, string> = {
  key: "Key",
  title: "Title",
  description: "Description",
  kind: "Kind",
  confirmationMode: "Confirmation",
  modality: "Modality",
  outputVariables: "Output variables",
  nextRequired: "Next required",
  nextConditional: "Next if",
  callbackUrl: "Callback URL",
  archived: "State",
};

const NONE = "none";

function show(field: keyof GoalSnapshot, snapshot: GoalSnapshot): string {
  switch (field) {
    case "kind":
      return snapshot.kind === "primary" ? "Primary" : "Secondary";
    case "confirmationMode":
      return snapshot.confirmationMode === "auto" ? "Automatic" : "Manual review";
    case "modality":
      return snapshot.modality === "verbal" ? "Verbal" : "Visual";
    case "archived":
      return snapshot.archived ? "Archived" : "Active";
    case "callbackUrl":
      return snapshot.callbackUrl ?? NONE;
    case "nextRequired":
      return snapshot.nextRequired.join(", ") || NONE;
    case "nextConditional":
      return (
        Object.entries(snapshot.nextConditional)
          .map(([key, condition]) => `${key} (${condition})`)
          .join("; ") || NONE
      );
    case "outputVariables":
      return (
        snapshot.outputVariables
          .map((v) => `${v.name}: ${v.type}${v.options?.length ? ` [${v.options.join(", ")}]` : ""}${v.description ? ` (${v.description})` : ""}`)
          .join("; ") || NONE
      );
    default:
      return String(snapshot[field] ?? "");
  }
}

/** What changed from one revision to the next, field by field, in words. Nothing for the first revision. */
export function snapshotChanges(previous: GoalSnapshot | null, next: GoalSnapshot): RevisionChange[] {
  if (!previous) return [];
  const fields = Object.keys(LABELS) as (keyof GoalSnapshot)[];
  return fields.flatMap((field) => {
    const before = show(field, { ...next, ...previous });
    const after = show(field, next);
    return before === after ? [] : [{ field, label: LABELS[field], before, after }];
  });
}

export interface RevisionLike {
  revision: number;
  snapshot: GoalSnapshot;
  createdAt: Date | string;
  createdBy: string | null;
}

/** Revisions newest first (as listGoalRevisions returns them), each with its changes from the one before. */
export function revisionHistory<R extends RevisionLike>(revisions: R[]): (R & { changes: RevisionChange[] })[] {
  const ordered = [...revisions].sort((a, b) => b.revision - a.revision);
  return ordered.map((r, i) => ({ ...r, changes: snapshotChanges(ordered[i + 1]?.snapshot ?? null, r.snapshot) }));
}
