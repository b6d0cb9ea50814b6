import { describe, expect, it } from "vitest";
import { fixturePath, readLabelled } from "../../tests/fixtures/evaluation/load-fixtures";
import { declaredVariablesByService, inferVariableType, isVariableCorrect, toLabelledInput } from "./labelled-records";

describe("labelled records", () => {
  it("infers a variable's type from its name", () => {
    expect(["check_in_date", "pickup_time", "number_of_tickets", "party_size", "amount", "city"].map(inferVariableType)).toEqual([
      "date",
      "time",
      "number",
      "number",
      "number",
      "string",
    ]);
  });

  it("declares the same variables for every record of a service, on the transaction goal only", () => {
    const records = readLabelled(fixturePath("sgd-sample.jsonl"));
    const declared = declaredVariablesByService(records);
    expect(declared.get("Events_2")?.map((def) => def.name)).toEqual(["city", "date", "event_name", "number_of_tickets"]);
    const failed = records.find((record) => record.id === "sgd-train-15_00014")!;
    const input = toLabelledInput(failed, declared.get("Events_2")!);
    expect(input.goals[0].outputVariables?.map((def) => def.name)).toEqual(["city", "date", "event_name", "number_of_tickets"]);
    expect(input.goals[1].outputVariables).toBeUndefined();
  });

  it("accepts a value equal to the canonical form or to a mention, per type", () => {
    expect(isVariableCorrect({ name: "city", type: "string" }, "new  york", "New York", ["NY"])).toBe(true);
    expect(isVariableCorrect({ name: "city", type: "string" }, "NY", "New York", ["NY"])).toBe(true);
    expect(isVariableCorrect({ name: "city", type: "string" }, "York", "New York", ["NY"])).toBe(false);
    expect(isVariableCorrect({ name: "date", type: "date" }, "2019-03-06", "2019-03-06", ["next Wednesday"], "2019-03-01")).toBe(true);
    expect(isVariableCorrect({ name: "time", type: "time" }, "19:30", "19:30", ["7:30 pm"])).toBe(true);
    expect(isVariableCorrect({ name: "amount", type: "number" }, 1780, "1780", ["$1,780"])).toBe(true);
    expect(isVariableCorrect({ name: "amount", type: "number" }, null, "1780", [])).toBe(false);
  });
});
