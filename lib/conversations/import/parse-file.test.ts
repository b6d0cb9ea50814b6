import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { CSV_OPTIONS, csvChunk, fileKind, parseCsv, parseJsonArray, parseJsonl } from "./parse-file";

describe("parseJsonl", () => {
  it("numbers rows by line, skips blank lines, names a malformed line", () => {
    const text = '\uFEFF{"id":"a"}\r\n\n{"id": "b", "contact": {"email": "x@example.com"}}\n{"id": broken}\n[1,2]\n';
    const { rows, problems } = parseJsonl(text);
    expect(rows).toEqual([
      { rowNumber: 1, data: { id: "a" } },
      { rowNumber: 3, data: { id: "b", contact: { email: "x@example.com" } } },
    ]);
    expect(problems).toEqual([
      { rowNumber: 4, field: "(line)", message: expect.stringMatching(/^Line 4 is not valid JSON: /) },
      { rowNumber: 5, field: "(line)", message: "Line 5 is not a JSON object (one conversation per line)" },
    ]);
  });
});

describe("parseCsv", () => {
  it("reads a header, quoted multi-line cells and spreadsheet row numbers", () => {
    const text = 'id,transcript,duration\n1,"Agent: Hi\nCustomer: Hello",12\n\n2,"Agent: ""Quoted"" hi",\n';
    const { rows, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { rowNumber: 2, data: { id: "1", transcript: "Agent: Hi\nCustomer: Hello", duration: "12" } },
      { rowNumber: 3, data: { id: "2", transcript: 'Agent: "Quoted" hi', duration: "" } },
    ]);
  });

  it("refuses a row with more cells than columns, keeps a short one", () => {
    const { rows, problems } = parseCsv(" id , transcript\n1,Agent: hi,extra\n2\n");
    expect(rows).toEqual([{ rowNumber: 3, data: { id: "2" } }]);
    expect(problems).toEqual([{ rowNumber: 2, field: "(row)", message: "Row 2 has more cells than the header has columns" }]);
  });

  it("numbers rows across streamed chunks", () => {
    const result = Papa.parse<Record<string, unknown>>("id\n5\n6\n", CSV_OPTIONS);
    expect(csvChunk(result, 10).rows.map((r) => r.rowNumber)).toEqual([10, 11]);
  });
});

describe("parseJsonArray and fileKind", () => {
  it("reads an array of objects, reports what is not one", () => {
    expect(parseJsonArray('[{"id":"a"}, 3]')).toEqual({ rows: [{ rowNumber: 1, data: { id: "a" } }], problems: [{ rowNumber: 2, field: "(item)", message: "Item 2 is not a JSON object" }] });
    expect(parseJsonArray("{nope").problems[0].message).toMatch(/^The file is not valid JSON/);
  });

  it.each([
    ["calls.CSV", "csv"],
    ["calls.jsonl", "jsonl"],
    ["calls.ndjson", "jsonl"],
    ["calls.json", "json"],
    ["calls.xlsx", null],
  ])("%s is %s", (name, kind) => expect(fileKind(name)).toBe(kind));
});
