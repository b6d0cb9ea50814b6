import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit";

/** A run the test releases by hand, recording the groups it was given. */
function gatedRun() {
  const groups: number[][] = [];
  const gates: Array<() => void> = [];
  const run = async (items: number[]) => {
    groups.push(items);
    await new Promise<void>((open) => gates.push(open));
    if (items.includes(13) && items.length > 1) throw new Error("one bad item breaks the statement");
    if (items.length === 1 && items[0] === 13) throw new Error("13 is bad");
    return items.map((n) => n * 10);
  };
  const openAll = async () => {
    while (gates.length) gates.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { run, groups, openAll };
}

async function settleAll<T>(promises: Promise<T>[], openAll: () => Promise<void>) {
  const settled = Promise.allSettled(promises);
  for (let i = 0; i < 10; i++) await openAll();
  return settled;
}

describe("groupCommit", () => {
  it("sends an item alone at once when nothing is under way", async () => {
    const { run, groups, openAll } = gatedRun();
    const submit = groupCommit(run, { inFlight: 2 });
    const scope = {};
    const results = await settleAll([submit(scope, "w", 1)], openAll);
    expect(groups).toEqual([[1]]);
    expect(results).toEqual([{ status: "fulfilled", value: 10 }]);
  });

  it("groups what arrives while runs are under way, answering each caller with its own result", async () => {
    const { run, groups, openAll } = gatedRun();
    const submit = groupCommit(run, { inFlight: 2, max: 3 });
    const scope = {};
    const promises = [1, 2, 3, 4, 5, 6, 7].map((n) => submit(scope, "w", n));
    const results = await settleAll(promises, openAll);
    expect(groups).toEqual([[1], [2], [3, 4, 5], [6, 7]]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : null))).toEqual([10, 20, 30, 40, 50, 60, 70]);
  });

  it("keeps scopes and keys apart", async () => {
    const { run, groups, openAll } = gatedRun();
    const submit = groupCommit(run, { inFlight: 1 });
    const [a, b] = [{}, {}];
    await settleAll([submit(a, "w", 1), submit(b, "w", 2), submit(a, "x", 3), submit(a, "w", 4), submit(b, "w", 5)], openAll);
    expect(groups).toEqual([[1], [2], [3], [4], [5]]);
  });

  it("fails only the item that breaks a group: the others go again alone and succeed", async () => {
    const { run, groups, openAll } = gatedRun();
    const submit = groupCommit(run, { inFlight: 1 });
    const scope = {};
    const results = await settleAll([0, 12, 13, 14].map((n) => submit(scope, "w", n)), openAll);
    expect(groups).toEqual([[0], [12, 13, 14], [12], [13], [14]]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(results[2]).toMatchObject({ reason: new Error("13 is bad") });
  });
});
