/**
 * The demo world (counties, producers, products, buyers, certificates) and its people, one per role:
 * loaded by scripts/demo, signed in as by the console's development sign-in and the identity provider.
 */
export * from './identities';
export * from './organisation-lookup';
export * from './scenario';
