import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/auth.config";
import { getEnv } from "@/lib/env";

const { auth } = NextAuth({ ...authConfig, secret: getEnv().AUTH_SECRET });

// Signed-out visitors of app pages go to sign-in; every page, action and route checks again itself.
export const proxy = auth;

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)"],
};
