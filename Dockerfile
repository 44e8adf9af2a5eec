# syntax=docker/dockerfile:1
# 督办 production image: Next's standalone server, run as a non-root user.
#   docker build -t duban .
#   docker compose up -d          (see compose.yaml and the README's "Deploying" section)

FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-alpine AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN node node_modules/next/dist/bin/next build
# The start-up step and the operations commands, bundled: the image carries no TypeScript tooling.
RUN for entry in container-prepare admin-create demo-remove db-backup; do \
      node_modules/.bin/esbuild "scripts/$entry.ts" --bundle --platform=node --target=node20 \
        --conditions=react-server --alias:server-only=./scripts/server-only-shim.js \
        --external:@electric-sql/pglite --outfile="dist/$entry.js" || exit 1; \
    done

FROM node:20-alpine AS run
# pg_dump/pg_restore for `db:backup` / `db:restore` against PostgreSQL 16.
RUN apk add --no-cache postgresql16-client tini
WORKDIR /app
# NEXT_MANUAL_SIG_HANDLE: on SIGTERM the app's own handler (lib/shutdown.ts) lets requests finish, stops the
# job worker and closes the database, then exits 0; Next's would exit 143 without the last two.
# NODE_OPTIONS: the V8 heap cap `npm start` sets too (scripts/server-node-flags.ts says why); give a smaller
# one when the container's memory limit is below 1.5 GB.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/app/.data \
    NEXT_MANUAL_SIG_HANDLE=1 NODE_OPTIONS=--max-old-space-size=1024
RUN addgroup -S duban && adduser -S -G duban duban && mkdir -p /app/.data && chown duban:duban /app/.data
COPY --from=build --chown=duban:duban /app/.next/standalone ./
COPY --from=build --chown=duban:duban /app/.next/static ./.next/static
COPY --from=build --chown=duban:duban /app/dist ./dist
COPY --from=build --chown=duban:duban /app/db/migrations ./db/migrations
COPY --from=build --chown=duban:duban /app/db/seed-data ./db/seed-data
COPY --from=build --chown=duban:duban /app/node_modules/@electric-sql/pglite ./node_modules/@electric-sql/pglite
USER duban
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD wget -qO- "http://127.0.0.1:${PORT}/api/health" >/dev/null || exit 1
# tini passes SIGTERM to the server, which finishes requests in flight before it exits.
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["sh", "-c", "node dist/container-prepare.js && exec node server.js"]
