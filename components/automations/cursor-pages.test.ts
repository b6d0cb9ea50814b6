import { describe, expect, it } from "vitest";
import { cursorPageLinks, readCursor } from "./cursor-pages";

describe("cursor pages in the URL", () => {
  it("walks forward and back, keeping the filters", () => {
    const base = "/w/acme/automations/log";
    const one = cursorPageLinks(base, { status: "failed" }, readCursor({ status: "failed" }), "c2");
    expect(one).toEqual({ page: 1, previous: undefined, next: `${base}?status=failed&cursor=c2` });
    const two = cursorPageLinks(base, { status: "failed" }, readCursor({ cursor: "c2" }), "c3");
    expect(two).toEqual({ page: 2, previous: `${base}?status=failed`, next: `${base}?status=failed&cursor=c3&back=c2` });
    const three = cursorPageLinks(base, {}, readCursor({ cursor: "c3", back: "c2" }), null);
    expect(three).toEqual({ page: 3, previous: `${base}?cursor=c2`, next: undefined });
  });

  it("ignores empty and repeated parameters", () => {
    expect(readCursor({ cursor: ["  ", "x"], back: "" })).toEqual({ cursor: undefined, back: [] });
  });
});
