/** The `veldwerk` command line (started through packages/cli/bin/veldwerk.mjs). */
import { runCli } from '../../../server/klic/cli/veldwerk-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
