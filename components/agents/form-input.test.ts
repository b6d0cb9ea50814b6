import { describe, expect, it } from "vitest";
import { checked, commaList, list, text } from "./form-input";

describe("server-action input readers", () => {
  it("reads form strings and JSON alike", () => {
    expect(text("a")).toBe("a");
    expect(text(undefined)).toBe("");
    expect([checked("on"), checked(true), checked("true"), checked(undefined), checked(false)]).toEqual([true, true, true, false, false]);
    expect(list(["+1", 2, "x"])).toEqual(["+1", "x"]);
    expect(list(undefined)).toEqual([]);
    expect(commaList(" a, ,b ,")).toEqual(["a", "b"]);
  });
});
