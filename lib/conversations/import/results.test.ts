import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import type { RowProblem } from "./parse-file";
import { chunkRows } from "./chunk-rows";
import { problemsToCsv, tallyResults, toImportResults, type ImportTally } from "./results";

describe("chunkRows", () => {
  const row = (n: number, size = 10) => ({ rowNumber: n, data: { t: "x".repeat(size) } });

  it("cuts at the row limit and at the byte limit, and sets aside a row too large to send", () => {
    const rows = Array.from({ length: 120 }, (_, i) => row(i + 1));
    expect(chunkRows(rows).chunks.map((c) => c.length)).toEqual([50, 50, 20]);
    const { chunks, tooLarge } = chunkRows([row(1, 400), row(2, 400), row(3, 5000), row(4, 400)], { maxBytes: 1000 });
    expect(chunks.map((c) => c.map((r) => r.rowNumber))).toEqual([[1, 2], [4]]);
    expect(tooLarge.map((r) => r.rowNumber)).toEqual([3]);
  });
});

describe("import results", () => {
  it("numbers results by file row, strips the batch path, counts stored / existing / failed", () => {
    const results = toImportResults(
      [
        { rowNumber: 2, externalId: "a" },
        { rowNumber: 3, externalId: "b" },
        { rowNumber: 4, externalId: "c" },
        { rowNumber: 5, externalId: "d" },
      ],
      [
        { index: 0, ok: true, id: "id-a", status: "received", created: true },
        { index: 1, ok: true, id: "id-b", status: "received", created: false },
        { index: 2, ok: false, error: { code: "invalid", message: "bad", details: { issues: [{ path: "conversations.2.contact.email", message: "must be a valid email address" }] } } },
        { index: 3, ok: false, error: { code: "forbidden", message: "Your role (viewer) cannot conversations write", details: null } },
      ],
    );
    expect(results[2]).toEqual({ rowNumber: 4, externalId: "c", ok: false, issues: [{ field: "contact.email", message: "must be a valid email address" }] });
    expect(results[3]).toMatchObject({ issues: [{ field: "(row)", message: "Your role (viewer) cannot conversations write" }] });
    const tally: ImportTally = { stored: 0, existing: 0, failed: 0 };
    const problems: RowProblem[] = [];
    tallyResults(results, tally, problems);
    expect(tally).toEqual({ stored: 1, existing: 1, failed: 2 });
    expect(problems.map((p) => p.rowNumber)).toEqual([4, 5]);
  });

  it("writes problems as CSV sorted by row, quoting what needs it", () => {
    const csv = problemsToCsv([
      { rowNumber: 9, externalId: "x", field: "direction", message: "must be one of inbound, outbound" },
      { rowNumber: 3, field: "(line)", message: 'Line 3 is not valid JSON: Unexpected token "b"' },
    ]);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed).toEqual([
      ["row", "externalId", "field", "message"],
      ["3", "", "(line)", 'Line 3 is not valid JSON: Unexpected token "b"'],
      ["9", "x", "direction", "must be one of inbound, outbound"],
    ]);
  });
});
