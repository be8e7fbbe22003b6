import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadConfigFile } from '../../../server/src/host/config';
import { ProjectHost } from '../../../server/src/host/project';
import { projectOptions } from '../../../server/src/core/project/validateWithProject';
import path from 'node:path';
import { loadDocumentFromText } from '../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../server/src/core/engine/validate';
import { nextDocument, revalidate, validateState } from '../../../server/src/core/engine/incremental';
import type { PlistDocument } from '../../../server/src/core/model/document';
import type { ValidationState } from '../../../server/src/core/engine/incremental';
import { textChange } from '../../../server/src/core/engine/textChange';
import { getProfileModel } from '../../../server/src/core/knowledge/profileModel';
import { walk } from '../../../server/src/core/model/query';
import type { LintOptions } from '../../../server/src/core/engine/types';
import { transparentProxyProfile } from '../../../scripts/bench/generate';
import { REPO_ROOT, sharedDir } from '../../helpers/shared';

/** Every plist node and key with its spans and text, and the XML elements' spans: what a re-parse must rebuild. */
function treeShape(doc: PlistDocument): string {
  const out: unknown[] = [];
  walk(doc.root, (n) => {
    out.push([n.kind, n.start, n.end, n.element.start, n.element.end, n.element.open.end, n.element.close?.start]);
    if (n.kind === 'dict') {
      for (const e of n.entries) {
        out.push([e.key.text, e.key.start, e.key.end, e.key.contentStart, e.key.contentEnd, e.duplicate]);
      }
    } else if (n.kind !== 'array') out.push([n.text, n.contentStart, n.contentEnd]);
    out.push(n.parent?.start, n.entry?.key.start);
  });
  return JSON.stringify([out, doc.xml.issues, doc.xml.comments]);
}

/** Fixes that mint UUIDs differ between any two runs; everything else must be identical. */
function normalized(diagnostics: unknown): string {
  return JSON.stringify(diagnostics).replace(/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/gi, 'UUID');
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const WORDS = [
  '',
  'x',
  'VPN',
  'TransparentProxy',
  'app-proxy',
  'packet-tunnel',
  'com.apple.vpn.managed',
  'com.apple.webcontent-filter',
  'Plugin',
  'HTTPS',
  'TLS',
  'ABCDE12345',
  'Q9B1TU2ZRT',
  '$(TeamIdentifierPrefix)',
  'identifier "com.example.ext" and anchor apple generic and certificate leaf[subject.OU] = "ABCDE12345"',
  'not-a-uuid',
  '-1',
  '1',
];
const SNIPPETS = [
  'x',
  '\n',
  '<key>VPNType</key><string>VPN</string>',
  '<key>Order</key><string>1</string>',
  '<key>Unknown</key><true/>',
  '<key>FilterSockets</key><false/>',
  '<!-- nelint-disable-next-line -->',
  '&amp;',
  '</string>',
  '<dict>',
];

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A random edit inside one payload's content: retype a value or key, delete an entry, insert or cut text. */
function randomEdit(text: string, rnd: () => number): Edit | undefined {
  const doc = loadDocumentFromText('Edit.mobileconfig', text);
  const payloads = getProfileModel(doc).payloads;
  if (!payloads.length) return undefined;
  // Biased to early payloads: an edit there can change what later payloads are told (duplicates, links).
  const dict = payloads[Math.floor(rnd() ** 2 * payloads.length)].dict;
  const el = dict.element;
  if (!el.close) return undefined;
  const lo = el.open.end;
  const hi = el.close.start;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const r = rnd();
  if (r < 0.45) {
    const scalars: { contentStart: number; contentEnd: number; key?: string }[] = [];
    walk(dict, (n) => {
      if (n.kind === 'string') scalars.push({ ...n, key: n.entry?.key.text });
      if (n.kind === 'dict') for (const e of n.entries) scalars.push(e.key);
    });
    if (!scalars.length) return undefined;
    const s = pick(scalars);
    // Often the value of the same key elsewhere in the profile: duplicate UUIDs and identifiers, VPNUUID links.
    const sameKey: string[] = [];
    if (s.key && rnd() < 0.6) {
      walk(doc.root, (n) => void (n.kind === 'string' && n.entry?.key.text === s.key && sameKey.push(n.text)));
    }
    return { start: s.contentStart, end: s.contentEnd, text: sameKey.length ? pick(sameKey) : pick(WORDS) };
  }
  if (r < 0.65) {
    const dicts: (typeof dict)[] = [];
    walk(dict, (n) => void (n.kind === 'dict' && n.entries.length && dicts.push(n)));
    if (!dicts.length) return undefined;
    const entry = pick(pick(dicts).entries);
    return { start: entry.key.start, end: entry.value?.end ?? entry.key.end, text: '' };
  }
  const at = lo + Math.floor(rnd() * (hi - lo));
  if (r < 0.85) return { start: at, end: at, text: pick(SNIPPETS) };
  return { start: at, end: Math.min(hi, at + 1 + Math.floor(rnd() * 12)), text: '' };
}

function profiles(t: { skip(m?: string): void }): { name: string; text: string }[] {
  const out = [
    {
      name: 'examples/ShieldProxy',
      text: readFileSync(path.join(REPO_ROOT, 'examples/profiles/ShieldProxy.mobileconfig'), 'utf8'),
    },
    { name: 'generated 12 payloads', text: transparentProxyProfile(12) },
    // Payloads that point at each other (certificate, VPNUUID, system-extension policy), so an edit in one
    // payload changes what is reported in another.
    {
      name: 'References',
      text: readFileSync(path.join(REPO_ROOT, 'test/fixtures/incremental/References.mobileconfig'), 'utf8'),
    },
  ];
  const corpus = sharedDir(t, 'corpus/files');
  if (corpus) {
    for (const repo of readdirSync(corpus)) {
      for (const f of readdirSync(path.join(corpus, repo))) {
        if (f.endsWith('.mobileconfig')) out.push({ name: f, text: readFileSync(path.join(corpus, repo, f), 'utf8') });
      }
    }
  }
  return out;
}

const OPTIONS: LintOptions[] = [{}, { settings: { platform: 'macos' } }, { settings: { platform: 'ios' } }];

test('incremental re-validation equals a full validation after random edits inside payloads', (t) => {
  let payloadMode = 0;
  let reparsed = 0;
  let total = 0;
  const rnd = prng(20261122);
  for (const { name, text } of profiles(t)) {
    for (const options of OPTIONS) {
      let state: ValidationState = validateState(loadDocumentFromText(`${name}.mobileconfig`, text), options);
      let current = text;
      for (let step = 0; step < 10; step++) {
        const edit = randomEdit(current, rnd);
        if (!edit) break;
        current = current.slice(0, edit.start) + edit.text + current.slice(edit.end);
        const next = nextDocument(state, current);
        state = revalidate(state, next.doc, options, next.located);
        total++;
        if (state.mode === 'payload') payloadMode++;
        if (next.located) reparsed++;
        const fresh = loadDocumentFromText(`${name}.mobileconfig`, current);
        assert.equal(treeShape(next.doc), treeShape(fresh), `${name} step ${step}: re-parsed tree`);
        const full = validateDocument(fresh, options);
        assert.equal(
          normalized(state.diagnostics),
          normalized(full),
          `${name} step ${step} (${JSON.stringify(edit)}, ${JSON.stringify(options)})`,
        );
      }
    }
  }
  // The test is only meaningful when most edits really take the incremental path.
  assert.ok(payloadMode > total / 3, `only ${payloadMode} of ${total} edits were incremental`);
  assert.ok(reparsed > total / 4, `only ${reparsed} of ${total} edits re-parsed one payload`);
});

test('with a project view (a profile of nelint.json), incremental re-validation still equals a full one', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nelint-inc-project-'));
  cpSync(path.join(REPO_ROOT, 'examples'), dir, { recursive: true });
  const config = loadConfigFile(path.join(dir, 'nelint.json'));
  const index = new ProjectHost(new Date('2026-06-01T00:00:00Z')).indexFor(config);
  const file = path.join(dir, 'profiles/ShieldProxy.mobileconfig');
  const contexts = projectOptions(index, file, { config: { config: config.config, dir: config.dir } });
  assert.equal(contexts.length, 1);
  const options = contexts[0];
  assert.ok(options.project);
  const rnd = prng(7);
  const original = readFileSync(file, 'utf8');
  let current = original;
  let state = validateState(loadDocumentFromText(file, current), options);
  let incremental = 0;
  for (let step = 0; step < 40; step++) {
    // Markup edits soon leave this small profile malformed for good (full validations only): start again.
    if (state.diagnostics.some((d) => d.code === 'plist/xml-not-well-formed')) {
      current = original;
      state = validateState(loadDocumentFromText(file, current), options);
    }
    const edit = randomEdit(current, rnd);
    if (!edit) continue;
    current = current.slice(0, edit.start) + edit.text + current.slice(edit.end);
    const next = nextDocument(state, current);
    state = revalidate(state, next.doc, options, next.located);
    if (state.mode === 'payload') incremental++;
    const full = validateDocument(loadDocumentFromText(file, current), options);
    assert.equal(normalized(state.diagnostics), normalized(full), `step ${step} (${JSON.stringify(edit)})`);
  }
  assert.ok(incremental > 10, `only ${incremental} incremental validations`);
});

test('an edit that moves payload boundaries falls back to a full validation', () => {
  const text = transparentProxyProfile(3);
  const state = validateState(loadDocumentFromText('A.mobileconfig', text));
  const cut = text.indexOf('</dict>', text.indexOf('<key>PayloadContent</key>'));
  const next = text.slice(0, cut) + text.slice(cut + '</dict>'.length);
  const after = revalidate(state, loadDocumentFromText('A.mobileconfig', next));
  assert.equal(after.mode, 'full');
  assert.equal(
    normalized(after.diagnostics),
    normalized(validateDocument(loadDocumentFromText('A.mobileconfig', next))),
  );
});

test('textChange finds the single changed range', () => {
  assert.equal(textChange('abc', 'abc'), undefined);
  assert.deepEqual(textChange('axb', 'axxb'), { start: 2, oldEnd: 2, newEnd: 3 });
  assert.deepEqual(textChange('hello world', 'hello'), { start: 5, oldEnd: 11, newEnd: 5 });
  const big = 'a'.repeat(5000);
  assert.deepEqual(textChange(big + 'b' + big, big + 'cc' + big), { start: 5000, oldEnd: 5001, newEnd: 5002 });
});
