import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, onlyCode, rangeText, fixAllPreferred } from '../../helpers/lint';
import { applyPrecedence } from '../../../server/src/core/engine/precedence';
import type { RuleMeta } from '../../../server/src/core/rules/types';
import { allRules } from '../../../server/src/core/rules';
import { setRuleFailureSink, validateDocument } from '../../../server/src/core/engine/validate';
import { loadDocumentFromBytes } from '../../../server/src/core/engine/loadDocument';

const DUP = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>com.apple.security.app-sandbox</key>
	<true/>
	<key>com.apple.security.app-sandbox</key>
	<true/>
</dict>
</plist>
`;

test('diagnostics carry source, stable code, href and LSP-style zero-based ranges', () => {
  const [d] = onlyCode(lint(DUP), 'plist/duplicate-key');
  assert.ok(d);
  assert.equal(d.source, 'nelint');
  assert.equal(d.range.start.line, 5);
  assert.equal(rangeText(DUP, d), '<key>com.apple.security.app-sandbox</key>');
  assert.match(d.href, /plist\/duplicate-key/);
  assert.equal(d.related.length, 1);
  assert.equal(d.related[0].range.start.line, 3);
});

test('--rule overrides severity and off removes the rule; nelint.json and settings rank below the CLI', () => {
  assert.equal(
    onlyCode(lint(DUP, { rules: { 'plist/duplicate-key': 'warning' } }), 'plist/duplicate-key')[0].severity,
    'warning',
  );
  assert.equal(onlyCode(lint(DUP, { rules: { 'plist/duplicate-key': 'off' } }), 'plist/duplicate-key').length, 0);
  const cfg = { config: { rules: { 'plist/duplicate-key': 'info' as const } }, dir: '.' };
  assert.equal(onlyCode(lint(DUP, { config: cfg }), 'plist/duplicate-key')[0].severity, 'info');
  assert.equal(
    onlyCode(lint(DUP, { config: cfg, rules: { 'plist/duplicate-key': 'hint' } }), 'plist/duplicate-key')[0].severity,
    'hint',
  );
  assert.equal(
    onlyCode(
      lint(DUP, { settings: { rules: { 'plist/duplicate-key': 'hint' } }, config: cfg }),
      'plist/duplicate-key',
    )[0].severity,
    'info',
  );
});

test('nelint-disable-next-line suppresses the next element line only; nelint-disable the whole file', () => {
  const next = DUP.replace(
    '\t<key>com.apple.security.app-sandbox</key>\n\t<true/>\n</dict>',
    '\t<!-- nelint-disable-next-line plist/duplicate-key -->\n\t<key>com.apple.security.app-sandbox</key>\n\t<true/>\n</dict>',
  );
  assert.equal(onlyCode(lint(next), 'plist/duplicate-key').length, 0);
  const other = next.replace(
    'nelint-disable-next-line plist/duplicate-key',
    'nelint-disable-next-line plist/invalid-structure',
  );
  assert.equal(onlyCode(lint(other), 'plist/duplicate-key').length, 1);
  const file = DUP.replace('<plist', '<!-- nelint-disable -->\n<plist');
  assert.equal(lint(file).length, 0);
});

test('precedence: node-scoped supersedes hides overlapping findings only; file scope hides all', () => {
  const meta = (code: string, supersedes?: RuleMeta['supersedes']): RuleMeta => ({
    id: 'N0',
    code,
    family: 'x',
    severity: 'error',
    kinds: 'all',
    fixable: false,
    description: '',
    guidance: [],
    supersedes,
  });
  const winner = meta('a/win', [{ code: 'a/lose', scope: 'node' }]);
  const loser = meta('a/lose');
  const out = applyPrecedence([
    { meta: winner, start: 10, end: 20 },
    { meta: loser, start: 12, end: 14 },
    { meta: loser, start: 30, end: 40 },
    { meta: loser, start: 30, end: 40 },
  ]);
  assert.deepEqual(
    out.map((f) => [f.meta.code, f.start]),
    [
      ['a/win', 10],
      ['a/lose', 30],
    ],
  );
  const fileWide = applyPrecedence([
    { meta: meta('b/win', [{ code: 'a/lose', scope: 'file' }]), start: 0, end: 1 },
    { meta: loser, start: 30, end: 40 },
  ]);
  assert.deepEqual(
    fileWide.map((f) => f.meta.code),
    ['b/win'],
  );
});

test('an exception in one rule is reported once and the other rules still run', () => {
  const failures: string[] = [];
  setRuleFailureSink((code) => failures.push(code));
  const rules = allRules as unknown as { meta: RuleMeta; check: () => void }[];
  const boom = {
    meta: { ...rules[0].meta, code: 'test/boom', id: 'N99', kinds: 'all' as const, runsOnMalformed: true },
    check: () => {
      throw new Error('boom');
    },
  };
  rules.unshift(boom);
  try {
    assert.equal(onlyCode(lint(DUP), 'plist/duplicate-key').length, 1);
    lint(DUP);
    assert.deepEqual(failures, ['test/boom']);
  } finally {
    rules.shift();
  }
});

test('no rule but plist/ runs on a file that is not well-formed XML (§1.5)', () => {
  const broken =
    '<plist version="1.0"><dict><key>com.apple.developer.networking.networkextension</key><array><string>bogus-value</string></array><key>a</key><string>x & y</string></dict></plist>';
  const diags = lint(broken, { path: 'A.entitlements' });
  assert.ok(diags.some((d) => d.code === 'plist/xml-not-well-formed'));
  assert.ok(diags.every((d) => d.code.startsWith('plist/')));
});

test('every rule code is unique, kebab-case and in its family folder', () => {
  const seen = new Set<string>();
  for (const r of allRules) {
    assert.match(r.meta.code, /^[a-z-]+\/[a-z0-9-]+$/);
    assert.equal(r.meta.code.split('/')[0], r.meta.family);
    assert.ok(!seen.has(r.meta.code), r.meta.code);
    seen.add(r.meta.code);
  }
});

test('fix-all is bounded and idempotent', () => {
  const fixed = fixAllPreferred(DUP);
  assert.equal(onlyCode(lint(fixed), 'plist/duplicate-key').length, 0);
  assert.equal(fixAllPreferred(fixed), fixed);
});

test('a warning-level N28 (unsupported encoding= on non-ASCII text) does not stop the other families', () => {
  const text = DUP.replace('encoding="UTF-8"', 'encoding="x-mac-roman"').replace(
    '</dict>',
    '\t<key>com.apple.developer.networking.networkextension</key>\n\t<array><string>packet-tunel-provider</string></array>\n\t<key>NSHumanReadableCopyright</key>\n\t<string>© Example</string>\n</dict>',
  );
  const doc = loadDocumentFromBytes('A.entitlements', new TextEncoder().encode(text));
  const diags = validateDocument(doc);
  const n28 = diags.filter((d) => d.code === 'plist/xml-not-well-formed');
  assert.deepEqual(
    n28.map((d) => d.severity),
    ['warning'],
  );
  assert.ok(
    diags.some((d) => d.code === 'entitlements/ne-value-unknown'),
    JSON.stringify(diags.map((d) => d.code)),
  );
});
