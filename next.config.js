/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with HTTP 403 for signed-in users lacking a permission.
  experimental: {
    authInterrupts: true,
    // Catalog Excel imports go through a server action; the domain limit is 5 MB (lib/catalog/xlsx).
    serverActions: { bodySizeLimit: "6mb" },
  },
  poweredByHeader: false,
  // Lets two builds run side by side on one machine (e.g. parallel e2e runs); default .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks the whole project (tsc --noEmit) as its own step; the build need not repeat it.
  typescript: { tsconfigPath: "tsconfig.json", ignoreBuildErrors: true },
  // App Router folders starting with "." do not route: the published licence keys live under /api/v1.
  async rewrites() {
    return [{ source: "/.well-known/licence-keys.json", destination: "/api/v1/licence-keys" }];
  },
};

module.exports = nextConfig;
