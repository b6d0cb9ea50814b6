/**
 * Runs once when a server starts: validates the environment and opens and migrates the database,
 * so a wrong setting stops start-up with a clear message instead of failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server/start");
  await startServer();
}
