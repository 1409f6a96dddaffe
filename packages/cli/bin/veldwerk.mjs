#!/usr/bin/env node
// Plain JavaScript on purpose: it turns on Node's compile cache before any TypeScript is loaded, so that
// later runs skip type stripping and compilation (the command is often run many times in a row).
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

module.enableCompileCache?.(path.join(os.tmpdir(), 'veldwerk-compile-cache'));
await import('./veldwerk-main.ts');
