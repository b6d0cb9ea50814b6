import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";

/**
 * Integration secrets are stored encrypted (AES-256-GCM) with a key derived from ENCRYPTION_KEY,
 * so a database dump alone does not hand out anyone's HubSpot token or webhook secret.
 */
const VERSION = "v1";
const key = (secret: string) => Buffer.from(hkdfSync("sha256", secret, "debrief", "integration-secrets", 32));

export function encryptSecret(plain: string, secret = getEnv().ENCRYPTION_KEY): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(":");
}

export function decryptSecret(sealed: string, secret = getEnv().ENCRYPTION_KEY): string {
  const [version, iv, tag, data] = sealed.split(":");
  if (version !== VERSION || !iv || !tag || !data) throw new Error("Unreadable encrypted secret");
  const decipher = createDecipheriv("aes-256-gcm", key(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
