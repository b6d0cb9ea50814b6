import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { ConflictError, InvalidError } from "@/lib/errors";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { signUp } from "./sign-up";
import { verifyCredentials } from "./verify-credentials";

describe.each(TEST_ENGINES)("sign-up and sign-in on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("creates the user, a workspace they own, and stores only a password hash", async () => {
    const { user, workspace } = await signUp(database.db, { name: "Grace Hopper", email: " Grace@Example.com ", password: "compilers are fun 1952" });
    expect(user.email).toBe("grace@example.com");
    expect(workspace.slug).toBe("grace-s-workspace");
    const [stored] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain("compilers");
    const [membership] = await database.db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(membership).toMatchObject({ workspaceId: workspace.id, role: "owner" });
  });

  it("refuses a duplicate email as a conflict on the email field, whatever its case", async () => {
    await signUp(database.db, { name: "Alan", email: "alan@example.com", password: "enigma machine 1940" });
    const attempt = signUp(database.db, { name: "Alan Two", email: "ALAN@example.com", password: "another password 2" });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ details: { issues: [{ path: "email" }] } });
  });

  it.each([
    ["short", "must be at least 10 characters"],
    ["password123", "too common"],
    ["qwertyuiop", "too common"],
    ["aaaaaaaaaaaa", "too common"],
    ["katherine-rocks-2024", "must not contain your email"],
  ])("refuses the weak password %j and says why", async (password, why) => {
    const attempt = signUp(database.db, { name: "Kat", email: "katherine@example.com", password });
    await expect(attempt).rejects.toBeInstanceOf(InvalidError);
    await expect(attempt).rejects.toMatchObject({ issues: [{ path: "password", message: expect.stringContaining(why) }] });
  });

  it("names each bad field and stores nothing", async () => {
    const before = await database.db.select().from(users);
    const attempt = signUp(database.db, { name: "", email: "not-an-email", password: "long enough password" });
    await expect(attempt).rejects.toMatchObject({
      issues: expect.arrayContaining([
        { path: "name", message: "Name is required" },
        { path: "email", message: "must be a valid email address" },
      ]),
    });
    expect(await database.db.select().from(users)).toHaveLength(before.length);
  });

  it("signs in with the right password only, and treats an unknown email the same as a wrong password", async () => {
    await signUp(database.db, { name: "Mary", email: "mary@example.com", password: "analytical engine" });
    expect(await verifyCredentials(database.db, "MARY@example.com", "analytical engine")).toMatchObject({ email: "mary@example.com" });
    expect(await verifyCredentials(database.db, "mary@example.com", "wrong password!")).toBeNull();
    expect(await verifyCredentials(database.db, "nobody@example.com", "analytical engine")).toBeNull();
  });
});
