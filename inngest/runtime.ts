import type { Db } from "@/db";
import { deliverAsJobs, dispatchOutbox, type Deliver } from "@/lib/jobs/dispatch";
import { dispatchSoon, registerDispatcher } from "@/lib/jobs/dispatch-soon";
import { JobRunner } from "@/lib/jobs/runner";
import { flushAnalytics } from "@/lib/analytics/refresh-facts";
import { getInngest, inngestEnabled } from "./client";
import { FUNCTIONS } from "./functions";

const SWEEP_MS = 2_000;

/** Inngest delivery: events keep their outbox ids, so a re-send after a crash is deduplicated. */
export const deliverToInngest: Deliver = async (_db, events) => {
  await getInngest().send(events.map((e) => ({ id: e.id, name: e.name, data: e.data })));
};

/**
 * Starts background work for this server process: with Inngest configured, the outbox is sent to
 * Inngest (which calls /api/inngest); otherwise the in-process runner runs the same functions.
 * `soleProcess` (embedded database) lets the runner take back every job left running by a crash.
 */
export async function startJobRuntime(db: Db, { soleProcess }: { soleProcess: boolean }): Promise<{ mode: "inngest" | "in-process"; runner: JobRunner | null }> {
  let runner: JobRunner | null = null;
  if (inngestEnabled()) {
    registerDispatcher(async () => void (await dispatchOutbox(db, deliverToInngest)));
  } else {
    runner = new JobRunner(db, FUNCTIONS);
    const recovered = await runner.recover(soleProcess);
    if (recovered > 0) console.log(`Debrief: resuming ${recovered} job(s) left unfinished by the last run`);
    const deliver = deliverAsJobs(FUNCTIONS);
    const active = runner;
    registerDispatcher(async () => {
      await dispatchOutbox(db, deliver);
      active.wake();
    });
    runner.start();
  }
  // Deliver what the last run (or another process, e.g. a CLI import) left in the outbox, now and regularly.
  dispatchSoon();
  setInterval(dispatchSoon, SWEEP_MS).unref();
  // Dashboard rollups catch up with queued changes in batches (reads also flush their workspace).
  setInterval(() => void flushAnalytics(db).catch((error) => console.error("Debrief: analytics refresh failed", error)), SWEEP_MS).unref();
  return { mode: runner ? "in-process" : "inngest", runner };
}
