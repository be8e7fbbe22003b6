/**
 * Fuzz inputs: seed documents (the corpus in ../shared when present, the examples, small built-in seeds) and
 * fast-check arbitraries that mutate them the way real edits and real damage do — deleted, duplicated and
 * truncated spans, swapped tags, keys and values borrowed from other seeds, CRLF, UTF-16, flipped bytes — plus
 * random markup and random bytes. Paths keep each seed's file name, so the file kind (and the rules) follow.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { REPO_ROOT, SHARED_DIR } from '../helpers/shared';

export interface Seed {
  path: string;
  text: string;
}

const BUILT_IN: Seed[] = [
  {
    path: 'App.entitlements',
    text: '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>com.apple.developer.networking.networkextension</key>\n\t<array>\n\t\t<string>app-proxy-provider-systemextension</string>\n\t</array>\n\t<key>com.apple.developer.system-extension.install</key>\n\t<true/>\n</dict>\n</plist>\n',
  },
  {
    path: 'Info.plist',
    text: '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>NSExtension</key>\n  <dict>\n    <key>NSExtensionPointIdentifier</key>\n    <string>com.apple.networkextension.packet-tunnel</string>\n  </dict>\n</dict>\n</plist>\n',
  },
];

function walkFiles(dir: string, out: string[]): void {
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) stack.push(p);
      else out.push(p);
    }
  }
}

/** Text seeds; `limitBytes` skips big files so the sample in `npm test` stays fast. */
export function loadSeeds(limitBytes = Infinity): Seed[] {
  const files: string[] = [];
  walkFiles(join(REPO_ROOT, 'examples'), files);
  const corpus = join(SHARED_DIR, 'corpus', 'files');
  if (existsSync(corpus)) walkFiles(corpus, files);
  const seeds = [...BUILT_IN];
  for (const f of files) {
    if (f.endsWith('.json')) continue;
    const bytes = readFileSync(f);
    if (bytes.length > limitBytes || bytes.includes(0)) continue;
    seeds.push({ path: basename(f), text: bytes.toString('utf8') });
  }
  return seeds;
}

const TAGS = [
  '<string>',
  '</string>',
  '<key>',
  '</key>',
  '<dict>',
  '</dict>',
  '<array>',
  '</array>',
  '<true/>',
  '<false/>',
  '<integer>',
  '</integer>',
  '<dict/>',
  '<array/>',
  '<data>',
  '</data>',
  '<date>',
  '</date>',
  '<real>',
  '</real>',
];

const SPECIAL_VALUES = [
  '',
  ' ',
  '1',
  '0',
  '-1',
  'YES',
  'true',
  '&amp;',
  '&lt;',
  '&bogus;',
  '$(TeamIdentifierPrefix)com.example',
  '$(PRODUCT_BUNDLE_IDENTIFIER)',
  '${PRODUCT_NAME}',
  '$(',
  'app-proxy-provider',
  'app-proxy-provider-systemextension',
  'packet-tunnel-provider-systemextension',
  'content-filter-provider',
  'dns-proxy',
  'dns-settings',
  'relay',
  'TransparentProxy',
  'VPN',
  'IKEv2',
  'com.apple.vpn.managed',
  'com.apple.webcontent-filter',
  'com.apple.dnsSettings.managed',
  'com.apple.system-extension-policy',
  'com.apple.networkextension.packet-tunnel',
  'com.apple.networkextension.app-proxy',
  'NetworkExtension',
  'Q7XK3M9ZP2',
  'ABCDE12345.com.example',
  '6F1D5A52-3B9E-4C7A-9E43-2D8B1F0C7A11',
  'anchor apple generic and identifier "x" and certificate leaf[subject.OU] = "<TEAMID>"',
  '\u00e9\u{1F600}',
];

const INSERTS = [
  ...TAGS,
  '<',
  '>',
  '&',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '\n',
  '\r\n',
  '\t',
  '<key>PayloadType</key>',
  '<!-- nelint-disable-next-line -->',
  '<!-- nelint: platform=macos distribution=developer-id -->',
];

/** Distinct `<key>` and `<string>` contents over all seeds (capped), to cross-pollinate. */
export function harvest(seeds: Seed[]): { keys: string[]; values: string[] } {
  const keys = new Set<string>();
  const values = new Set<string>(SPECIAL_VALUES);
  for (const s of seeds) {
    for (const m of s.text.matchAll(/<key>([^<]{1,80})<\/key>/g)) keys.add(m[1]);
    for (const m of s.text.matchAll(/<string>([^<]{1,80})<\/string>/g)) if (values.size < 3000) values.add(m[1]);
  }
  return { keys: [...keys].sort(), values: [...values].sort() };
}

type Op =
  | { op: 'delete' | 'duplicate'; at: number; len: number }
  | { op: 'insert'; at: number; what: string }
  | { op: 'retag'; nth: number; tag: string }
  | { op: 'key' | 'value'; nth: number; what: string }
  | { op: 'truncate'; at: number }
  | { op: 'crlf' };

function nthMatch(text: string, re: RegExp, nth: number): RegExpExecArray | undefined {
  const all = [...text.matchAll(re)];
  return all.length ? (all[nth % all.length] as RegExpExecArray) : undefined;
}

function applyOp(text: string, o: Op): string {
  const n = Math.max(1, text.length);
  switch (o.op) {
    case 'delete': {
      const at = o.at % n;
      return text.slice(0, at) + text.slice(at + o.len);
    }
    case 'duplicate': {
      const at = o.at % n;
      return text.slice(0, at + o.len) + text.slice(at, at + o.len) + text.slice(at + o.len);
    }
    case 'insert': {
      const at = o.at % (text.length + 1);
      return text.slice(0, at) + o.what + text.slice(at);
    }
    case 'retag': {
      const m = nthMatch(text, /<\/?(?:string|key|dict|array|integer|true|false|data|date|real)\/?>/g, o.nth);
      return m ? text.slice(0, m.index) + o.tag + text.slice(m.index + m[0].length) : text;
    }
    case 'key':
    case 'value': {
      const re = o.op === 'key' ? /<key>([^<]*)<\/key>/g : /<string>([^<]*)<\/string>/g;
      const m = nthMatch(text, re, o.nth);
      if (!m) return text;
      const open = o.op === 'key' ? 5 : 8;
      return text.slice(0, m.index + open) + o.what + text.slice(m.index + open + m[1].length);
    }
    case 'truncate':
      return text.slice(0, o.at % n);
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
  }
}

function opArb(keys: string[], values: string[]): fc.Arbitrary<Op> {
  const pos = fc.nat({ max: 1_000_000 });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('value' as const), nth: fc.nat(), what: fc.constantFrom(...values) }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('key' as const), nth: fc.nat(), what: fc.constantFrom(...keys) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('retag' as const), nth: fc.nat(), tag: fc.constantFrom(...TAGS) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('insert' as const),
        at: pos,
        what: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 8 })),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constantFrom('delete' as const, 'duplicate' as const),
        at: pos,
        len: fc.integer({ min: 1, max: 200 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: pos }) },
    { weight: 1, arbitrary: fc.constant({ op: 'crlf' as const }) },
  );
}

export interface FuzzCase {
  path: string;
  input: string | Uint8Array;
}

/** A seed after 1-4 mutations; sometimes delivered as bytes (UTF-16 with BOM, or with a flipped byte). */
export function mutatedSeed(seeds: Seed[]): fc.Arbitrary<FuzzCase> {
  const { keys, values } = harvest(seeds);
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      ops: fc.array(opArb(keys.length ? keys : ['K'], values), { minLength: 1, maxLength: 4 }),
      as: fc.constantFrom('text', 'text', 'text', 'utf8', 'utf16', 'flip'),
      flip: fc.nat(),
    })
    .map(({ seed, ops, as, flip }): FuzzCase => {
      const text = ops.reduce(applyOp, seed.text);
      if (as === 'text') return { path: seed.path, input: text };
      if (as === 'utf16') {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        return { path: seed.path, input: new Uint8Array(utf16) };
      }
      const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
      if (as === 'flip' && bytes.length) bytes[flip % bytes.length] ^= 1 << (flip % 8);
      return { path: seed.path, input: bytes };
    });
}

const MARKUP = fc.constantFrom(
  ...TAGS,
  ...INSERTS,
  '<plist version="1.0">',
  '</plist>',
  '<?xml version="1.0" encoding="UTF-16"?>',
  '<!DOCTYPE plist [<!ENTITY a "&a;&a;">]>',
  'text',
  ' ',
  '"',
  "'",
  '=',
  '\uD800',
  '\u0000',
);
const NAMES = fc.constantFrom('x.entitlements', 'Info.plist', 'x.mobileconfig', 'x.mobileprovision', 'x.plist');

/** Random markup from plist tokens, under a random file name. */
export function randomMarkup(): fc.Arbitrary<FuzzCase> {
  return fc.record({
    path: NAMES,
    input: fc.array(fc.oneof(MARKUP, fc.string({ maxLength: 4 })), { maxLength: 60 }).map((xs) => xs.join('')),
  });
}

/** Random bytes, sometimes behind a binary-plist or DER header so the container decoders are reached. */
export function randomBytes(): fc.Arbitrary<FuzzCase> {
  const head = fc.constantFrom('', 'bplist00', 'bplist0', '\u0030\u0082', '\u0030\u0080', '\uFEFF', '\u00FF\u00FE');
  return fc.record({ path: NAMES, head, body: fc.uint8Array({ maxLength: 300 }) }).map(({ path, head, body }) => ({
    path,
    input: new Uint8Array(Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body)])),
  }));
}
