/**
 * Lets pending I/O (HTTP requests) run before going on. The embedded database and the local
 * evaluator answer without real I/O, so a long job that never yields keeps the server from
 * answering anything, progress polls and "Cancel" included, until the job ends.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
