/**
 * The baseline for `npm run bench -- ingest`: a bare Node http server that parses each posted
 * conversation and inserts it with postgres.js, nothing else (no auth, no validation, no events).
 *   tsx scripts/bench/bare-server.ts <port> <database url>
 */
import http from "node:http";
import postgres from "postgres";

const [port, url] = process.argv.slice(2);
const sql = postgres(url, { max: 10, onnotice: () => {} });
await sql`create table if not exists bench_bare (external_id text primary key, body jsonb not null, created_at timestamptz not null default now())`;

http
  .createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        const [row] = await sql`insert into bench_bare (external_id, body) values (${body.externalId}, ${sql.json(body)}) on conflict do nothing returning external_id`;
        response.writeHead(row ? 202 : 200, { "content-type": "application/json" }).end(JSON.stringify({ id: body.externalId }));
      } catch (error) {
        response.writeHead(400).end(String(error));
      }
    });
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
