#!/usr/bin/env node
// The mail server Roundcube sends through in the end-to-end set-up (scripts/real-apps/setup-roundcube.sh): it
// accepts every message on 127.0.0.1 without authentication and writes it, as received, to <dir>/<time>-<n>.eml.
// Nothing is delivered anywhere. smtp-server (Nodemailer's) speaks the protocol, so this file only stores.
//
//   node scripts/real-apps/smtp-sink.mjs --port 18025 --dir /var/lib/savy-real-apps/roundcube/outbox
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '18025' }, dir: { type: 'string' } } });
if (!values.dir) {
  console.error('usage: smtp-sink.mjs --port N --dir DIR');
  process.exit(2);
}
const dir = values.dir;
mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const name = `${Date.now()}-${++count}.eml`;
      // Written under another name and renamed, so a reader never sees half a message.
      writeFileSync(join(dir, `.${name}`), Buffer.concat(chunks));
      renameSync(join(dir, `.${name}`), join(dir, name));
      console.log(
        `${new Date().toISOString()} ${session.envelope.mailFrom?.address} → ${session.envelope.rcptTo.map((r) => r.address).join(', ')}: ${name}`,
      );
      callback();
    });
  },
});
server.on('error', (e) => console.error(`smtp-sink: ${e.message}`));
server.listen(Number(values.port), '127.0.0.1', () => console.log(`smtp-sink on 127.0.0.1:${values.port}, writing to ${dir}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
