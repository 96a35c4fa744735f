# One image for the four services; SERVICE selects which one runs.
#   docker build -t harvest-bridge . && docker run -e SERVICE=catalog harvest-bridge
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nest build catalog && npx nest build orders && npx nest build logistics && npx nest build certification \
 && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 KAFKAJS_NO_PARTITIONER_WARNING=1
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
ARG SERVICE=catalog
ENV SERVICE=${SERVICE}
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["sh", "-c", "exec node --enable-source-maps dist/apps/${SERVICE}/main.js"]
