import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Both database drivers open files or sockets at run time; bundling them breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  typedRoutes: false,
  poweredByHeader: false,
  // A second build folder lets two builds (e.g. parallel test runs) share one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
