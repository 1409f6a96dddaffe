/** One request to better-auth (`/api/auth/*`) as the checks around it see it. */
export type AuthCall = {
  /** The parsed JSON body, as the client sent it: not validated yet. */
  body: unknown;
  headers: Headers;
  query: URLSearchParams;
  /** The caller's network address (Fastify's request.ip, proxy-aware per TRUST_PROXY). */
  ip: string;
  /** Hands the request to better-auth. */
  forward(): Promise<Response>;
};

/** Checks before and bookkeeping after one better-auth route; answers with better-auth's response. */
export type AuthGuard = (call: AuthCall) => Promise<Response>;

/** A string field of an unvalidated JSON body, or undefined. */
export function bodyString(body: unknown, field: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}
