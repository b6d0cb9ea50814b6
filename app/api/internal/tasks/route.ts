import { LOCAL_TASKS, isLocalTaskToken, type LocalTask } from "@/lib/server/local-tasks";

export const dynamic = "force-dynamic";

/** Runs a CLI command inside this server for a local script holding the lock file's token (see lib/server/local-tasks.ts). */
export async function POST(request: Request) {
  if (!isLocalTaskToken(request.headers.get("x-debrief-local-token"))) return new Response("Not found", { status: 404 });
  const { task, args } = (await request.json()) as { task: LocalTask; args?: Record<string, unknown> };
  if (!(task in LOCAL_TASKS)) return Response.json({ error: `unknown task ${task}` }, { status: 400 });
  const run = LOCAL_TASKS[task] as (args: Record<string, unknown>) => Promise<unknown>;
  return Response.json(await run(args ?? {}));
}
