"use server";

import { AuthError } from "next-auth";
import { getDb } from "@/db";
import { guarded, formToObject, type ActionState } from "@/lib/auth/action";
import { signIn, signOut } from "@/lib/auth/auth";
import { signUp } from "@/lib/users/sign-up";

/** Only same-site paths, so a crafted link cannot send people elsewhere after sign-in. */
function safeRedirect(value: unknown, fallback = "/"): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : fallback;
}

export async function signInAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const { email, password, callbackUrl } = formToObject(formData);
  const values = { email: String(email ?? "") };
  const fieldErrors: Record<string, string> = {};
  if (!email) fieldErrors.email = "Enter your email address";
  if (!password) fieldErrors.password = "Enter your password";
  if (Object.keys(fieldErrors).length) return { status: "error", message: "Enter your email and password", fieldErrors, values };
  try {
    await signIn("credentials", { email, password, redirectTo: safeRedirect(callbackUrl) });
    return { status: "success" };
  } catch (error) {
    // The same words for an unknown email and a wrong password: no account enumeration.
    if (error instanceof AuthError) return { status: "error", message: "Wrong email or password", fieldErrors: {}, values };
    throw error;
  }
}

export async function signUpAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const input = formToObject(formData);
  return guarded(async () => {
    const { workspace } = await signUp(await getDb(), input);
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: safeRedirect(input.callbackUrl, `/w/${workspace.slug}`),
    });
    return { status: "success" };
  }, input);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
