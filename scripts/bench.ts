/**
 * npm run bench -- <ingest|evaluate|dashboard> [--seconds N]
 * Prints figures; judges nothing. Needs `npm run build` for the app benchmarks.
 */
const [what = "", ...rest] = process.argv.slice(2);
const seconds = Number(rest[rest.indexOf("--seconds") + 1]) || undefined;

const benches: Record<string, () => Promise<unknown>> = {
  ingest: async () => (await import("./bench/ingest")).benchIngest({ seconds }),
  evaluate: async () => (await import("./bench/evaluate")).benchEvaluate({ seconds }),
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
