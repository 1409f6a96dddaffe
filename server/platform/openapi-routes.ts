import type { FastifyPluginAsync } from 'fastify';

/** The OpenAPI document generated from the zod contracts of every route. */
export const openapiRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
};
