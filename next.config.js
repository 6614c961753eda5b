/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with HTTP 403 for signed-in users lacking a permission.
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  // The tsx-run scripts and tests are not part of the web bundle.
  typescript: { tsconfigPath: "tsconfig.json" },
};

module.exports = nextConfig;
