/**
 * npm run seed [-- --json]
 * Creates (or finds) the demo user, workspace and API key and prints them.
 *
 * npm run seed -- --conversations N [--workspace slug]
 * Adds N realistic calls over the last 90 days (with evaluations, verdicts, outcomes and
 * conversions) to the demo workspace or the one named, and rebuilds its dashboards.
 */
import { seedDemo } from "@/lib/demo/seed-demo";
import { getEnv } from "@/lib/env";
import { failClearly, runWithDatabase } from "./lib/cli-database";
import { seedConversations } from "./seed/conversations";

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  const asJson = process.argv.includes("--json");
  const conversations = option("--conversations");
  if (conversations !== undefined) {
    const result = await seedConversations({ conversations: Number(conversations), workspace: option("--workspace") });
    process.stdout.write(asJson ? JSON.stringify(result) + "\n" : `Added ${result.conversations.toLocaleString("en")} conversations to /w/${result.workspace}.\n`);
    return;
  }
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
