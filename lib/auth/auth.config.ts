import type { NextAuthConfig } from "next-auth";

/** Database-free part of the Auth.js config, shared by the proxy and lib/auth/auth.ts. */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt" },
  // Debrief runs behind whatever host it is given (localhost, a proxy); APP_URL sets links.
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      const isAppRoute = pathname === "/" || pathname.startsWith("/w/") || pathname.startsWith("/workspaces");
      return isAppRoute ? Boolean(auth?.user) : true;
    },
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
} satisfies NextAuthConfig;
