import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@hb/contracts';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-errors';
import { IS_PUBLIC, REQUIRED_ROLES, type AuthenticatedRequest } from './decorators';
import { TokenVerifier } from './token-verifier';

/** Global guard: every HTTP route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Each route's decorators by controller and handler, read once: metadata does not change after start. */
  private readonly routes = new WeakMap<
    object,
    WeakMap<object, { isPublic: boolean; roles: Role[] | undefined }>
  >();

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const route = this.routeOf(context);
    if (route.isPublic) return true;
    const request = context
      .switchToHttp()
      .getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined> }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedError('send a bearer token in the Authorization header');
    const principal = await this.verifier.verify(match[1]);
    const { roles } = route;
    if (roles && !roles.includes(principal.role)) {
      throw new ForbiddenError(
        `this action needs the role ${roles.join(' or ')}; your token has ${principal.role}`,
      );
    }
    request.principal = principal;
    return true;
  }

  private routeOf(context: ExecutionContext): { isPublic: boolean; roles: Role[] | undefined } {
    const handler = context.getHandler();
    const controller = context.getClass();
    let handlers = this.routes.get(controller);
    if (!handlers) this.routes.set(controller, (handlers = new WeakMap()));
    let route = handlers.get(handler);
    if (!route) {
      const targets = [handler, controller];
      route = {
        isPublic: Boolean(this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)),
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets),
      };
      handlers.set(handler, route);
    }
    return route;
  }
}
