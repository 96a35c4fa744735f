#!/usr/bin/env node
// Mints an HS256 development token: node scripts/mint-token.js --role buyer --org <organisation id> [--sub user] [--ttl 12h]
// Uses JWT_SECRET (default: the development secret, accepted only by services started with HB_DEV_AUTH=1),
// and adds JWT_ISSUER / JWT_AUDIENCE as iss / aud when they are set. Tokens older than JWT_MAX_AGE
// (default 12h) are refused whatever their --ttl.
const { parseArgs } = require('node:util');
const { SignJWT } = require('jose');

const ROLES = ['platform', 'buyer', 'producer', 'operator', 'certifier', 'admin', 'county_official'];
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '12h' },
  },
});
if (!ROLES.includes(values.role ?? '') || !values.org) {
  console.error(
    `usage: mint-token --role ${ROLES.join('|')} --org <organisation id> [--sub user] [--ttl 12h]`,
  );
  process.exit(2);
}
const jwt = new SignJWT({ role: values.role, org: values.org })
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setSubject(values.sub ?? `${values.role}-user`)
  .setIssuedAt()
  .setExpirationTime(values.ttl);
if (process.env.JWT_ISSUER) jwt.setIssuer(process.env.JWT_ISSUER);
if (process.env.JWT_AUDIENCE) jwt.setAudience(process.env.JWT_AUDIENCE);
jwt
  .sign(new TextEncoder().encode(process.env.JWT_SECRET ?? 'dev-only-secret-change-me'))
  .then((token) => console.log(token));
