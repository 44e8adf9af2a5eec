// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const isDev = process.env.NODE_ENV !== "production";

// Next's inline bootstrap scripts need 'unsafe-inline' unless every page carries a nonce.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two checkouts' test runs build side by side; everyone else uses .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss", "exceljs", "pdfjs-dist", "mammoth", "bcryptjs", "chinese-days"],
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
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
