import { ConflictError } from '@hb/platform';

export class PlatformAlreadyRegistered extends ConflictError {
  constructor(readonly platformId: string) {
    super(`platform ${platformId} is already registered`, { platformId });
  }
}
