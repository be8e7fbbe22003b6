/** N45–N48: the filter/ rules on com.apple.webcontent-filter payloads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STYLES, found, fixOnly, payload, profile, styled } from '../vpn/kit';

const POLICY = payload(
  'com.apple.system-extension-policy',
  9,
  `<key>AllowedTeamIdentifiers</key>\n<array>\n<string>ABCDE12345</string>\n</array>`,
);

function filter(body: string, ...more: string[]): string {
  return profile(payload('com.apple.webcontent-filter', 1, body), ...more);
}

const PLUGIN = `<key>FilterType</key>
<string>Plugin</string>
<key>PluginBundleID</key>
<string>com.example.filterapp</string>
<key>UserDefinedName</key>
<string>Filter</string>`;
const DATA = `<key>FilterDataProviderBundleIdentifier</key>
<string>com.example.filterapp.ext</string>
<key>FilterDataProviderDesignatedRequirement</key>
<string>anchor apple generic and identifier "com.example.filterapp.ext"</string>`;

test('N45: macOS (system-extension policy in the profile) without FilterType: error at PayloadType, fix inserts Plugin', () => {
  const text = filter('<key>FilterBrowsers</key>\n<true/>', POLICY);
  const d = found(text, 'filter/plugin-type-required-on-macos');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'com.apple.webcontent-filter');
  for (const style of STYLES) {
    const out = fixOnly(styled(text, style), 'filter/plugin-type-required-on-macos');
    const expected = text.replace(
      '<true/>\n\t\t</dict>',
      '<true/>\n\t\t\t<key>FilterType</key>\n\t\t\t<string>Plugin</string>\n\t\t</dict>',
    );
    assert.equal(out, styled(expected, style), style.name);
  }
});

test('N45: BuiltIn on macOS is replaced; iOS/unknown built-in filters and macOS Plugin filters pass', () => {
  const builtIn = filter('<key>FilterType</key>\n<string>BuiltIn</string>');
  const d = found(builtIn, 'filter/plugin-type-required-on-macos', { platform: 'macos' });
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'BuiltIn');
  assert.equal(
    fixOnly(builtIn, 'filter/plugin-type-required-on-macos', { platform: 'macos' }),
    builtIn.replace('BuiltIn', 'Plugin'),
  );
  assert.equal(found(builtIn, 'filter/plugin-type-required-on-macos').length, 0);
  assert.equal(found(builtIn, 'filter/plugin-type-required-on-macos', { platform: 'ios' }).length, 0);
  assert.equal(found(filter(PLUGIN), 'filter/plugin-type-required-on-macos', { platform: 'macos' }).length, 0);
});

test('N46: Plugin without PluginBundleID / UserDefinedName: one diagnostic at FilterType naming both, one fix per key', () => {
  const text = filter('<key>FilterType</key>\n<string>Plugin</string>\n<key>FilterSockets</key>\n<true/>');
  const d = found(text, 'filter/plugin-required-key-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'Plugin');
  assert.deepEqual(d[0].d.data?.missing, ['PluginBundleID', 'UserDefinedName']);
  assert.equal(d[0].d.fixes.length, 2);
  const one = filter(
    PLUGIN.replace(
      '<key>UserDefinedName</key>\n<string>Filter</string>',
      '<key>UserDefinedName</key>\n<string></string>',
    ),
  );
  const e = found(one, 'filter/plugin-required-key-missing');
  assert.deepEqual(e[0].d.data?.missing, ['UserDefinedName']);
  assert.equal(
    fixOnly(one, 'filter/plugin-required-key-missing'),
    one.replace('<string></string>', '<string>${1:Content Filter}</string>'),
  );
  assert.equal(found(filter(PLUGIN), 'filter/plugin-required-key-missing').length, 0);
  assert.equal(
    found(filter('<key>FilterType</key>\n<string>BuiltIn</string>'), 'filter/plugin-required-key-missing').length,
    0,
  );
});

test('N47: Plugin with FilterSockets false and nothing else: error; fix sets FilterSockets true', () => {
  const text = filter(`${PLUGIN}\n<key>FilterSockets</key>\n<false/>`);
  const d = found(text, 'filter/no-filter-enabled');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'Plugin');
  assert.equal(fixOnly(text, 'filter/no-filter-enabled'), text.replace('<false/>', '<true/>'));
  const absent = filter(PLUGIN);
  for (const style of STYLES) {
    const out = fixOnly(styled(absent, style), 'filter/no-filter-enabled');
    const expected = absent.replace(
      '<string>Filter</string>\n',
      '<string>Filter</string>\n\t\t\t<key>FilterSockets</key>\n\t\t\t<true/>\n',
    );
    assert.equal(out, styled(expected, style), style.name);
  }
});

test('N47: platform decides which switches count', () => {
  const browsers = filter(`${PLUGIN}\n<key>FilterBrowsers</key>\n<true/>`);
  assert.equal(found(browsers, 'filter/no-filter-enabled').length, 0, 'unknown: any of the three');
  assert.equal(found(browsers, 'filter/no-filter-enabled', { platform: 'ios' }).length, 0);
  assert.equal(
    found(browsers, 'filter/no-filter-enabled', { platform: 'macos' }).length,
    1,
    'FilterBrowsers does not count on macOS',
  );
  const packets = filter(`${PLUGIN}\n<key>FilterPackets</key>\n<true/>\n<key>FilterSockets</key>\n<false/>`);
  assert.equal(
    found(packets, 'filter/no-filter-enabled', { platform: 'macos' }).length,
    0,
    'packet-only filter (Bitdefender shape)',
  );
});

test('N48 (a): FilterSockets true with a bundle id but no DR: error at the FilterSockets value', () => {
  const text = filter(
    `${PLUGIN}\n<key>FilterSockets</key>\n<true/>\n<key>FilterDataProviderBundleIdentifier</key>\n<string>com.example.filterapp.ext</string>`,
  );
  const d = found(text, 'filter/provider-identity-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, '<true/>');
  assert.equal(d[0].d.fixes[0].snippet, true);
  const withTeam = found(text, 'filter/provider-identity-missing', {
    config: { config: { team: 'ABCDE12345' }, dir: '/' },
  });
  assert.equal(withTeam[0].d.fixes[0].preferred, true);
  assert.match(
    withTeam[0].d.fixes[0].edits[0].newText,
    /identifier "com\.example\.filterapp\.ext".*subject\.OU\] = ABCDE12345\)/,
  );
});

test('N48: a DR without bundle id gets the DR identifier; (b) only on macOS; (c) packet provider keys', () => {
  const drOnly = filter(
    `${PLUGIN}\n<key>FilterSockets</key>\n<true/>\n<key>FilterDataProviderDesignatedRequirement</key>\n<string>anchor apple generic and identifier "com.example.filterapp.ext"</string>`,
  );
  const out = fixOnly(drOnly, 'filter/provider-identity-missing');
  assert.ok(
    out.includes(
      '<key>FilterDataProviderBundleIdentifier</key>\n\t\t\t<string>com.example.filterapp.ext</string>\n\t\t</dict>',
    ),
  );
  const neither = filter(`${PLUGIN}\n<key>FilterSockets</key>\n<true/>`);
  assert.equal(found(neither, 'filter/provider-identity-missing').length, 0);
  assert.equal(found(neither, 'filter/provider-identity-missing', { platform: 'ios' }).length, 0);
  assert.equal(found(neither, 'filter/provider-identity-missing', { platform: 'macos' }).length, 1);
  const packets = filter(`${PLUGIN}\n<key>FilterPackets</key>\n<true/>`);
  const p = found(packets, 'filter/provider-identity-missing');
  assert.equal(p.length, 1);
  assert.deepEqual(p[0].d.data?.missing, [
    'FilterPacketProviderBundleIdentifier',
    'FilterPacketProviderDesignatedRequirement',
  ]);
  const complete = filter(`${PLUGIN}\n<key>FilterSockets</key>\n<true/>\n${DATA}`);
  assert.equal(found(complete, 'filter/provider-identity-missing', { platform: 'macos' }).length, 0);
});
