// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The Content-Security-Policy of pages carries a per-request script nonce: proxy.ts sets it
// (lib/security/headers.ts). The routes proxy.ts does not run for get a policy that allows nothing.
const staticCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two checkouts' test runs build side by side; everyone else uses .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The container image (Dockerfile) runs the self-contained server: `node server.js`.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pg-boss",
    "exceljs",
    "pdfjs-dist",
    "mammoth",
    "bcryptjs",
    "chinese-days",
    "pdfkit",
  ],
  // The 督查通报 PDF embeds this Chinese font, read from node_modules when a PDF is made (lib/bulletins/pdf.ts).
  outputFileTracingIncludes: {
    "/api/bulletins/**": ["./node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf"],
  },
  poweredByHeader: false,
  // `npm test` runs tsc and ESLint; skipping them here keeps `npm start` quick.
  typescript: { ignoreBuildErrors: true },
  // Evidence: up to 20 MB a file, 100 MB a submission (lib/validations/evidence.ts), plus the form's
  // own fields. proxy.ts buffers every request body it sees, so its limit (10 MB by default) must match.
  experimental: { serverActions: { bodySizeLimit: "105mb" }, proxyClientMaxBodySize: "105mb", authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      { source: "/api/auth/:path*", headers: [{ key: "Content-Security-Policy", value: staticCsp }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
