import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Principal, Role } from '@hb/contracts';

export const IS_PUBLIC = 'hb:public';
export const REQUIRED_ROLES = 'hb:roles';

/** The route answers without a token (the few the design brief names: verification, public statistics, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only callers whose token has one of these roles may use the route. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export interface AuthenticatedRequest {
  principal?: Principal;
}

/** The verified caller of an authenticated route. */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('@Caller() used on a public route');
  return principal;
});
