import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";

export interface ReceivedEmail {
  from: string;
  to: string[];
  raw: string;
}

type Behaviour = "accept" | "refuse-recipient" | "defer-data" | "hang-after-data";

/**
 * A real SMTP server on 127.0.0.1 (port 0) for tests, without TLS or auth. `behaviour` is read on
 * each message, so a test can change it between sends.
 */
export async function startSmtpTestServer() {
  const received: ReceivedEmail[] = [];
  const state = { behaviour: "accept" as Behaviour };
  const fail = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 200, // a "hang" test leaves a connection open; do not wait 30 s for it on close
    onRcptTo(address, _session, callback) {
      if (state.behaviour === "refuse-recipient") return callback(fail("Mailbox unavailable", 550));
      callback();
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (state.behaviour === "hang-after-data") return; // took the whole message, never answers
        if (state.behaviour === "defer-data") return callback(fail("Try again later", 451));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    set behaviour(value: Behaviour) {
      state.behaviour = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A header's value in a raw message (unfolded). */
export function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  return new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim();
}

/** The text/plain part of a raw message, decoded from quoted-printable (soft line breaks joined). */
export function plainText(raw: string): string | undefined {
  const part = /Content-Type: text\/plain[^\r\n]*\r?\nContent-Transfer-Encoding: quoted-printable\r?\n\r?\n([\s\S]*?)\r?\n--/i.exec(raw)?.[1];
  if (part === undefined) return undefined;
  const bytes: number[] = [];
  const text = part.replace(/=\r?\n/g, "");
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === "=" ? text.slice(i + 1, i + 3) : "";
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]));
  }
  return Buffer.from(bytes).toString("utf8");
}
