import { describe, expect, it } from "vitest";
import { findDates, findTimes } from "./dates";

const CALL_DATE = "2019-03-01"; // a Friday

describe("findDates", () => {
  it.each([
    ["next Wednesday", "2019-03-06"],
    ["the day after tomorrow", "2019-03-03"],
    ["day after tomorrow", "2019-03-03"],
    ["the 7th", "2019-03-07"],
    ["13th of this month", "2019-03-13"],
    ["Friday next week", "2019-03-08"],
    ["March 11th", "2019-03-11"],
  ])("%s → %s", (text, date) => {
    expect(findDates(`I'd like it on ${text}.`, CALL_DATE)[0]?.date).toBe(date);
  });

  it("does not take a length of stay or a street number for a date", () => {
    expect(findDates("a room for three days", CALL_DATE)).toEqual([]);
    expect(findDates("They are located at 1532 20th Street.", CALL_DATE)).toEqual([]);
  });
});

describe("findTimes", () => {
  it.each([
    ["half past 1 in the afternoon", "13:30"],
    ["quarter to 12 in the morning", "11:45"],
    ["afternoon 3", "15:00"],
    ["eight pm", "20:00"],
    ["A quarter past 5 in the evening", "17:15"],
    ["16:30", "16:30"],
  ])("%s → %s", (text, time) => {
    expect(findTimes(text, CALL_DATE)[0]?.time).toBe(time);
  });
});
