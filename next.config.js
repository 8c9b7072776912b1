import createNextIntlPlugin from "next-intl/plugin";

// Kept equal to lib/security/headers.ts PERMISSIONS_POLICY (a test compares them).
const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), " +
  "magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Bundling PGlite breaks it (every request would 500): load it from node_modules. pino (lib/log.ts) too: it
  // resolves its helpers at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pdfkit", "exceljs", "docx", "pino"],
  // Tests reach the dev server on 127.0.0.1.
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // Next copies a request's body for proxy.ts (pages and server actions only): at most this much is held.
  experimental: { proxyClientMaxBodySize: "2mb" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Also on API answers and static files, which proxy.ts does not see (it adds CSP and HSTS to pages).
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

// next-intl finds its request configuration in i18n/request.ts (no locale in URLs: docs/decisions/0NN-languages.md).
export default createNextIntlPlugin()(nextConfig);
export { PERMISSIONS_POLICY };
