import { createTransport } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";

export interface SmtpMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  messageId: string;
}

export type SmtpOutcome =
  | { ok: true; rejected: string[] }
  /** `ambiguous`: the whole message reached the server and then the connection failed, so it may have been accepted. */
  | { ok: false; error: string; retryable: boolean; ambiguous: boolean };

// Codes nodemailer gives to failures of the connection itself (no SMTP answer).
const CONNECTION_CODES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS"]);

/**
 * Sends one message over SMTP (the URL as in SMTP_URL, e.g. smtp://user:pass@host:587). Never throws.
 *
 * Failures: a 4xx answer is transient by definition (RFC 5321) → retryable; a 5xx answer (a refused
 * recipient, a rejected message, bad credentials) will be the same next time → permanent. No answer
 * at all (refused, reset, timed out) → retryable, unless the server had already received the whole
 * message: then it may have accepted it, and sending again could deliver it twice → `ambiguous`.
 */
export async function sendSmtp(smtpUrl: string, mail: SmtpMail, timeoutMs = 10_000): Promise<SmtpOutcome> {
  let transmitted = false;
  const noop = () => {};
  // nodemailer has no hook for "message sent, awaiting the final reply"; its info log of the data stream's end is that moment.
  const logger = {
    level: noop,
    trace: noop,
    debug: noop,
    warn: noop,
    error: noop,
    fatal: noop,
    info: (entry: { tnx?: string; outByteCount?: number }) => {
      if (entry?.tnx === "message" && entry.outByteCount !== undefined) transmitted = true;
    },
  };
  const options: SMTPTransport.Options = { url: smtpUrl, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs, dnsTimeout: timeoutMs, logger };
  // Built directly: createTransport({ url, … }) keeps only what the URL says and drops the timeouts.
  const transport = createTransport(new SMTPTransport(options));
  try {
    const info = await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      // Automated mail: tells auto-responders not to answer (RFC 3834).
      headers: { "Auto-Submitted": "auto-generated" },
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    return { ok: true, rejected: (info.rejected ?? []).map(String) };
  } catch (error) {
    return classifySmtpError(error, transmitted);
  } finally {
    transport.close();
  }
}

export function classifySmtpError(error: unknown, transmitted: boolean): SmtpOutcome & { ok: false } {
  const err = error as { message?: string; code?: string; responseCode?: number };
  const message = err?.message ?? String(error);
  if (typeof err?.responseCode === "number") {
    return { ok: false, error: message, retryable: err.responseCode >= 400 && err.responseCode < 500, ambiguous: false };
  }
  if (err?.code && CONNECTION_CODES.has(err.code)) return { ok: false, error: `${err.code}: ${message}`, retryable: !transmitted, ambiguous: transmitted };
  // Configuration problems (EAUTH without credentials, ETLS, EENVELOPE, ECONFIG…) do not fix themselves.
  return { ok: false, error: err?.code ? `${err.code}: ${message}` : message, retryable: false, ambiguous: false };
}
