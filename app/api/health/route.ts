import { sql } from "drizzle-orm";
import { getDatabase } from "@/db";
import { VERSION } from "@/lib/version";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { db, engine } = await getDatabase();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: engine, version: VERSION });
  } catch (error) {
    console.error(error);
    return Response.json({ status: "error", database: null, version: VERSION, message: (error as Error).message }, { status: 503 });
  }
}
