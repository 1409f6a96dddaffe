import { buildWeb } from './lib/build-web.ts';

// `npm start`: build the web app when there is no build yet, then run the server.
buildWeb({ ifMissing: true });
await import('../server/main.ts');
