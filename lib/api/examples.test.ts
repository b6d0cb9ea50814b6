import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { conversationInputSchema } from "@/lib/conversations/input-schema";
import { apiCurl, exampleCall } from "./examples";

/** The arguments a shell hands to curl when it runs `command` (curl stubbed by a function that prints them). */
function curlArguments(command: string): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  return execFileSync("sh", ["-c", script], { env: { ...process.env, DEBRIEF_API_KEY: "dk_test" } }).toString().split("\0").slice(0, -1);
}

describe("API examples", () => {
  it("shows an example call the ingest API accepts", () => {
    const parsed = conversationInputSchema.safeParse(exampleCall("agt_1"));
    expect(parsed.error).toBeUndefined();
  });

  it("builds a curl command a shell runs with the exact body, the key and the trimmed URL", () => {
    const body = exampleCall("agt_1"); // its transcript holds an apostrophe ("I'd like"): the quoting must survive it
    const args = curlArguments(apiCurl("https://debrief.example.com/", "/api/v1/conversations", body));
    expect(args.slice(0, 3)).toEqual(["-X", "POST", "https://debrief.example.com/api/v1/conversations"]);
    expect(args).toContain("Authorization: Bearer dk_test");
    expect(args).toContain("Content-Type: application/json");
    expect(JSON.parse(args[args.indexOf("-d") + 1])).toEqual(body);
  });
});
