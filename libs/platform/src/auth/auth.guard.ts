import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@hb/contracts';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-errors';
import { IS_PUBLIC, REQUIRED_ROLES, type AuthenticatedRequest } from './decorators';
import { TokenVerifier } from './token-verifier';

/** Global guard: every HTTP route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined> }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedError('send a bearer token in the Authorization header');
    const principal = await this.verifier.verify(match[1]);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new ForbiddenError(
        `this action needs the role ${roles.join(' or ')}; your token has ${principal.role}`,
      );
    }
    request.principal = principal;
    return true;
  }
}
