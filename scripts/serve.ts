/**
 * npm start — the production server: Next serves the app, and the two ingest routes (one call,
 * a batch) are answered straight from Node's http server by the very same route handlers.
 * Posting calls is the hot path, and Next's request pipeline cost ~2 ms of CPU per 6 KB POST,
 * more than storing the call. Options as `next start`: -p/--port (or PORT), -H/--hostname.
 *
 * Run by Node itself (types stripped), not through tsx: only the route modules are loaded with
 * tsx (scoped), so Next's own modules load at full speed.
 */
import http from "node:http";
import next from "next";
import { tsImport } from "tsx/esm/api";

const args = process.argv.slice(2);
const option = (...names: string[]) => {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname") ?? process.env.HOSTNAME;
process.env.PORT = String(port);

const { directRoutes, serveDirect }: typeof import("./direct-routes") = await tsImport("./direct-routes.ts", import.meta.url);
const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const upgrade = app.getUpgradeHandler();

const server = http.createServer((req, res) => {
  const route = req.method === "POST" ? directRoutes[(req.url ?? "").split("?")[0]] : undefined;
  if (route) void serveDirect(route.handler, route.maxBodyBytes, req, res);
  else void handle(req, res);
});
server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
server.listen(port, hostname, () => console.log(`Debrief ready on http://${hostname ?? "localhost"}:${port}`));

const stop = () => server.close(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
