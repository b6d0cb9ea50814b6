import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";

/**
 * The user for this email and password, or null. Unknown email and wrong password look and take
 * the same, so sign-in does not reveal which addresses have accounts.
 */
export async function verifyCredentials(db: Db, email: string, password: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, name: user.name, email: user.email };
}
