/** N37 vpn/order-not-positive-integer and N41 vpn/integer-flag-as-boolean. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STYLES,
  codesWithout,
  fixAllPreferred,
  found,
  fixOnly,
  payload,
  profile,
  styled,
  transparentProxyProfile,
} from './kit';

function tpWith(inner: string): string {
  return transparentProxyProfile(`<dict>
<key>ProviderType</key>
<string>app-proxy</string>
<key>ProviderBundleIdentifier</key>
<string>com.example.app.tunnel</string>
${inner.trim()}
</dict>`);
}

test('N37: <string>1</string> is reported at the value and fixed to <integer>1</integer> in every style', () => {
  const text = tpWith('<key>Order</key>\n<string>1</string>');
  const d = found(text, 'vpn/order-not-positive-integer');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, '1');
  assert.equal(d[0].d.severity, 'error');
  for (const style of STYLES) {
    const out = fixOnly(styled(text, style), 'vpn/order-not-positive-integer');
    assert.equal(out, styled(text.replace('<string>1</string>', '<integer>1</integer>'), style), style.name);
  }
  assert.equal(
    fixAllPreferred(text, { path: 'x.mobileconfig' }),
    text.replace('<string>1</string>', '<integer>1</integer>'),
  );
});

test('N37: <real>2.0</real> converts; 0 and negative integers are reported without a fix; 1+ passes', () => {
  const real = tpWith('<key>Order</key>\n<real>2.0</real>');
  assert.equal(
    fixOnly(real, 'vpn/order-not-positive-integer'),
    real.replace('<real>2.0</real>', '<integer>2</integer>'),
  );
  for (const bad of ['<integer>0</integer>', '<integer>-1</integer>', '<string>first</string>']) {
    const d = found(tpWith(`<key>Order</key>\n${bad}`), 'vpn/order-not-positive-integer');
    assert.equal(d.length, 1, bad);
    assert.equal(d[0].d.fixes.length, 0, bad);
  }
  for (const ok of ['<integer>1</integer>', '<integer>12</integer>']) {
    assert.equal(found(tpWith(`<key>Order</key>\n${ok}`), 'vpn/order-not-positive-integer').length, 0, ok);
  }
  assert.equal(found(tpWith(''), 'vpn/order-not-positive-integer').length, 0);
});

test('N37: Order inside elements of a TransparentProxy array is checked too', () => {
  const text = profile(
    payload(
      'com.apple.vpn.managed',
      1,
      `<key>VPNType</key>\n<string>TransparentProxy</string>\n<key>TransparentProxy</key>\n<array>\n<dict>\n<key>Order</key>\n<string>3</string>\n</dict>\n</array>`,
    ),
  );
  assert.equal(found(text, 'vpn/order-not-positive-integer').length, 1);
});

test('N37: hides the generic type mismatch at the same value', () => {
  const text = tpWith('<key>Order</key>\n<string>1</string>');
  assert.ok(codesWithout(text, ['vpn/order-not-positive-integer']).includes('profile/value-type-mismatch'));
  assert.equal(found(text, 'profile/value-type-mismatch').length, 0);
});

const FLAGS = profile(
  payload(
    'com.apple.vpn.managed',
    1,
    `<key>UserDefinedName</key>
<string>Corp</string>
<key>VPNType</key>
<string>IKEv2</string>
<key>IKEv2</key>
<dict>
<key>RemoteAddress</key>
<string>vpn.example.com</string>
<key>OnDemandEnabled</key>
<true/>
<key>DisableMOBIKE</key>
<false />
</dict>
<key>PPP</key>
<dict>
<key>TokenCard</key>
<false/>
</dict>`,
  ),
);

test('N41: <true/>/<false/> on 0/1 integer flags: warning at the whole element, fix to <integer>', () => {
  const d = found(FLAGS, 'vpn/integer-flag-as-boolean');
  assert.deepEqual(
    d.map((x) => x.text),
    ['<true/>', '<false />', '<false/>'],
  );
  assert.ok(d.every((x) => x.d.severity === 'warning' && x.d.fixes[0].preferred));
  for (const style of STYLES) {
    const out = fixAllPreferred(styled(FLAGS, style), { path: 'x.mobileconfig' });
    const expected = FLAGS.replace('<true/>', '<integer>1</integer>')
      .replace('<false />', '<integer>0</integer>')
      .replace('<false/>', '<integer>0</integer>');
    assert.equal(out, styled(expected, style), style.name);
    assert.equal(found(out, 'vpn/integer-flag-as-boolean').length, 0, style.name);
  }
});

test('N41: integer values pass; boolean-typed keys (applayer OnDemandMatchAppEnabled) are not flags', () => {
  assert.equal(
    found(
      FLAGS.replace('<true/>', '<integer>1</integer>').replace(/<false ?\/>/g, '<integer>0</integer>'),
      'vpn/integer-flag-as-boolean',
    ).length,
    0,
  );
  const applayer = profile(
    payload(
      'com.apple.vpn.managed.applayer',
      1,
      `<key>UserDefinedName</key>\n<string>Per-app</string>\n<key>VPNType</key>\n<string>IKEv2</string>\n<key>VPNUUID</key>\n<string>D2773557-B535-414F-968A-5447D9C02D52</string>\n<key>OnDemandMatchAppEnabled</key>\n<true />`,
    ),
  );
  assert.equal(found(applayer, 'vpn/integer-flag-as-boolean').length, 0);
  const other = FLAGS.replace('>com.apple.vpn.managed<', '>com.example.custom<');
  assert.equal(found(other, 'vpn/integer-flag-as-boolean').length, 0);
});

test('N41: hides the generic type mismatch (warning) at the same value', () => {
  assert.ok(codesWithout(FLAGS, ['vpn/integer-flag-as-boolean']).includes('profile/value-type-mismatch'));
  assert.equal(found(FLAGS, 'profile/value-type-mismatch').length, 0);
});
