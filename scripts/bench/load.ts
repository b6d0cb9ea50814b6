import http from "node:http";

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  latenciesMs: number[];
}

/**
 * Sends requests from `connections` concurrent keep-alive connections for `seconds`, each
 * connection posting as soon as its previous answer arrived. Bounded in time and count; loopback only.
 */
export async function runLoad(options: { url: string; connections: number; seconds: number; body: () => string; headers?: Record<string, string>; maxRequests?: number }): Promise<LoadResult> {
  const target = new URL(options.url);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(target.hostname)) throw new Error("load tests only target this machine");
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latenciesMs: number[] = [];
  let errors = 0;
  let sent = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  const one = (payload: string) =>
    new Promise<number>((resolve) => {
      const request = http.request(
        { agent, method: "POST", hostname: target.hostname, port: target.port, path: target.pathname, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...options.headers } },
        (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        },
      );
      request.on("error", () => resolve(0));
      request.end(payload);
    });
  const worker = async () => {
    while (performance.now() < deadline && sent < (options.maxRequests ?? Infinity)) {
      sent += 1;
      const payload = options.body();
      const t0 = performance.now();
      const status = await one(payload);
      latenciesMs.push(performance.now() - t0);
      if (status < 200 || status >= 300) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  agent.destroy();
  return { requests: latenciesMs.length, errors, seconds: (performance.now() - started) / 1000, latenciesMs };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
