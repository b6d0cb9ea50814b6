/**
 * npm run seed [-- --json]
 * Creates (or finds) the demo user, workspace and API key and prints them.
 */
import { seedDemo } from "@/lib/demo/seed-demo";
import { getEnv } from "@/lib/env";
import { failClearly, runWithDatabase } from "./lib/cli-database";

async function main() {
  const asJson = process.argv.includes("--json");
  const demo = await runWithDatabase("seed", (handle) => seedDemo(handle.db, getEnv().AUTH_SECRET));
  const result = { email: demo.email, password: demo.password, workspace: demo.workspace.slug, apiKey: demo.apiKey };
  if (asJson) {
    process.stdout.write(JSON.stringify(result) + "\n");
    return;
  }
  const appUrl = getEnv().APP_URL;
  process.stdout.write(
    [
      "Demo data is ready.",
      `  Sign in:    ${appUrl}/sign-in  as ${result.email} / ${result.password}`,
      `  Workspace:  ${appUrl}/w/${result.workspace}`,
      `  API key:    ${result.apiKey}`,
      `  Try it:     curl -H "Authorization: Bearer ${result.apiKey}" ${appUrl}/api/v1/workspace`,
      "",
    ].join("\n"),
  );
}

main().catch(failClearly);
