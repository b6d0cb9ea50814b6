/**
 * Group commit: while `inFlight` runs of a queue are under way, the items that arrive wait and
 * then go together in one run (one at a time measured best on ingest: bigger groups, less CPU). Under load one statement and one commit serve many callers; at
 * rest an item goes alone at once. Each caller hears back only when its own run has finished.
 * `run` answers one result per item, in order. If a run fails, its items go again one by one,
 * so whatever broke it fails only its own caller.
 */
export function groupCommit<T, R>(run: (items: T[]) => Promise<R[]>, { inFlight = 1, max = 100 } = {}) {
  type Waiting = { item: T; resolve: (result: R) => void; reject: (error: unknown) => void };
  type Queue = { waiting: Waiting[]; running: number };
  // A queue per scope object (e.g. a database handle) and key (e.g. a workspace).
  const queues = new WeakMap<object, Map<string, Queue>>();

  async function runGroup(group: Waiting[]): Promise<void> {
    try {
      const results = await run(group.map((w) => w.item));
      group.forEach((w, i) => w.resolve(results[i]));
    } catch (error) {
      if (group.length === 1) return group[0].reject(error);
      await Promise.all(group.map((w) => runGroup([w])));
    }
  }

  function drain(queue: Queue): void {
    while (queue.running < inFlight && queue.waiting.length) {
      const group = queue.waiting.splice(0, max);
      queue.running += 1;
      void runGroup(group).finally(() => {
        queue.running -= 1;
        drain(queue);
      });
    }
  }

  return function submit(scope: object, key: string, item: T): Promise<R> {
    const byKey = queues.get(scope) ?? new Map<string, Queue>();
    queues.set(scope, byKey);
    let queue = byKey.get(key);
    if (!queue) byKey.set(key, (queue = { waiting: [], running: 0 }));
    const target = queue;
    return new Promise<R>((resolve, reject) => {
      target.waiting.push({ item, resolve, reject });
      drain(target);
    });
  };
}
