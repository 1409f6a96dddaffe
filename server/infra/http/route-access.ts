import type { Right } from '../../accounts/rights.ts';

/**
 * Who may call a route, declared on the route itself (`config.access`) so that tests can enumerate every
 * route and its rule. Routes without a declaration are refused at start-up.
 * - public: no login needed
 * - member: any logged-in member of an organisation
 * - a list of rights: a member holding at least one of them
 * - platformOperator: a user with the platform operator right (outside any organisation's rights)
 */
export type RouteAccess = 'public' | 'member' | 'platformOperator' | readonly Right[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
