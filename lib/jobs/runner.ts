import { and, asc, eq, inArray, lt, lte, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { jobs } from "@/db/schema";
import type { AnyFunctionSpec, JobEvent, StepTools } from "./types";
import { yieldToEventLoop } from "./yield-to-event-loop";

export interface RunnerOptions {
  /** Jobs run at the same time. */
  concurrency?: number;
  /** A running job whose process has gone quiet this long is taken over. */
  leaseMs?: number;
  /** Wait before retry n (1-based): base × 2^(n-1), capped. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  pollMs?: number;
}

/** Each step first yields to the event loop, so a long job cannot starve the HTTP server. */
export const inProcessSteps: StepTools = {
  run: async (_id, fn) => {
    await yieldToEventLoop();
    return fn();
  },
};

/**
 * The embedded job runner: claims due jobs from the database, runs their function with bounded
 * concurrency, retries failures with exponential backoff, and records the end. Everything it
 * needs to resume is in the jobs table, so a restart continues where a crash stopped.
 */
export class JobRunner {
  private running = 0;
  private started = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private idle: Array<() => void> = [];
  private readonly opts: Required<RunnerOptions>;

  constructor(
    private readonly db: Db,
    private readonly functions: AnyFunctionSpec[],
    options: RunnerOptions = {},
  ) {
    this.opts = { concurrency: 4, leaseMs: 5 * 60_000, backoffBaseMs: 1_000, backoffMaxMs: 5 * 60_000, pollMs: 1_000, ...options };
  }

  /** Takes back jobs a dead process left running. `all` when this process is the only one (PGlite). */
  async recover(all: boolean): Promise<number> {
    const stale = all ? undefined : lt(jobs.lockedAt, new Date(Date.now() - this.opts.leaseMs));
    const rows = await this.db.update(jobs).set({ status: "pending", lockedAt: null, runAt: new Date() }).where(and(eq(jobs.status, "running"), stale)).returning({ id: jobs.id });
    return rows.length;
  }

  start(): void {
    this.started = true;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  /** Look for work now (after new jobs were queued). */
  wake(): void {
    if (this.started && !this.stopped) this.schedule(0);
  }

  /**
   * Runs jobs until none is pending, waiting out retries due within `maxWaitMs` (tests and
   * scripts; a started runner does this by itself).
   */
  async drain(maxWaitMs = 10_000): Promise<void> {
    for (;;) {
      const claimed = await this.tick();
      if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      if (claimed > 0) continue;
      const [next] = await this.db.select({ runAt: jobs.runAt }).from(jobs).where(eq(jobs.status, "pending")).orderBy(asc(jobs.runAt)).limit(1);
      const wait = next ? next.runAt.getTime() - Date.now() : Infinity;
      if (wait > maxWaitMs) return;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private schedule(delay: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.tick()
        .catch((error) => console.error("Debrief job runner:", error))
        .finally(() => !this.stopped && this.schedule(this.opts.pollMs));
    }, delay);
  }

  /** Claims as many due jobs as there are free slots and starts them; returns how many. */
  private async tick(): Promise<number> {
    const free = this.opts.concurrency - this.running;
    if (free <= 0 || this.stopped) return 0;
    const due = this.db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.status, "pending"), lte(jobs.runAt, new Date())))
      .orderBy(asc(jobs.runAt))
      .limit(free)
      .for("update", { skipLocked: true });
    const claimed = await this.db
      .update(jobs)
      .set({ status: "running", lockedAt: new Date(), attempts: sql`${jobs.attempts} + 1` })
      .where(inArray(jobs.id, due))
      .returning();
    for (const job of claimed) {
      this.running += 1;
      // A lost database connection while recording the end must not take the process down;
      // the job's lease runs out and it is taken up again.
      void this.execute(job)
        .catch((error) => console.error("Debrief job runner: could not record how a job ended", error))
        .finally(() => {
          this.running -= 1;
          if (this.running === 0) this.idle.splice(0).forEach((resolve) => resolve());
          this.wake();
        });
    }
    return claimed.length;
  }

  private async execute(job: typeof jobs.$inferSelect): Promise<void> {
    const fn = this.functions.find((f) => f.id === job.functionId);
    const event = { id: job.eventId, name: job.eventName, data: job.data } as JobEvent<never>;
    if (!fn) {
      await this.finish(job.id, "failed", `no function "${job.functionId}" is registered`);
      return;
    }
    try {
      await fn.handler({ event, step: inProcessSteps, db: this.db });
      await this.finish(job.id, "completed", null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (job.attempts < job.maxAttempts) {
        // A receiver's Retry-After (429/503) wins over our own backoff when it asks for longer.
        const hinted = (error as { retryAfterMs?: number }).retryAfterMs ?? 0;
        const delay = Math.max(Math.min(this.opts.backoffBaseMs * 2 ** (job.attempts - 1), this.opts.backoffMaxMs), hinted);
        await this.db.update(jobs).set({ status: "pending", lockedAt: null, lastError: message, runAt: new Date(Date.now() + delay) }).where(eq(jobs.id, job.id));
        if (this.started && !this.stopped) this.schedule(delay);
        return;
      }
      await this.finish(job.id, "failed", message);
      await fn.onFailure?.({ event, error: error instanceof Error ? error : new Error(message), db: this.db }).catch((e) => console.error("Debrief: onFailure failed", e));
    }
  }

  private async finish(id: string, status: "completed" | "failed", lastError: string | null) {
    await this.db.update(jobs).set({ status, lastError, lockedAt: null, finishedAt: new Date() }).where(and(eq(jobs.id, id), eq(jobs.status, "running")));
  }
}
