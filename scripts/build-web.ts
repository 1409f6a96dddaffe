import { buildWeb } from './lib/build-web.ts';

// `npm run build:web`: the office app and the field app, as `npm start` and `npm test` build them.
buildWeb({ ifMissing: false });
