import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/client";
import { jobs } from "@/db/schema";
import { inProcessSteps, JobRunner } from "./runner";
import type { AnyFunctionSpec } from "./types";

describe("in-process steps", () => {
  it("let pending I/O callbacks run before each step, so a long job cannot starve the server", async () => {
    const order: string[] = [];
    setImmediate(() => order.push("request"));
    const result = await inProcessSteps.run("page-0", async () => {
      order.push("step");
      return 42;
    });
    expect(result).toBe(42);
    expect(order).toEqual(["request", "step"]);
  });
});

describe("the job runner when its database goes away mid-job", () => {
  afterEach(() => vi.restoreAllMocks());

  it("keeps its process alive, and the job it could not record is taken up again after a restart", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "debrief-runner-")), "pglite");
    let handle = await openDatabase({ pgliteDir: dir });
    await migrateDatabase(handle);
    await handle.db.insert(jobs).values({ id: "job-1", functionId: "closes-the-database", eventId: "evt-1", eventName: "conversation/ended", data: {} });

    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const closing: AnyFunctionSpec = { id: "closes-the-database", event: "conversation/ended", retries: 0, handler: () => handle.close() };
    const runner = new JobRunner(handle.db, [closing]);
    try {
      runner.start();
      await vi.waitFor(() => expect(logged).toHaveBeenCalledWith("Debrief job runner: could not record how a job ended", expect.any(Error)));
      await runner.stop(); // resolves only once no job is counted as running
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }

    handle = await openDatabase({ pgliteDir: dir });
    try {
      expect((await handle.db.select({ status: jobs.status }).from(jobs))[0].status).toBe("running");
      expect(await new JobRunner(handle.db, [closing]).recover(true)).toBe(1);
      expect((await handle.db.select({ status: jobs.status, attempts: jobs.attempts }).from(jobs))[0]).toEqual({ status: "pending", attempts: 1 });
    } finally {
      await handle.close();
    }
  });
});
