/** npm run db:migrate — applies the committed migrations (also done on every app start). */
import { failClearly, runWithDatabase } from "./lib/cli-database";

runWithDatabase("migrate", async () => ({ migrated: true }))
  .then(() => process.stdout.write("Migrations applied.\n"))
  .catch(failClearly);
