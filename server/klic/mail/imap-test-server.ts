import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

const dovecotBinary = '/usr/sbin/dovecot';

export interface DovecotTestServer {
  host: string;
  port: number;
  user: string;
  password: string;
  stop(): Promise<void>;
}

/** Runs `work` with an IMAP client logged in to the test user's mailbox (to fill it or to look inside). */
export async function withTestMailbox<T>(
  dovecot: DovecotTestServer,
  work: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}

/** A port that was free a moment ago, for a child process that cannot be told to pick one itself. */
export async function aFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function accounts(): { internal: string; login: string; mail: { uid: number; gid: number } } {
  const me = userInfo();
  // Dovecot refuses to run its helpers or the mail storage as root; as root it uses the users
  // that Debian's dovecot-core package creates, otherwise everything runs as the current user.
  if (me.uid !== 0) return { internal: me.username, login: me.username, mail: { uid: me.uid, gid: me.gid } };
  return { internal: 'dovecot', login: 'dovenull', mail: { uid: 65534, gid: 65534 } /* nobody */ };
}

function configuration(dir: string, port: number, users: ReturnType<typeof accounts>): string {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = /dev/stderr
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = ${users.internal}
default_login_user = ${users.login}
first_valid_uid = ${users.mail.uid}
first_valid_gid = ${users.mail.gid}
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${users.mail.uid} gid=${users.mail.gid} home=${dir}/home/%u
}
# mode 0 removes the socket, which turns off the growing delay after a failed login from an address
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dovecot stopped at start-up:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`dovecot did not listen on port ${port} within 10 s:\n${log()}`);
}

/**
 * Starts a private Dovecot (Debian package dovecot-imapd) on 127.0.0.1 with one maildir user and
 * a plaintext password, everything in a temporary directory that `stop()` removes.
 */
export async function startDovecot(): Promise<DovecotTestServer> {
  if (!existsSync(dovecotBinary)) {
    throw new Error(
      'The IMAP tests need Dovecot, which is not installed. Install it with\n' +
        '  sudo apt-get install -y dovecot-imapd\nthen run the tests again.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'veldwerk-dovecot-'));
  // Dovecot's helper processes run as other users and must reach the sockets and the maildir.
  chmodSync(dir, 0o755);
  const users = accounts();
  const user = 'klic@veldwerk.test';
  const password = 'imap-test-password';
  mkdirSync(join(dir, 'home', user), { recursive: true });
  chownSync(join(dir, 'home', user), users.mail.uid, users.mail.gid);
  writeFileSync(join(dir, 'users'), `${user}:{PLAIN}${password}\n`);
  const port = await aFreePort();
  writeFileSync(join(dir, 'dovecot.conf'), configuration(dir, port, users));

  let log = '';
  const child = spawn(dovecotBinary, ['-F', '-c', join(dir, 'dovecot.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // A test run that is cut short must not leave a Dovecot behind on the machine.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  try {
    await waitForPort(port, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
