import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { conversionInput } from "@/lib/conversions/conversions";
import { VERIFY_SNIPPET, conversionCurl, conversionImgTag, conversionPixelUrl } from "./snippets";

const example = { appUrl: "https://debrief.example.com/", teamId: "ws_123", token: "px_abc+/=" };

describe("integration snippets", () => {
  it("shows the README's verification snippet word for word", () => {
    const readme = readFileSync(path.join(process.cwd(), "integrations", "webhook", "README.md"), "utf8");
    const block = /<!-- verify-snippet:start -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(VERIFY_SNIPPET).toBe(block);
  });

  it("builds a pixel URL the conversions API accepts", () => {
    const url = new URL(conversionPixelUrl(example));
    expect(url.origin + url.pathname).toBe("https://debrief.example.com/api/v1/conversions");
    const query = Object.fromEntries(url.searchParams);
    expect(query).toMatchObject({ team_id: "ws_123", event_type: "sale", event_profit: "120", token: "px_abc+/=", format: "gif", phone_number: "+14155550100" });
    expect(conversionInput.safeParse(query).success).toBe(true);
  });

  it("escapes the img tag's ampersands", () => {
    const tag = conversionImgTag(example);
    expect(tag).toMatch(/^<img src="https:\/\/debrief\.example\.com\/api\/v1\/conversions\?phone_number=/);
    expect(tag).toContain("&amp;team_id=ws_123");
    expect(tag).not.toMatch(/&(?!amp;)/);
  });

  it("posts a JSON body the conversions API accepts", () => {
    const curl = conversionCurl(example);
    expect(curl).toContain('curl -X POST "https://debrief.example.com/api/v1/conversions"');
    expect(curl).toContain("Authorization: Bearer $DEBRIEF_API_KEY");
    const body = JSON.parse(/-d '([\s\S]*)'/.exec(curl)![1]);
    expect(conversionInput.safeParse(body).success).toBe(true);
  });
});
