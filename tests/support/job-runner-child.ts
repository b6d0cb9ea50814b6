/**
 * A separate process that runs the app's background jobs on an embedded database, so a test can
 * kill it mid-run (SIGKILL: no cleanup) and check what a restart does.
 *   tsx tests/support/job-runner-child.ts <pglite dir>
 */
import { openDatabase } from "@/db/client";
import { setDatabase } from "@/db";
import { setEvaluator } from "@/lib/evaluation/evaluator";
import { createLocalEvaluator } from "@/lib/evaluation/local";
import { runAllJobs } from "./run-jobs";

const handle = await openDatabase({ pgliteDir: process.argv[2] });
setDatabase(handle);
setEvaluator(createLocalEvaluator());
process.send?.("started");
await runAllJobs(handle.db);
process.send?.("finished");
await handle.close();
