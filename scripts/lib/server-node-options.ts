/**
 * The Node options the server runs with (package.json's `start` script passes the same; a unit test keeps
 * them in step). A bounded old generation makes V8 collect garbage before it grows the heap to four times
 * what is alive, which it otherwise does on a machine with plenty of memory: ingesting a 200 MB KLIC
 * delivery then grew the process by ~270 MB although less than 10 MB of it stayed alive. The bound is far
 * above what the server keeps alive (~100 MB).
 */
export const serverNodeOptions = ['--max-old-space-size=1536'];
