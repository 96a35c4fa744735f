# syntax=docker/dockerfile:1
# One image for the five services, the web console and the embedded identity provider; SERVICE
# selects which one runs (catalog, orders, logistics, certification, monitoring, console, identity),
# PORT defaults to its own (3001–3005, console 3000, identity 3006).
#   docker build -t harvest-bridge .
#   docker run -e SERVICE=catalog -e DATABASE_URL=… -e KAFKA_BROKERS=… -p 3001:3001 harvest-bridge
# docker-compose.yml runs the whole system with it; k8s/ deploys it to Kubernetes.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: every dependency, the four bundles, then only the production dependencies ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The cache mount keeps npm's download cache between builds (BuildKit); the layer itself only
# changes when the lock file does.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund --loglevel=error
COPY nest-cli.json tsconfig.json tsconfig.build.json ./
COPY libs ./libs
COPY apps ./apps
RUN npm run build \
 && npx vite build --app --config apps/console/vite.config.mts \
 && npm prune --omit=dev --no-audit --no-fund --loglevel=error

# ---- runtime: node, the bundles and the production node_modules; no npm cache, no sources ----
FROM ${NODE_IMAGE}
ARG VERSION=dev
LABEL org.opencontainers.image.title="harvest-bridge" \
      org.opencontainers.image.description="Harvest Bridge services (catalog, orders, logistics, certification, monitoring), web console and identity provider; SERVICE selects one." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="UNLICENSED"
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    KAFKAJS_NO_PARTITIONER_WARNING=1
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The node user of the base image, by number, so that Kubernetes' runAsNonRoot can verify it.
# Files stay owned by root: the process cannot change its own code.
USER 1000:1000
# 9464: Prometheus metrics (METRICS_PORT), apart from the API ports.
EXPOSE 3000 3001 3002 3003 3004 3005 3006 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const port = process.env.PORT || process.env.IDENTITY_PORT || {catalog: 3001, orders: 3002, logistics: 3003, certification: 3004, monitoring: 3005, console: 3000, identity: 3006}[process.env.SERVICE]; fetch('http://127.0.0.1:' + port + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));"]
# Graceful stop without an init process: `exec` makes node PID 1, so it receives SIGTERM itself and
# runs Nest's shutdown hooks (HTTP closes with 503s, the consumer leaves its group, the relay stops).
# Node spawns no children, so there is nothing to reap.
STOPSIGNAL SIGTERM
CMD ["sh", "-c", "case \"$SERVICE\" in catalog|orders|logistics|certification|monitoring|identity) main=\"dist/apps/$SERVICE/main.js\" ;; console) main=dist/apps/console/server/main.js ;; *) echo \"SERVICE must be catalog, orders, logistics, certification, monitoring, console or identity (got '$SERVICE')\" >&2; exit 64 ;; esac; exec node --enable-source-maps \"$main\""]
