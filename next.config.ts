import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Both database drivers open files or sockets at run time; bundling them breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  typedRoutes: false,
  poweredByHeader: false,
};

export default nextConfig;
