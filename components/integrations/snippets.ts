import { apiCurl } from "@/lib/api/examples";

/**
 * Copy-paste examples for the Integrations page. The verification snippet is the one in
 * integrations/webhook/README.md (a test checks they are the same, and the README's own test runs it).
 */
export const VERIFY_SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

/** True when \`header\` (X-Debrief-Signature) signs \`rawBody\` (a string) with \`secret\` and is fresh. */
export function verifyDebriefSignature(rawBody, header, secret, toleranceSeconds = 300) {
  const items = String(header ?? "").split(",").map((item) => item.trim().split("="));
  const t = items.find(([key]) => key === "t")?.[1];
  const signatures = items.filter(([key]) => key === "v1").map(([, value]) => value ?? "");
  if (!t || !/^\\d+$/.test(t) || signatures.length === 0) return false;
  if (Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return false;
  const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest();
  return signatures.some((v1) => {
    const given = Buffer.from(v1, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
`;

export interface ConversionExample {
  appUrl: string;
  teamId: string;
  token: string;
}

const endpoint = (appUrl: string) => `${appUrl.replace(/\/+$/, "")}/api/v1/conversions`;

/** A server-side POST with an API key (the key is a placeholder: keys are shown only once). */
export function conversionCurl({ appUrl, teamId }: Omit<ConversionExample, "token">): string {
  return apiCurl(appUrl, "/api/v1/conversions", { phone_number: "+14155550100", team_id: teamId, object_type: "voice_call", event_type: "sale", event_profit: 120 });
}

/** A tracking pixel for a thank-you page: GET with the pixel token, answered with a 1×1 GIF. */
export function conversionPixelUrl({ appUrl, teamId, token }: ConversionExample, phone = "+14155550100", profit = 120): string {
  const query = new URLSearchParams({ phone_number: phone, team_id: teamId, object_type: "voice_call", event_type: "sale", event_profit: String(profit), token, format: "gif" });
  return `${endpoint(appUrl)}?${query.toString()}`;
}

export function conversionImgTag(example: ConversionExample): string {
  const src = conversionPixelUrl(example).replace(/&/g, "&amp;");
  return `<img src="${src}" width="1" height="1" alt="" style="display:none">`;
}
