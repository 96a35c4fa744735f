import 'reflect-metadata';

export * from './catalog/events';
export * from './catalog/vocabulary';
export * from './certification/events';
export * from './envelope';
export * from './event-catalog';
export * from './event-definition';
export * from './logistics/events';
export * from './monitoring/events';
export * from './nested-shape';
export * from './orders/events';
export * from './roles';
export * from './services';
export * from './text';
export * from './topics';
