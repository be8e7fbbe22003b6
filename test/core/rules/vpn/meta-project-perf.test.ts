/** Rule metadata (catalog order, guidance IDs), project-model-backed fixes, and linear cost on huge profiles. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rules as vpnRules } from '../../../../server/src/core/rules/vpn';
import { rules as filterRules } from '../../../../server/src/core/rules/filter';
import { rules as dnsRules } from '../../../../server/src/core/rules/dns';
import { getQuote } from '../../../../server/src/core/knowledge/quotes';
import { loadDocumentFromText } from '../../../../server/src/core/engine/loadDocument';
import { resolveFileContext } from '../../../../server/src/core/context/resolveContext';
import type { ProjectTargetView, ProjectView } from '../../../../server/src/core/project/types';
import type { Finding } from '../../../../server/src/core/rules/types';
import { found, fixOnly, payload, profile } from './kit';

test('families list their rules in catalog order with the catalog guidance quote IDs', () => {
  const meta = [...vpnRules, ...filterRules, ...dnsRules].map((r) => [
    r.meta.id,
    r.meta.code,
    r.meta.guidance.join(','),
  ]);
  assert.deepEqual(meta, [
    ['N29', 'vpn/transparent-proxy-array', 'Q-U23,Q-U24,Q-U48'],
    ['N30', 'vpn/subtype-missing', 'Q-U27,Q-U18'],
    ['N31', 'vpn/type-dictionary-missing', 'Q-U18'],
    ['N32', 'vpn/provider-identity-missing', 'Q-U18,Q-U17'],
    ['N37', 'vpn/order-not-positive-integer', 'Q-U19,Q-U20,Q-U44,Q-U48'],
    ['N38', 'vpn/transparent-proxy-provider-type', 'Q-U17,Q-U18,Q-U11'],
    ['N39', 'vpn/transparent-proxy-requires-macos-14', ''],
    ['N41', 'vpn/integer-flag-as-boolean', 'Q-U28'],
    ['N42', 'vpn/applayer-vpnuuid-missing', 'Q-U25,Q-U26,Q-U47'],
    ['N43', 'vpn/vpnuuid-unresolved', 'Q-U25,Q-U26'],
    ['N44', 'vpn/vpnuuid-format', 'Q-U25'],
    ['N45', 'filter/plugin-type-required-on-macos', 'Q-U30'],
    ['N46', 'filter/plugin-required-key-missing', ''],
    ['N47', 'filter/no-filter-enabled', 'Q-U30,Q-U29'],
    ['N48', 'filter/provider-identity-missing', ''],
    ['N54', 'dns/protocol-key-missing', 'Q-U53'],
    ['N55', 'dns/server-url-not-https', ''],
    ['N56', 'dns/protocol-key-mismatch', ''],
    ['N57', 'dns/proxy-provider-equals-app', ''],
  ]);
  for (const r of [...vpnRules, ...filterRules, ...dnsRules]) {
    for (const id of r.meta.guidance) assert.ok(getQuote(id), `${r.meta.code}: quote ${id} is in the bank`);
  }
});

function infoPlist(path: string, body: string) {
  return loadDocumentFromText(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`,
  );
}

/** An app embedding one provider extension of the given kind (system extension or app extension). */
function project(
  appId: string,
  extId: string,
  kind: string,
  role: 'system-extension' | 'app-extension',
  team?: string,
): ProjectView {
  const ctxDoc = loadDocumentFromText('x.mobileconfig', profile());
  const context = { ...resolveFileContext(ctxDoc, {}), team };
  const extInfo =
    role === 'system-extension'
      ? infoPlist(
          'Ext/Info.plist',
          `<key>NetworkExtension</key>\n<dict>\n<key>NEProviderClasses</key>\n<dict>\n<key>com.apple.networkextension.${kind}</key>\n<string>$(PRODUCT_MODULE_NAME).P</string>\n</dict>\n</dict>`,
        )
      : infoPlist(
          'Ext/Info.plist',
          `<key>NSExtension</key>\n<dict>\n<key>NSExtensionPointIdentifier</key>\n<string>com.apple.networkextension.${kind}</string>\n</dict>`,
        );
  const app: ProjectTargetView = {
    name: 'App',
    role: 'app',
    bundleIdentifier: appId,
    embeds: [],
    embeddedBy: [],
    context,
  };
  const ext: ProjectTargetView = {
    name: 'Ext',
    role,
    bundleIdentifier: extId,
    infoPlist: extInfo,
    embeds: [],
    embeddedBy: [app],
    context,
  };
  app.embeds.push(ext);
  return { configuration: 'Release', targets: [app, ext], profiles: [] };
}

test('N30: with a project model the container app id is inserted (preferred)', () => {
  const text = profile(
    payload(
      'com.apple.vpn.managed',
      1,
      '<key>UserDefinedName</key>\n<string>x</string>\n<key>VPNType</key>\n<string>VPN</string>\n<key>VPN</key>\n<dict>\n<key>ProviderBundleIdentifier</key>\n<string>com.acme.tunnel.ext</string>\n</dict>',
    ),
  );
  const p = project('com.acme.vpnapp', 'com.acme.tunnel.ext', 'packet-tunnel', 'app-extension');
  const d = found(text, 'vpn/subtype-missing', { project: p });
  assert.equal(d[0].d.fixes[0].preferred, true);
  assert.ok(
    fixOnly(text, 'vpn/subtype-missing', { project: p }).includes(
      '<key>VPNSubType</key>\n\t\t\t<string>com.acme.vpnapp</string>',
    ),
  );
});

test('N32 (b)/(c): a system-extension target makes the DR (or the bundle id) required', () => {
  const tp = (inner: string) =>
    profile(
      payload(
        'com.apple.vpn.managed',
        1,
        `<key>UserDefinedName</key>\n<string>x</string>\n<key>VPNSubType</key>\n<string>com.acme.app</string>\n<key>VPNType</key>\n<string>TransparentProxy</string>\n<key>TransparentProxy</key>\n<dict>\n<key>ProviderType</key>\n<string>app-proxy</string>\n${inner}\n</dict>`,
      ),
    );
  const p = project('com.acme.app', 'com.acme.app.proxy', 'app-proxy', 'system-extension', 'ABCDE12345');
  const b = found(
    tp('<key>ProviderBundleIdentifier</key>\n<string>com.acme.app.proxy</string>'),
    'vpn/provider-identity-missing',
    { project: p },
  );
  assert.equal(b.length, 1);
  assert.equal(b[0].d.severity, 'error');
  assert.match(b[0].d.fixes[0].edits[0].newText, /subject\.OU\] = ABCDE12345/);
  const c = found(tp(''), 'vpn/provider-identity-missing', { project: p });
  assert.equal(c.length, 1);
  assert.equal(c[0].d.severity, 'error');
  assert.match(c[0].d.fixes[0].edits[0].newText, /com\.acme\.app\.proxy/);
  const appex = project('com.acme.app', 'com.acme.app.proxy', 'app-proxy', 'app-extension');
  assert.equal(found(tp(''), 'vpn/provider-identity-missing', { project: appex }).length, 0);
});

test('N46/N57: project-model fixes (container app as PluginBundleID, the DNS proxy extension as provider)', () => {
  const filter = profile(
    payload(
      'com.apple.webcontent-filter',
      1,
      '<key>FilterType</key>\n<string>Plugin</string>\n<key>UserDefinedName</key>\n<string>F</string>\n<key>FilterSockets</key>\n<true/>\n<key>FilterDataProviderBundleIdentifier</key>\n<string>com.acme.filter.ext</string>',
    ),
  );
  const pf = project('com.acme.filter', 'com.acme.filter.ext', 'filter-data', 'system-extension');
  const d = found(filter, 'filter/plugin-required-key-missing', { project: pf });
  assert.equal(d[0].d.fixes[0].preferred, true);
  assert.match(d[0].d.fixes[0].edits[0].newText, /<string>com\.acme\.filter<\/string>/);
  const proxy = profile(
    payload(
      'com.apple.dnsProxy.managed',
      1,
      '<key>AppBundleIdentifier</key>\n<string>com.acme.dns</string>\n<key>ProviderBundleIdentifier</key>\n<string>com.acme.dns</string>',
    ),
  );
  const pd = project('com.acme.dns', 'com.acme.dns.proxy', 'dns-proxy', 'system-extension');
  assert.equal(
    fixOnly(proxy, 'dns/proxy-provider-equals-app', { project: pd }),
    proxy.replace(/(ProviderBundleIdentifier<\/key>\n\t+<string>)com\.acme\.dns/, '$1com.acme.dns.proxy'),
  );
});

function bigProfile(n: number): string {
  const payloads: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 4;
    if (kind === 0) {
      payloads.push(
        `<dict><key>PayloadType</key><string>com.apple.vpn.managed</string><key>VPNType</key><string>TransparentProxy</string><key>TransparentProxy</key>${i % 8 ? '' : '<array>'}<dict><key>Order</key><string>${i + 1}</string><key>OnDemandEnabled</key><true/></dict>${i % 8 ? '' : '</array>'}</dict>`,
      );
    } else if (kind === 1) {
      payloads.push(
        `<dict><key>PayloadType</key><string>com.apple.vpn.managed.applayer</string><key>VPNUUID</key><string>vpn-${i}</string></dict>`,
      );
    } else if (kind === 2) {
      payloads.push(
        `<dict><key>PayloadType</key><string>com.apple.vpn.managed.appmapping</string><key>AppLayerVPNMapping</key><array><dict><key>VPNUUID</key><string>vpn-${i - 1}</string></dict></array></dict>`,
      );
    } else {
      payloads.push(
        `<dict><key>PayloadType</key><string>com.apple.webcontent-filter</string><key>FilterType</key><string>Plugin</string><key>FilterSockets</key><true/></dict>`,
      );
    }
  }
  // Minified on one line: the worst case for anything that scans lines or the whole text per fix.
  return `<?xml version="1.0"?><plist version="1.0"><dict><key>PayloadContent</key><array>${payloads.join('')}</array><key>PayloadType</key><string>Configuration</string></dict></plist>`;
}

function timeFamilies(n: number): { ms: number; counts: Map<string, number> } {
  const doc = loadDocumentFromText('big.mobileconfig', bigProfile(n));
  const file = resolveFileContext(doc, { platform: 'macos' });
  const counts = new Map<string, number>();
  const t0 = performance.now();
  for (const r of [...vpnRules, ...filterRules, ...dnsRules]) {
    r.check({ doc, file, report: (_f: Finding) => counts.set(r.meta.code, (counts.get(r.meta.code) ?? 0) + 1) });
  }
  return { ms: performance.now() - t0, counts };
}

test('the family rules stay linear: a minified 10,000-payload profile is checked without a blow-up', () => {
  const { ms, counts } = timeFamilies(10000);
  assert.equal(counts.get('vpn/order-not-positive-integer'), 2500);
  assert.equal(counts.get('vpn/transparent-proxy-array'), 1250);
  assert.equal(counts.get('vpn/integer-flag-as-boolean'), 1250, 'flags are read in TransparentProxy dicts only');
  assert.equal(counts.get('vpn/subtype-missing'), 2500);
  assert.equal(counts.get('vpn/vpnuuid-format'), 5000);
  assert.equal(counts.get('vpn/vpnuuid-unresolved'), undefined);
  assert.equal(counts.get('filter/plugin-required-key-missing'), 2500);
  // A blow-up guard, not a speed measure (that is `npm run bench`, whose 10,000-payload profile runs every rule):
  // this took ~110 s before the indentation scan was memoised, and well under a second since. (A comparison with a
  // 2,500-payload run is a speed measure: a busy machine can fail it, so it is not made here.)
  assert.ok(ms < 20000, `took ${ms.toFixed(0)} ms`);
});
