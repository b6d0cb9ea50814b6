import type { Db } from "@/db";
import { FUNCTIONS } from "@/inngest/functions";
import { deliverAsJobs, dispatchOutbox } from "@/lib/jobs/dispatch";
import { JobRunner } from "@/lib/jobs/runner";

/** Delivers the outbox and runs every job it causes, until nothing is left: what the server's runner does over time. */
export async function runAllJobs(db: Db, options: ConstructorParameters<typeof JobRunner>[2] = {}): Promise<void> {
  const runner = new JobRunner(db, FUNCTIONS, { backoffBaseMs: 5, pollMs: 5, ...options });
  for (let round = 0; round < 20; round++) {
    const dispatched = await dispatchOutbox(db, deliverAsJobs(FUNCTIONS));
    await runner.drain();
    if (dispatched === 0) return;
  }
}
