/**
 * npm run bench -- <ingest|evaluate|dashboard> [--seconds N]
 * npm run bench -- dashboard [--conversations N] [--runs N] [--reuse] [--drop]
 * Prints figures; judges nothing. Needs `npm run build` for the app benchmarks.
 */
const [what = "", ...rest] = process.argv.slice(2);
const numberAfter = (flag: string) => (rest.includes(flag) ? Number(rest[rest.indexOf(flag) + 1]) || undefined : undefined);
const seconds = numberAfter("--seconds");

const benches: Record<string, () => Promise<unknown>> = {
  ingest: async () => (await import("./bench/ingest")).benchIngest({ seconds }),
  evaluate: async () => (await import("./bench/evaluate")).benchEvaluate({ seconds }),
  dashboard: async () =>
    (await import("./bench/dashboard")).benchDashboard({ conversations: numberAfter("--conversations"), runs: numberAfter("--runs"), reuse: rest.includes("--reuse"), drop: rest.includes("--drop") }),
};

if (!benches[what]) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join("|")}> [--seconds N]`);
  process.exit(2);
}
benches[what]()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
