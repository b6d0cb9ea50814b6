import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { ConflictError } from "@/lib/errors";
import { emailSchema, nameSchema, optional, parseInput } from "@/lib/validation";
import { createWorkspace } from "@/lib/workspaces/create-workspace";

export const signUpInput = z
  .object({
    name: nameSchema("Name"),
    email: emailSchema,
    password: z.string({ error: "is required" }),
    workspaceName: optional(nameSchema("Workspace name", 60)),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: `Password ${problem}` });
  });

/** Creates the account and its first workspace together; a duplicate email is a conflict on "email". */
export async function signUp(db: Db, input: unknown) {
  const { name, email, password, workspaceName } = parseInput(signUpInput, input);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken) throw duplicateEmail();
    const inserted = await tx.insert(users).values({ name, email, passwordHash }).onConflictDoNothing().returning({ id: users.id });
    if (inserted.length === 0) throw duplicateEmail();
    const user = { id: inserted[0].id, name, email };
    const workspace = await createWorkspace(tx, user.id, { name: workspaceName ?? `${name.split(" ")[0]}'s workspace` });
    return { user, workspace };
  });
}

const duplicateEmail = () =>
  new ConflictError("An account with this email already exists; sign in instead", {
    issues: [{ path: "email", message: "An account with this email already exists; sign in instead" }],
  });

