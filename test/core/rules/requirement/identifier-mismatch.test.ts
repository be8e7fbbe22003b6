import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../../server/src/core/rules/requirement/identifier-mismatch';
import { applyFix, covered, profile, run, transparentProxy } from './harness';

function dr(requirement: string, bundle = 'com.example.app.tunnel'): string {
  return profile(
    transparentProxy(
      `<key>ProviderBundleIdentifier</key>\n<string>${bundle}</string>\n<key>ProviderDesignatedRequirement</key>\n<string>${requirement}</string>`,
    ),
  );
}

test('catalog failing example: reported at the identifier token; fixes change either side', () => {
  const text = dr('identifier "com.example.app.proxy" and anchor apple generic');
  const [f, ...rest] = run(rule, text);
  assert.equal(rest.length, 0);
  assert.equal(covered(text, f), '"com.example.app.proxy"');
  assert.equal(f.fixes![0].preferred, true);
  assert.equal(applyFix(text, f, 0), dr('identifier "com.example.app.tunnel" and anchor apple generic'));
  assert.equal(
    applyFix(text, f, 1),
    dr('identifier "com.example.app.proxy" and anchor apple generic', 'com.example.app.proxy'),
  );
});

test('catalog passing example and guards', () => {
  assert.deepEqual(run(rule, dr('identifier "com.example.app.tunnel" and anchor apple generic')), []);
  // no identifier clause; identifier under or / not; wildcard; unparsable (N35's job); build variables
  for (const req of [
    'anchor apple generic and certificate leaf[subject.OU] = "4AYE5J54KN"',
    'anchor apple generic and (identifier "a" or identifier "b")',
    'anchor apple generic and !identifier "a"',
    'identifier "com.example.*" and anchor apple generic',
    'identifier "com.example.other" and and',
    'identifier "$(PRODUCT_BUNDLE_IDENTIFIER)" and anchor apple',
  ]) {
    assert.deepEqual(run(rule, dr(req)), [], req);
  }
  assert.deepEqual(run(rule, dr('identifier "x.y" and anchor apple', '$(PRODUCT_BUNDLE_IDENTIFIER)')), []);
});

test('unquoted identifiers are compared and fixed without quotes', () => {
  const text = dr('identifier fcaptmon and anchor apple generic', 'fcaptmon2');
  const [f] = run(rule, text);
  assert.equal(covered(text, f), 'fcaptmon');
  assert.equal(applyFix(text, f), dr('identifier fcaptmon2 and anchor apple generic', 'fcaptmon2'));
  assert.deepEqual(run(rule, dr('identifier fcaptmon and anchor apple generic', 'fcaptmon')), []);
});

test('entity-encoded quotes: range and fix go through &quot;', () => {
  const text = dr('identifier &quot;com.example.app.proxy&quot; and anchor apple generic');
  const [f] = run(rule, text);
  assert.equal(covered(text, f), '&quot;com.example.app.proxy&quot;');
  assert.equal(applyFix(text, f), dr('identifier &quot;com.example.app.tunnel&quot; and anchor apple generic'));
});

test('filter, app-layer mapping and TCC pairs; TCC only when IdentifierType is bundleID', () => {
  const filter = profile(
    [
      '<dict>',
      '\t<key>PayloadType</key>',
      '\t<string>com.apple.webcontent-filter</string>',
      '\t<key>FilterPacketProviderBundleIdentifier</key>',
      '\t<string>com.example.packet</string>',
      '\t<key>FilterPacketProviderDesignatedRequirement</key>',
      '\t<string>identifier "com.example.data" and anchor apple generic</string>',
      '</dict>',
    ].join('\n'),
  );
  assert.equal(run(rule, filter).length, 1);
  const tcc = (type: string) =>
    profile(
      `<dict>\n\t<key>Identifier</key>\n\t<string>/usr/bin/x</string>\n\t<key>IdentifierType</key>\n\t<string>${type}</string>\n\t<key>CodeRequirement</key>\n\t<string>identifier "com.example.x" and anchor apple</string>\n</dict>`,
    );
  assert.equal(run(rule, tcc('bundleID')).length, 1);
  assert.equal(run(rule, tcc('path')).length, 0);
  const mapping = profile(
    '<dict>\n\t<key>AppLayerVPNMapping</key>\n\t<array>\n\t\t<dict>\n\t\t\t<key>SigningIdentifier</key>\n\t\t\t<string>com.example.a</string>\n\t\t\t<key>DesignatedRequirement</key>\n\t\t\t<string>identifier "com.example.b" and anchor apple generic</string>\n\t\t</dict>\n\t</array>\n</dict>',
  );
  assert.equal(run(rule, mapping).length, 1);
});
