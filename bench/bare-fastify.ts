import Fastify from 'fastify';

// The reference point for `npm run bench:http`: a Fastify route with nothing behind it.
const app = Fastify({ logger: false });
app.get('/bare', async () => ({ ok: true }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
process.stdout.write('listening\n');
