/**
 * The `savy` command (docs/contract.md §1). Pure Node: reads files or standard input, analyses with the same
 * engine and merge as the extension, and never prints a stack trace for bad input: a one-line reason on
 * stderr and exit code 2.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLanguage, STEP_IDS, type Language } from '../coaching';
import { Analyzer, weakSteps, type Analysis, type Hint } from '../engine/analyze';
import { withRewrites } from '../rewrite/check';
import { compileRuleset } from '../engine/compile';
import { bundledRuleset } from '../ruleset/bundled';
import { ExamplesTooCostly, testRuleset } from '../ruleset/examples';
import { parseRuleset, validateRuleset, type Ruleset, type Validation } from '../ruleset/schema';
import { rulesetInForce } from '../rules';
import { base64ToBytes, generateSigningKey, importSigningKey, isEnvelope, signRuleset, unwrapRuleset, verifySignedRuleset } from '../team/signature';

export class UsageError extends Error {}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  readFile: (path: string) => string;
  /** Writes a new file; `exclusive` refuses to overwrite one. Defaults to node:fs. */
  writeFile?: (path: string, data: string, options: { exclusive?: boolean; mode?: number }) => void;
}

export const nodeIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0, 'utf8'),
  readFile: (path) => readFileSync(path, 'utf8'),
};

function writeFile(io: Io, path: string, data: string, options: { exclusive?: boolean; mode?: number } = {}): void {
  try {
    if (io.writeFile) {
      io.writeFile(path, data, options);
      return;
    }
    if (options.exclusive && existsSync(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    writeFileSync(path, data, { mode: options.mode, flag: options.exclusive ? 'wx' : 'w' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST'
        ? 'the file exists already (choose another name, or delete it first)'
        : code === 'ENOENT'
          ? 'no such folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new UsageError(`cannot write ${path}: ${why}`);
  }
}

const USAGE = `Usage:
  savy check [--lang fi|en|sv|auto] [--ruleset FILE]... [--json | --jsonl] [FILE...]
  savy ruleset validate FILE
  savy ruleset test FILE
  savy ruleset keygen [--out KEYFILE]
  savy ruleset sign --key KEYFILE [--out SIGNED] [--issued-at TIME] FILE
  savy ruleset verify --public-key BASE64|KEYFILE FILE
  savy --help | --version`;

/**
 * Control characters written as \u00XX escapes (newline and tab kept): a ruleset's names, messages, patterns
 * and examples reach the terminal in validate, test, sign and check, and one with ESC or CSI sequences in them
 * must not drive the writer's terminal. JSON output stays valid JSON (the escapes are inside its strings).
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Runs the CLI; resolves with the exit code. (Async: signing uses WebCrypto, as the extension does.) */
export async function main(argv: string[], raw: Io = nodeIo): Promise<number> {
  const io: Io = { ...raw, stdout: (s) => raw.stdout(printable(s)), stderr: (s) => raw.stderr(printable(s)) };
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check':
        return check(rest, io);
      case 'ruleset':
        return await ruleset(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return 0;
      case '--version':
        io.stdout('savy 0.1.0\n');
        return 0;
      default:
        throw new UsageError(`${command ? `unknown command "${command}"` : 'no command given'}; see savy --help`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`savy: ${e.message}\n`);
      return 2;
    }
    io.stderr(`savy: ${(e as Error).message ?? String(e)}\n`);
    return 2;
  }
}

function read(path: string, io: Io): string {
  try {
    return path === '-' ? io.readStdin() : io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${why}`);
  }
}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}

/** A ruleset file, plain or signed ({ruleset, signature}: the ruleset inside is what counts). */
function parseRulesetFile(text: string): Validation {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return parseRuleset(text);
  }
  return isEnvelope(data) ? validateRuleset(unwrapRuleset(data).ruleset) : validateRuleset(data);
}

function loadRuleset(path: string, io: Io): Ruleset {
  const result = parseRulesetFile(read(path, io));
  if (!result.ok) {
    const [first] = result.problems;
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more: savy ruleset validate ${path})` : '';
    throw new UsageError(`ruleset ${path} is not valid: ${first.path}: ${first.message}${more}`);
  }
  return result.ruleset;
}

function check(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    lang: { type: 'string', default: 'auto' },
    ruleset: { type: 'string', multiple: true, default: [] },
    json: { type: 'boolean', default: false },
    jsonl: { type: 'boolean', default: false },
  });
  const lang = values.lang as string;
  if (lang !== 'auto' && !isLanguage(lang)) throw new UsageError(`--lang must be fi, en, sv or auto, not "${lang}"`);
  if (values.json && values.jsonl) throw new UsageError('use either --json or --jsonl, not both');
  const layers = (values.ruleset as string[]).map((p) => loadRuleset(p, io));
  const compiled = compileRuleset(rulesetInForce(bundledRuleset, layers));
  const inputs = positionals.length ? positionals : ['-'];
  const texts = inputs.map((p) => ({ name: p === '-' ? '<stdin>' : p, text: read(p, io) }));

  if (values.jsonl) {
    const out: string[] = [];
    for (const { name, text } of texts) {
      const items = parseJsonl(name, text);
      for (const item of items) {
        const itemLang = item.lang ?? (lang as Language | 'auto');
        const analysis = withRewrites(item.text, new Analyzer(compiled, { lang: itemLang }).analyze(item.text), compiled);
        out.push(JSON.stringify({ id: item.id, ...contractJson(analysis) }));
      }
    }
    io.stdout(out.length ? `${out.join('\n')}\n` : '');
    return 0;
  }

  const analyzer = (text: string) => withRewrites(text, new Analyzer(compiled, { lang: lang as Language | 'auto' }).analyze(text), compiled);
  for (const { name, text } of texts) {
    const analysis = analyzer(text);
    if (values.json) io.stdout(`${JSON.stringify(contractJson(analysis))}\n`);
    else io.stdout(report(name, text, analysis));
  }
  return 0;
}

interface JsonlItem {
  id: string;
  text: string;
  lang?: Language | 'auto';
}

function parseJsonl(name: string, input: string): JsonlItem[] {
  const items: JsonlItem[] = [];
  input.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${name}:${i + 1}: not a JSON object on this line`);
    }
    const v = value as Record<string, unknown>;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UsageError(`${name}:${i + 1}: expected a JSON object {"id": …, "text": …}`);
    if (typeof v.text !== 'string') throw new UsageError(`${name}:${i + 1}: "text" must be a string`);
    if (v.lang !== undefined && v.lang !== 'auto' && !isLanguage(v.lang)) {
      throw new UsageError(`${name}:${i + 1}: "lang" must be fi, en, sv or auto`);
    }
    items.push({ id: v.id === undefined ? String(i + 1) : String(v.id), text: v.text, lang: v.lang as JsonlItem['lang'] });
  });
  return items;
}

/** Exactly the fields of docs/contract.md §1, and a hint's model sentence where it has one (an optional field). */
export function contractJson(a: Analysis) {
  return {
    language: a.language,
    hints: a.hints.map((h: Hint) => ({
      ruleId: h.ruleId,
      category: h.category,
      severity: h.severity,
      start: h.start,
      end: h.end,
      text: h.text,
      message: h.message,
      suggestions: h.suggestions,
      ...(h.model ? { model: h.model } : {}),
    })),
    steps: a.steps,
  };
}

/**
 * line:column of offsets taken in increasing order, counting the lines once for the whole report (a 20 MB reply
 * took 96 s when each hint counted them again from the start).
 */
function positions(text: string): (offset: number) => string {
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  return (offset) => {
    while (next >= 0 && next < offset) {
      line++;
      lineStart = next + 1;
      next = text.indexOf('\n', next + 1);
    }
    return `${line}:${offset - lineStart + 1}`;
  };
}

function report(name: string, text: string, a: Analysis): string {
  const lines = [`${name} (${a.language}): ${a.hints.length} hint${a.hints.length === 1 ? '' : 's'}`];
  const position = positions(text);
  for (const h of [...a.hints].sort((x, y) => x.start - y.start)) {
    lines.push(`  ${position(h.start)}  ${h.severity}  ${h.category}  "${h.text}"`);
    lines.push(`      ${h.message}`);
    if (h.suggestions.length) lines.push(`      → ${h.suggestions.map((s) => `"${s}"`).join('  |  ')}`);
    if (h.model) lines.push(`      e.g. "${h.model.text}"`);
  }
  lines.push(`  steps: ${STEP_IDS.map((s) => `${a.steps[s] ? '✓' : '✗'} ${s}`).join('  ')}`);
  // Only in the readable report: the JSON's steps stay booleans (docs/contract.md §1).
  const weak = weakSteps(a);
  if (weak.length) lines.push(`  weakly covered (only by a phrase with a hint): ${weak.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

async function ruleset(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'keygen') return keygen(rest, io);
  if (sub === 'sign') return signRulesetFile(rest, io);
  if (sub === 'verify') return verifyRulesetFile(rest, io);
  if (sub !== 'validate' && sub !== 'test') throw new UsageError('usage: savy ruleset validate|test|keygen|sign|verify …; see savy --help');
  const { positionals } = parse(rest, {});
  if (positionals.length !== 1) throw new UsageError(`usage: savy ruleset ${sub} FILE`);
  const [path] = positionals;
  const result = parseRulesetFile(read(path, io));
  if (!result.ok) {
    for (const p of result.problems) io.stdout(`${path}: ${p.path}: ${p.message}\n`);
    io.stderr(`savy: ${path}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n`);
    return 1;
  }
  const rs = result.ruleset;
  if (sub === 'validate') {
    io.stdout(`${path}: valid: "${rs.name}" ${rs.version}, ${rs.rules.length} rules\n`);
    return 0;
  }
  const tested = examplesOf(rs, path, io);
  if (!tested) return 1;
  const { passed, failures, untested } = tested;
  const quote = (list: readonly string[] = []) => (list.length ? list.map((s) => `"${s}"`).join(' | ') : 'no rewrite');
  for (const f of failures) {
    if (f.expected === 'rewrite') {
      io.stdout(`${path}: ${f.path}: rule "${f.ruleId}": rewriting "${f.example}" should give ${quote(f.want)} but gives ${quote(f.got)}\n`);
      continue;
    }
    const what = f.expected === 'match' ? 'should be found but is not' : 'should not be found but is';
    io.stdout(`${path}: ${f.path}: rule "${f.ruleId}": ${what}: "${f.example}"\n`);
  }
  // A rewrite no example shows is not an error (older team rulesets have none), but a supervisor should add one.
  for (const u of untested) io.stdout(`${path}: ${u.path}: rule "${u.ruleId}": note: no rewrite example shows this rewrite offered\n`);
  io.stdout(`${passed} passed, ${failures.length} failed\n`);
  return failures.length ? 1 : 0;
}

/** The examples' results, or null (said on stdout) when they take more matching work than a ruleset may. */
function examplesOf(rs: Ruleset, path: string, io: Io): ReturnType<typeof testRuleset> | null {
  try {
    return testRuleset(rs, bundledRuleset());
  } catch (e) {
    if (!(e instanceof ExamplesTooCostly)) throw e;
    io.stdout(`${path}: $: ${e.message}\n`);
    return null;
  }
}

// ---- Signing (docs/team-rulesets.md, "Signing"; the format and the one sign and verify: lib/team/signature.ts) ----

async function keygen(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string', default: 'savy-ruleset.key' } });
  if (positionals.length) throw new UsageError('usage: savy ruleset keygen [--out KEYFILE]');
  const out = values.out as string;
  const { keyFile, publicKey } = await generateSigningKey();
  writeFile(io, out, keyFile, { exclusive: true, mode: 0o600 });
  io.stdout(
    `Private key written to ${out}: keep it secret, out of the shared folder and out of version control.\n` +
      `Public key (the rulesetPublicKey policy):\n${publicKey}\n`,
  );
  return 0;
}

async function signRulesetFile(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { key: { type: 'string' }, out: { type: 'string' }, 'issued-at': { type: 'string' } });
  if (!values.key || positionals.length !== 1) throw new UsageError('usage: savy ruleset sign --key KEYFILE [--out SIGNED] [--issued-at TIME] FILE');
  const [path] = positionals;
  const keyPath = values.key as string;
  const key = await importSigningKey(read(keyPath, io));
  if (!key) throw new UsageError(`${keyPath} is not a Sävy signing key (make one with savy ruleset keygen) nor an Ed25519 PEM private key`);
  let issuedAt: Date | undefined;
  if (values['issued-at'] !== undefined) {
    issuedAt = new Date(values['issued-at'] as string);
    if (Number.isNaN(issuedAt.getTime()))
      throw new UsageError(`--issued-at must be a time like 2026-12-01T09:30:00Z, not "${values['issued-at'] as string}"`);
  }
  let data: unknown;
  try {
    data = JSON.parse(read(path, io).replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    io.stdout(`${path}: $: not valid JSON: ${(e as Error).message}\n`);
    io.stderr(`savy: ${path}: not signed: fix the problem first\n`);
    return 1;
  }
  const { ruleset: inner } = unwrapRuleset(data);
  const valid = validateRuleset(inner);
  if (!valid.ok) {
    for (const p of valid.problems) io.stdout(`${path}: ${p.path}: ${p.message}\n`);
    io.stderr(
      `savy: ${path}: not signed: ${valid.problems.length} problem${valid.problems.length === 1 ? '' : 's'} (the extension would refuse it)\n`,
    );
    return 1;
  }
  const tested = examplesOf(valid.ruleset, path, io);
  if (!tested) {
    io.stderr(`savy: ${path}: not signed (the extension would refuse it)\n`);
    return 1;
  }
  const { failures } = tested;
  if (failures.length) {
    for (const f of failures)
      io.stdout(
        `${path}: ${f.path}: rule "${f.ruleId}": ${f.expected === 'match' ? 'should be found but is not' : 'should not be found but is'}: "${f.example}"\n`,
      );
    io.stderr(`savy: ${path}: not signed: ${failures.length} example${failures.length === 1 ? '' : 's'} failed (the extension would refuse it)\n`);
    return 1;
  }
  const envelope = await signRuleset(inner, key, { issuedAt });
  const text = `${JSON.stringify(envelope, null, 2)}\n`;
  const what = `"${valid.ruleset.name}" ${valid.ruleset.version} (id ${valid.ruleset.id}), issued at ${envelope.signature.issuedAt}`;
  if (values.out) {
    writeFile(io, values.out as string, text);
    io.stderr(`savy: signed ${what} → ${values.out as string}\n`);
  } else {
    io.stdout(text);
    io.stderr(`savy: signed ${what}\n`);
  }
  return 0;
}

async function verifyRulesetFile(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { 'public-key': { type: 'string' } });
  const keyArg = values['public-key'] as string | undefined;
  if (!keyArg || positionals.length !== 1) throw new UsageError('usage: savy ruleset verify --public-key BASE64|KEYFILE FILE');
  const [path] = positionals;
  let pub = keyArg;
  if (base64ToBytes(keyArg)?.length !== 32) {
    try {
      pub = (JSON.parse(read(keyArg, io)) as { publicKey?: string }).publicKey ?? '';
    } catch (e) {
      if (e instanceof UsageError) throw new UsageError(`--public-key is neither a base64 Ed25519 public key nor a readable key file: ${e.message}`);
      pub = '';
    }
  }
  if (base64ToBytes(pub)?.length !== 32) throw new UsageError('--public-key is not a base64 Ed25519 public key (32 bytes)');
  let data: unknown;
  try {
    data = JSON.parse(read(path, io).replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    io.stdout(`${path}: not valid JSON\n`);
    return 1;
  }
  const v = await verifySignedRuleset(data, pub);
  if (v.ok) {
    const id = (v.ruleset as { id?: unknown })?.id;
    io.stdout(`${path}: signature valid: ruleset "${String(id)}", issued at ${new Date(v.issuedAt).toISOString()}\n`);
    return 0;
  }
  const why =
    v.code === 'unsigned'
      ? 'not signed'
      : v.code === 'old-signature'
        ? `signed in the old format, without the time of signing: the extension refuses it; sign it again`
        : 'signature does NOT match this ruleset and key';
  io.stdout(`${path}: ${why}\n`);
  return 1;
}
