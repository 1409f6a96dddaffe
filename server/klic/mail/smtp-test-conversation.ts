import { connect, type Socket } from 'node:net';

/**
 * A bare SMTP client for tests that need protocol steps a real mailer would not take (a message
 * larger than it declared, a greeting check). `reply()` waits for the next complete reply,
 * multi-line replies included, and returns its lines.
 */
export interface SmtpTestConversation {
  reply(): Promise<string[]>;
  send(line: string): Promise<string[]>;
  write(data: string | Buffer): void;
  end(): void;
}

export async function openSmtpConversation(port: number): Promise<SmtpTestConversation> {
  const socket: Socket = connect({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });

  let buffered = '';
  const replies: string[][] = [];
  const waiting: Array<(lines: string[]) => void> = [];
  let current: string[] = [];

  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let newline = buffered.indexOf('\r\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 2);
      current.push(line);
      // "250-..." continues a reply, "250 ..." ends it.
      if (line.charAt(3) !== '-') {
        const complete = current;
        current = [];
        const waiter = waiting.shift();
        if (waiter) waiter(complete);
        else replies.push(complete);
      }
      newline = buffered.indexOf('\r\n');
    }
  });

  const reply = () =>
    new Promise<string[]>((resolve, reject) => {
      const ready = replies.shift();
      if (ready) return resolve(ready);
      const timer = setTimeout(() => reject(new Error('no SMTP reply within 5 s')), 5_000);
      waiting.push((lines) => {
        clearTimeout(timer);
        resolve(lines);
      });
    });

  return {
    reply,
    send(line) {
      socket.write(`${line}\r\n`);
      return reply();
    },
    write(data) {
      socket.write(data);
    },
    end() {
      socket.destroy();
    },
  };
}
