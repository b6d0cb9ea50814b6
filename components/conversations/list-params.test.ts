import { describe, expect, it } from "vitest";
import { hasFilters, listHref, pageLinks, readListParams, toFilters } from "./list-params";

const base = "/w/acme/conversations";

describe("list params", () => {
  it("reads filters from the URL, ignoring blanks, and turns contact into phone or email", () => {
    const p = readListParams({ agent: "a1", status: "", q: "  refund ", contact: "ana@example.com", back: "c1.c2", cursor: "c3" });
    expect(p).toMatchObject({ agent: "a1", status: undefined, q: "refund", contact: "ana@example.com", back: ["c1", "c2"], cursor: "c3" });
    expect(hasFilters(p)).toBe(true);
    expect(toFilters(p)).toMatchObject({ agentId: "a1", email: "ana@example.com", phone: undefined, q: "refund", cursor: "c3" });
    expect(toFilters(readListParams({ contact: "(415) 555-0100" }))).toMatchObject({ phone: "(415) 555-0100", email: undefined });
    expect(hasFilters(readListParams({ cursor: "x" }))).toBe(false);
  });

  it("walks pages forward and back keeping the filters", () => {
    const page1 = readListParams({ status: "received" });
    const one = pageLinks(base, page1, "c1");
    expect(one).toEqual({ page: 1, previous: undefined, next: `${base}?status=received&cursor=c1` });

    const page2 = readListParams(Object.fromEntries(new URL(one.next!, "http://x").searchParams));
    const two = pageLinks(base, page2, "c2");
    expect(two).toEqual({ page: 2, previous: `${base}?status=received`, next: `${base}?status=received&cursor=c2&back=c1` });

    const page3 = readListParams(Object.fromEntries(new URL(two.next!, "http://x").searchParams));
    const three = pageLinks(base, page3, null);
    expect(three).toEqual({ page: 3, previous: `${base}?status=received&cursor=c1`, next: undefined });
  });

  it("builds a clean href", () => {
    expect(listHref(base, { back: [] })).toBe(base);
    expect(listHref(base, { q: "a b", back: ["x"] })).toBe(`${base}?q=a+b`);
  });
});
