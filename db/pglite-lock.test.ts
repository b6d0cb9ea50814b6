import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { DatabaseBusyError, lockPath } from "./pglite-lock";

/** Another process holds the folder: a script that opens it and waits. */
function holdInChild(dir: string): Promise<{ stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ["--input-type=module", "-e", `import { PGlite } from "@electric-sql/pglite"; import fs from "node:fs"; fs.writeFileSync(${JSON.stringify(lockPath(dir))}, JSON.stringify({ pid: process.pid })); await PGlite.create(${JSON.stringify(dir)}); console.log("ready"); setInterval(() => {}, 1000);`],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const stop = () => new Promise<void>((done) => {
    child.once("exit", () => done());
    child.kill();
  });
  return new Promise((resolve) => child.stdout.once("data", () => resolve({ stop })));
}

describe("the embedded database folder", () => {
  it("refuses a second process with a message that says what to do, and leaves the folder usable", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "debrief-lock-")), "pglite");
    const holder = await holdInChild(dir);
    try {
      const attempt = openDatabase({ pgliteDir: dir });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseBusyError);
      await expect(attempt).rejects.toThrow(/in use by another process .*stop that process.*DATABASE_URL/s);
    } finally {
      await holder.stop();
    }
    // The holder is gone: its stale lock is taken over and the data opens.
    const handle = await openDatabase({ pgliteDir: dir });
    await handle.close();
  });
});
