import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Ajv from 'ajv-draft-04';
import { main } from '../../server/src/cli/main';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), color: false });
  return { code, out, err };
}

const PLIST = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n${body}</dict>\n</plist>\n`;
const SUFFIXED =
  '\t<key>com.apple.developer.networking.networkextension</key>\n\t<array>\n\t\t<string>app-proxy-provider-systemextension</string>\n\t\t<string>packet-tunnel-provider</string>\n\t</array>\n';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'nelint-cli-'));
  writeFileSync(join(dir, 'Clean.entitlements'), PLIST('\t<key>com.apple.security.app-sandbox</key>\n\t<true/>\n'));
  writeFileSync(join(dir, 'Mixed.entitlements'), PLIST(SUFFIXED));
  mkdirSync(join(dir, 'node_modules'));
  writeFileSync(join(dir, 'node_modules', 'Skipped.entitlements'), 'garbage <');
  writeFileSync(join(dir, 'README.txt'), 'not linted');
});

test('check: exit 0 on a clean file, 1 with errors, 2 on a missing path', async () => {
  assert.equal((await run(['check', join(dir, 'Clean.entitlements')])).code, 0);
  assert.equal((await run(['check', join(dir, 'Mixed.entitlements')])).code, 1);
  const missing = await run(['check', join(dir, 'nope.entitlements')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no such file/);
});

test('check: usage errors exit 2 without a stack trace', async () => {
  for (const args of [
    ['check', '--format', 'xml'],
    ['check', '--rule', 'x'],
    ['frobnicate'],
    ['print'],
    ['check', '--bogus'],
  ]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
});

test('check --format json follows the published shape', async () => {
  const r = await run(['check', dir, '--format', 'json']);
  const j = JSON.parse(r.out);
  assert.equal(j.version, 1);
  assert.deepEqual(j.files.map((f: { path: string }) => f.path.split(/[\\/]/).pop()).sort(), [
    'Clean.entitlements',
    'Mixed.entitlements',
  ]);
  const mixed = j.files.find((f: { path: string }) => f.path.endsWith('Mixed.entitlements'));
  assert.equal(mixed.kind, 'entitlements');
  const d = mixed.diagnostics.find(
    (x: { code: string }) => x.code === 'entitlements/ne-devid-requires-systemextension-suffix',
  );
  assert.ok(d, JSON.stringify(mixed.diagnostics));
  assert.deepEqual(Object.keys(d).sort(), ['code', 'fixes', 'message', 'range', 'related', 'severity']);
  assert.deepEqual(d.range, { start: { line: 7, character: 10 }, end: { line: 7, character: 32 } });
  assert.deepEqual(Object.keys(d.fixes[0]).sort(), ['preferred', 'title']);
  assert.deepEqual(Object.keys(j.summary).sort(), ['errors', 'files', 'hints', 'infos', 'warnings']);
  assert.equal(j.summary.files, 2);
});

test('check --format sarif validates against the SARIF 2.1.0 schema', async () => {
  const r = await run(['check', dir, '--format', 'sarif']);
  const log = JSON.parse(r.out);
  const schema = JSON.parse(
    readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  );
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  const valid: boolean = validate(JSON.parse(r.out));
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5)));
  const run0 = log.runs[0];
  assert.ok(run0.tool.driver.rules.length >= 1);
  assert.ok(run0.tool.driver.rules.every((x: { helpUri: string }) => typeof x.helpUri === 'string'));
  const res = run0.results.find(
    (x: { ruleId: string }) => x.ruleId === 'entitlements/ne-devid-requires-systemextension-suffix',
  );
  assert.equal(res.locations[0].physicalLocation.region.startLine, 8);
  assert.ok(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text.includes('systemextension'));
});

test('--warnings-as-errors and --rule change the exit code', async () => {
  const f = join(dir, 'Mixed.entitlements');
  assert.equal(
    (await run(['check', f, '--rule', 'entitlements/ne-devid-requires-systemextension-suffix=warning'])).code,
    0,
  );
  assert.equal(
    (
      await run([
        'check',
        f,
        '--rule',
        'entitlements/ne-devid-requires-systemextension-suffix=warning',
        '--warnings-as-errors',
      ])
    ).code,
    1,
  );
});

test('check --fix rewrites only the fixed value and keeps CRLF line endings and the BOM', async () => {
  const f = join(dir, 'Fix.entitlements');
  const original = '\ufeff' + PLIST(SUFFIXED).replace(/\n/g, '\r\n');
  writeFileSync(f, original);
  const r = await run(['check', f, '--fix', '--format', 'json']);
  assert.equal(r.code, 0, r.out);
  const after = readFileSync(f, 'utf8');
  assert.equal(
    after,
    original.replace(
      '<string>packet-tunnel-provider</string>',
      '<string>packet-tunnel-provider-systemextension</string>',
    ),
  );
});

test('rules --format json lists every rule with guidance records', async () => {
  const j = JSON.parse((await run(['rules', '--format', 'json'])).out);
  assert.ok(j.rules.length >= 6);
  for (const r of j.rules) {
    assert.deepEqual(Object.keys(r).sort(), ['code', 'description', 'family', 'fixable', 'guidance', 'severity']);
    for (const g of r.guidance) assert.ok(['apple-dts', 'developer'].includes(g.authority));
  }
});

test('explain maps the Xcode suffix error to the suffix rules', async () => {
  const msg =
    'Provisioning profile "FilterContentExtension-prod-profile" doesn’t match the entitlements file’s value for the com.apple.developer.networking.networkextension entitlement.';
  const j = JSON.parse((await run(['explain', '--format', 'json', msg])).out);
  assert.equal(j.matches[0].id, 'M01');
  assert.ok(j.matches[0].rules.includes('provisioning/ne-suffix-mismatch'));
  const sysext = JSON.parse((await run(['explain', '--format', 'json', 'OSSystemExtensionErrorDomain error 9.'])).out);
  assert.deepEqual(
    sysext.matches.map((m: { id: string }) => m.id),
    ['M12'],
  );
  const none = JSON.parse((await run(['explain', '--format', 'json', 'hello world'])).out);
  assert.deepEqual(none.matches, []);
});

test('print --format json decodes typed values (64-bit integers as strings beyond 2^53)', async () => {
  const f = join(dir, 'Values.plist');
  writeFileSync(
    f,
    PLIST(
      '\t<key>big</key><integer>9223372036854775807</integer>\n\t<key>small</key><integer>7</integer>\n\t<key>d</key><date>2025-01-01T00:00:00Z</date>\n\t<key>b</key><data>TUlJQg==</data>\n',
    ),
  );
  const j = JSON.parse((await run(['print', '--format', 'json', f])).out);
  assert.deepEqual(j, { big: '9223372036854775807', small: 7, d: '2025-01-01T00:00:00Z', b: 'TUlJQg==' });
  assert.equal((await run(['print', join(dir, 'nope.plist')])).code, 2);
});

test('the built bin/nelint.js runs (as npx nelint does)', () => {
  const r = spawnSync(
    process.execPath,
    [join(__dirname, '..', '..', 'bin', 'nelint.js'), 'check', join(dir, 'Mixed.entitlements'), '--format', 'json'],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout).summary.errors >= 1, true);
});
