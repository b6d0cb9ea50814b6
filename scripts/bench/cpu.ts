import { existsSync, readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) used so far by these processes; 0 where /proc is absent (not Linux). */
export function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after "(comm) ": state is 3rd, utime 14th and stime 15th of the whole line.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended: its time is no longer counted.
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** Processes of this machine with this command name (e.g. the local PostgreSQL's backends). */
export function pidsNamed(name: string): number[] {
  if (!existsSync("/proc")) return [];
  return readdirSync("/proc").flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      return readFileSync(`/proc/${entry}/comm`, "utf8").trim() === name ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}

/** Measures the CPU that `run` costs each of the named process groups. */
export async function measureCpu<T>(groups: Record<string, () => number[]>, run: () => Promise<T>): Promise<{ result: T; cpu: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(groups).map(([name, pids]) => [name, cpuSeconds(pids())]));
  const self0 = process.cpuUsage();
  const result = await run();
  const self = process.cpuUsage(self0);
  const cpu = Object.fromEntries(Object.entries(groups).map(([name, pids]) => [name, cpuSeconds(pids()) - before[name]]));
  return { result, cpu: { ...cpu, "load generator": (self.user + self.system) / 1e6 } };
}
