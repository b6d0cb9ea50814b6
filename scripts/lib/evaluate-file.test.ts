import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createLocalEvaluator } from "../../lib/evaluation/local";
import { goalKeys, slugify } from "./cli-input";
import { evaluateFile } from "./evaluate-file";
import { EngineUnavailableError, loadEngine, parseEngine } from "./load-engine";

const good = {
  id: "call-1",
  callDate: "2024-05-06",
  transcript: [
    { speaker: "User", text: "Can I book a table for 2 tomorrow at 7 pm?" },
    { speaker: "AI", text: "Please confirm: a table for 2 tomorrow at 7 pm." },
    { speaker: "User", text: "Yes." },
    { speaker: "AI", text: "Your table is booked. We're at 12 Main Street." },
  ],
  goals: [
    { name: "Table booked", description: "A table was successfully reserved.", outputVariables: [{ name: "date", type: "date" }, { name: "party_size", type: "number" }] },
    { name: "Address given", description: "The agent told the customer the address." },
  ],
};

function tempFiles(lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "debrief-evaluate-"));
  const input = join(dir, "calls.jsonl");
  writeFileSync(input, `${lines.join("\n")}\n`);
  return { input, output: join(dir, "results.jsonl") };
}

describe("evaluateFile", () => {
  it("writes one result per good line and reports bad lines by number and field", async () => {
    const { input, output } = tempFiles([
      JSON.stringify(good),
      JSON.stringify({ ...good, id: "call-2", goals: [{ description: "no name" }] }),
      "{not json",
      JSON.stringify({ ...good, id: "call-4", transcript: [{ speaker: "Narrator", text: "x" }] }),
    ]);
    const messages: string[] = [];
    const summary = await evaluateFile({ input, output, evaluator: createLocalEvaluator(), log: (message) => messages.push(message) });
    expect(summary).toEqual({ evaluated: 1, failed: 3 });
    expect(messages[0]).toMatch(/^line 2: goals\.0\.name: /);
    expect(messages[1]).toMatch(/^line 3: invalid JSON/);
    expect(messages[2]).toMatch(/^line 4: transcript\.0\.speaker: unknown speaker/);

    const [line] = readFileSync(output, "utf8").trim().split("\n").map((text) => JSON.parse(text));
    expect(line.id).toBe("call-1");
    expect(line.goals[0]).toMatchObject({ name: "Table booked", status: "achieved", variables: { date: "2024-05-07", party_size: 2 } });
    expect(line.goals[0].evidence).toEqual([{ turn: 3, quote: "Your table is booked." }]);
    expect(line.goals[1]).toMatchObject({ name: "Address given", status: "achieved" });
    expect(line.outcome.name).toBe("Appointment Scheduled");
    expect(Object.keys(line.insights)).toEqual(["sentiment", "summary", "topics"]);
    expect(line.usage.engine).toBe("local");
  });
});

describe("CLI helpers", () => {
  it("derives goal keys by slugifying names, unique within a call", () => {
    expect(slugify("Venue address & start time given!")).toBe("venue_address_start_time_given");
    expect(goalKeys(["Booked", "booked", "Other"])).toEqual(["booked", "booked_2", "other"]);
  });

  it("refuses an unknown engine and explains what the LLM engine needs", async () => {
    expect(() => parseEngine("gpt")).toThrow(EngineUnavailableError);
    await expect(loadEngine("llm", {})).rejects.toThrow(/OPENAI_API_KEY|could not be loaded/);
  });
});

describe("npm run evaluate (process)", () => {
  it("exits 1 when a line failed, after writing the good ones", async () => {
    const { input, output } = tempFiles([JSON.stringify(good), JSON.stringify({ id: "x" })]);
    const tsx = resolve(__dirname, "../../node_modules/.bin/tsx");
    const run = promisify(execFile)(tsx, [resolve(__dirname, "../evaluate.ts"), "--input", input, "--output", output]);
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/line 2: transcript: .*\n.*1 line\(s\) failed/s) });
    expect(readFileSync(output, "utf8").trim().split("\n")).toHaveLength(1);
  });
});
