import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { COMPLETE, infoPlist } from './plist';

const N17 = 'info-plist/networkextension-dict-malformed';
const P = { path: 'Info.plist' };

function ne(inner: string): string {
  return ['<key>NetworkExtension</key>', '<dict>', ...inner.split('\n').map((l) => `\t${l}`), '</dict>'].join('\n');
}

test('N17: no NEProviderClasses is an error at the NetworkExtension key with a snippet fix', () => {
  const text = infoPlist(
    ne('<key>NEMachServiceName</key>\n<string>$(TeamIdentifierPrefix)com.example.app.xpc</string>'),
  );
  const [d, ...rest] = onlyCode(lint(text, P), N17);
  assert.equal(rest.length, 0);
  assert.equal(rangeText(text, d), '<key>NetworkExtension</key>');
  const fix = d.fixes[0];
  assert.equal(fix.preferred, true);
  assert.equal(fix.snippet, true);
  assert.ok(
    applyFix(text, d).includes(
      [
        '\t\t<string>$(TeamIdentifierPrefix)com.example.app.xpc</string>',
        '\t\t<key>NEProviderClasses</key>',
        '\t\t<dict>',
        '\t\t\t<key>com.apple.networkextension.${1|packet-tunnel,app-proxy,filter-data,filter-packet,dns-proxy|}</key>',
        '\t\t\t<string>$(PRODUCT_MODULE_NAME).${2:Provider}</string>',
        '\t\t</dict>',
        '\t</dict>',
      ].join('\n'),
    ),
  );
});

test('N17: passing example (provider class added)', () => {
  const text = infoPlist(
    ne(
      '<key>NEMachServiceName</key>\n<string>$(TeamIdentifierPrefix)com.example.app.xpc</string>\n<key>NEProviderClasses</key>\n<dict>\n\t<key>com.apple.networkextension.filter-data</key>\n\t<string>$(PRODUCT_MODULE_NAME).FilterDataProvider</string>\n</dict>',
    ),
  );
  assert.deepEqual(onlyCode(lint(text, P), N17), []);
});

test('N17: NetworkExtension not a dict; NEProviderClasses not a dict / empty; empty class; bad NEMachServiceName', () => {
  let text = infoPlist('<key>NetworkExtension</key>\n<string>x</string>');
  assert.equal(rangeText(text, onlyCode(lint(text, P), N17)[0]), 'x');

  text = infoPlist(ne('<key>NEProviderClasses</key>\n<array/>'));
  assert.equal(rangeText(text, onlyCode(lint(text, P), N17)[0]), '<array/>');

  text = infoPlist(ne('<key>NEProviderClasses</key>\n<dict>\n</dict>'));
  const [empty] = onlyCode(lint(text, P), N17);
  assert.equal(rangeText(text, empty), '<key>NEProviderClasses</key>');
  assert.ok(
    applyFix(text, empty).includes(
      '<dict>\n\t\t\t<key>com.apple.networkextension.${1|packet-tunnel,app-proxy,filter-data,filter-packet,dns-proxy|}</key>\n\t\t\t<string>$(PRODUCT_MODULE_NAME).${2:Provider}</string>\n\t\t</dict>',
    ),
  );

  text = infoPlist(
    ne(
      '<key>NEProviderClasses</key>\n<dict>\n\t<key>com.apple.networkextension.dns-proxy</key>\n\t<string> </string>\n</dict>\n<key>NEMachServiceName</key>\n<integer>1</integer>',
    ),
  );
  const ranges = onlyCode(lint(text, P), N17).map((d) => rangeText(text, d));
  assert.deepEqual(ranges, [' ', '1']);
});

test('N17: silent on custom keys, missing NEMachServiceName, bare class names, several providers, variables', () => {
  const text = infoPlist(
    `${COMPLETE}\n` +
      ne(
        '<key>MAIN_BUNDLE_IDENTIFIER</key>\n<string>$(MAIN_BUNDLE_IDENTIFIER)</string>\n<key>NEProviderClasses</key>\n<dict>\n\t<key>com.apple.networkextension.packet-tunnel</key>\n\t<string>PacketTunnelProvider</string>\n\t<key>com.apple.networkextension.dns-proxy</key>\n\t<string>$(DNS_CLASS)</string>\n</dict>',
      ),
  );
  assert.deepEqual(onlyCode(lint(text, P), N17), []);
});
