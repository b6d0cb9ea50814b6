import { describe, expect, it } from "vitest";
import { findQuoteRanges, highlightSegments } from "./highlight";

const marked = (text: string, quotes: string[]) => highlightSegments(text, quotes).filter((s) => s.marked).map((s) => s.text);

describe("highlightSegments", () => {
  it("returns the text unmarked when there is nothing to mark", () => {
    expect(highlightSegments("Hello there", [])).toEqual([{ text: "Hello there", marked: false }]);
    expect(highlightSegments("", ["x"])).toEqual([{ text: "", marked: false }]);
    expect(highlightSegments("Hello", ["  "])).toEqual([{ text: "Hello", marked: false }]);
  });

  it("marks a quote ignoring case, keeping the turn's own spelling", () => {
    expect(highlightSegments("Your appointment is BOOKED for Tuesday.", ["booked for tuesday"])).toEqual([
      { text: "Your appointment is ", marked: false },
      { text: "BOOKED for Tuesday", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("matches across re-spaced whitespace and curly versus straight quotes", () => {
    expect(marked("I’d  like a\ncleaning", ["I'd like a cleaning"])).toEqual(["I’d  like a\ncleaning"]);
    expect(marked("Wait… what?", ["wait..."])).toEqual(["Wait…"]);
  });

  it("merges overlapping and touching quotes into one mark", () => {
    expect(marked("book me for Tuesday at three", ["me for Tues", "Tuesday at", "at three"])).toEqual(["me for Tuesday at three"]);
    expect(marked("abcdef", ["abc", "def"])).toEqual(["abcdef"]);
    expect(marked("abc def", ["abc", "def"])).toEqual(["abc", "def"]);
  });

  it("marks every occurrence and ignores quotes that are not in the turn", () => {
    expect(marked("yes, yes, YES", ["yes"])).toEqual(["yes", "yes", "YES"]);
    expect(marked("no match here", ["something else"])).toEqual([]);
  });

  it("never loses or reorders text", () => {
    const text = "Agent <b>said</b> “hello”   and   goodbye";
    const joined = highlightSegments(text, ['"hello" and', "<b>", "goodbye"]).map((s) => s.text).join("");
    expect(joined).toBe(text);
    expect(findQuoteRanges(text, ["<b>"])).toEqual([[6, 9]]);
  });
});
