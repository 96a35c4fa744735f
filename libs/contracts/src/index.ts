export * from './envelope';
export * from './event-catalog';
export * from './event-definition';
export * from './roles';
export * from './services';
export * from './topics';
