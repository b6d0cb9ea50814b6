import { describe, expect, it } from "vitest";
import type { GoalSnapshot } from "@/db/schema";
import { revisionHistory, snapshotChanges } from "./revision-diff";

const base: GoalSnapshot = {
  key: "demo_booked",
  title: "Demo booked",
  description: "A demo was booked.",
  kind: "secondary",
  confirmationMode: "auto",
  modality: "verbal",
  outputVariables: [],
  nextRequired: [],
  nextConditional: {},
  callbackUrl: null,
  archived: false,
};

describe("revision diff", () => {
  it("lists nothing for the first revision", () => {
    expect(snapshotChanges(null, base)).toEqual([]);
  });

  it("names each changed field with its old and new value in words", () => {
    const next: GoalSnapshot = { ...base, kind: "primary", outputVariables: [{ name: "date", type: "date", description: "the day" }], nextConditional: { follow_up: "If busy" }, callbackUrl: "https://x.test/hook" };
    expect(snapshotChanges(base, next)).toEqual([
      { field: "kind", label: "Kind", before: "Secondary", after: "Primary" },
      { field: "outputVariables", label: "Output variables", before: "none", after: "date: date (the day)" },
      { field: "nextConditional", label: "Next if", before: "none", after: "follow_up (If busy)" },
      { field: "callbackUrl", label: "Callback URL", before: "none", after: "https://x.test/hook" },
    ]);
    expect(snapshotChanges(base, { ...base, archived: true })).toEqual([{ field: "archived", label: "State", before: "Active", after: "Archived" }]);
  });

  it("ignores fields an older snapshot did not record", () => {
    const older = { ...base } as Partial<GoalSnapshot>;
    delete older.modality;
    expect(snapshotChanges(older as GoalSnapshot, base)).toEqual([]);
  });

  it("pairs each revision with the one before it, newest first", () => {
    const revisions = [1, 3, 2].map((revision) => ({ revision, createdAt: "2025-01-01", createdBy: null, snapshot: { ...base, title: `T${revision}` } }));
    expect(revisionHistory(revisions).map((r) => [r.revision, r.changes.map((c) => `${c.before}→${c.after}`)])).toEqual([
      [3, ["T2→T3"]],
      [2, ["T1→T2"]],
      [1, []],
    ]);
  });
});
