import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** Reads a JSONL file line by line (1-based line numbers), skipping blank lines. */
export async function* readJsonLines(path: string): AsyncGenerator<{ lineNumber: number; value: unknown; error: string | null }> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    try {
      yield { lineNumber, value: JSON.parse(line), error: null };
    } catch (error) {
      yield { lineNumber, value: null, error: `invalid JSON (${(error as Error).message})` };
    }
  }
}
