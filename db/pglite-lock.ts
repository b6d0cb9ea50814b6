import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/** PGlite is one process per data folder; a second opener would corrupt it. This lock says who holds it. */
export interface LockInfo {
  pid: number;
  /** Set by the app server so CLI commands can ask it to do their work while it runs. */
  serverUrl?: string;
  token?: string;
}

export class DatabaseBusyError extends Error {
  override name = "DatabaseBusyError";
  constructor(
    readonly dir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `The embedded database in ${dir} is in use by another process (pid ${holder.pid}, probably \`npm run dev\` or \`npm start\`). ` +
        `PGlite serves one process at a time: stop that process and run this command again, ` +
        `or set PGLITE_DIR to another folder, or set DATABASE_URL to use PostgreSQL.`,
    );
  }
}

export const lockPath = (dir: string) => path.resolve(/*turbopackIgnore: true*/ dir) + ".lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readLock(dir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(lockPath(dir), "utf8")) as LockInfo;
    return info.pid !== process.pid && isAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/** Takes the lock for this process, or throws DatabaseBusyError naming the live holder. */
export function acquireLock(dir: string, extra: Omit<LockInfo, "pid"> = {}): void {
  const file = lockPath(dir);
  mkdirSync(path.dirname(file), { recursive: true });
  const holder = readLock(dir);
  if (holder) throw new DatabaseBusyError(dir, holder);
  // A lock left by a dead process is stale: take it over.
  writeFileSync(file, JSON.stringify({ pid: process.pid, ...extra }));
  process.once("exit", () => releaseLock(dir));
}

export function updateLock(dir: string, extra: Omit<LockInfo, "pid">): void {
  writeFileSync(lockPath(dir), JSON.stringify({ pid: process.pid, ...extra }));
}

export function releaseLock(dir: string): void {
  try {
    const info = JSON.parse(readFileSync(lockPath(dir), "utf8")) as LockInfo;
    if (info.pid === process.pid) unlinkSync(lockPath(dir));
  } catch {
    // Already gone.
  }
}
