import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule as n58 } from '../../../../server/src/core/rules/relay/relay-url-missing';
import { rule as n59 } from '../../../../server/src/core/rules/relay/relay-url-invalid';
import { rule as n60 } from '../../../../server/src/core/rules/relay/domain-matched-and-excluded';
import { applyFix, covered, profile, run } from '../requirement/harness';

function relay(...entries: string[]): string {
  return profile(
    ['<dict>', '\t<key>PayloadType</key>', '\t<string>com.apple.relay.managed</string>', ...entries, '</dict>'].join(
      '\n',
    ),
  );
}
const relays = (...dicts: string[][]) =>
  [
    '\t<key>Relays</key>',
    '\t<array>',
    ...dicts.flatMap((d) => ['\t\t<dict>', ...d.map((l) => `\t\t\t${l}`), '\t\t</dict>']),
    '\t</array>',
  ].join('\n');
const url = (key: string, v: string) => [`<key>${key}</key>`, `<string>${v}</string>`];
const list = (key: string, ...items: string[]) =>
  [`\t<key>${key}</key>`, '\t<array>', ...items.map((i) => `\t\t<string>${i}</string>`), '\t</array>'].join('\n');

test('N58 catalog failing example: relay without a URL, reported at its <dict>; snippet fix inserts HTTP3RelayURL', () => {
  const text = relay(relays(['<key>AdditionalHTTPHeaderFields</key>', '<dict/>']));
  const [f, ...rest] = run(n58, text);
  assert.equal(rest.length, 0);
  assert.equal(covered(text, f), '<dict>');
  assert.ok(f.start > text.indexOf('<key>Relays</key>'));
  assert.equal(f.fixes![0].snippet, true);
  assert.equal(
    applyFix(text, f),
    relay(
      relays([
        '<key>AdditionalHTTPHeaderFields</key>',
        '<dict/>',
        '<key>HTTP3RelayURL</key>',
        '<string>https://${1:relay.example}/</string>',
      ]),
    ),
  );
});

test('N58: empty Relays array reported at the key; passing with either or both URLs', () => {
  const text = relay('\t<key>Relays</key>\n\t<array/>');
  const [f] = run(n58, text);
  assert.equal(covered(text, f), '<key>Relays</key>');
  assert.deepEqual(run(n58, relay(relays(url('HTTP3RelayURL', 'https://relay.example.com/')))), []);
  assert.deepEqual(run(n58, relay(relays(url('HTTP2RelayURL', 'https://relay.example.com/')))), []);
  assert.equal(run(n58, relay(relays(url('HTTP2RelayURL', '  ')))).length, 1);
});

test('N58: an empty Relays array gets a snippet fix that adds one relay with HTTP3RelayURL', () => {
  const expected = relay(relays(['<key>HTTP3RelayURL</key>', '<string>https://${1:relay.example}/</string>']));
  for (const empty of ['\t<array/>', '\t<array></array>', '\t<array>\n\t</array>']) {
    const text = relay(`\t<key>Relays</key>\n${empty}`);
    const [f] = run(n58, text);
    assert.equal(f.fixes!.length, 1, empty);
    assert.equal(f.fixes![0].snippet, true);
    assert.equal(applyFix(text, f), expected, empty);
  }
  // Written on one line: the relay is added on that line.
  const oneLine = relay('\t<key>Relays</key>\n\t<array/>').replace(/\n\s*/g, '');
  const [g] = run(n58, oneLine);
  assert.equal(
    applyFix(oneLine, g),
    oneLine.replace(
      '<array/>',
      '<array><dict><key>HTTP3RelayURL</key><string>https://${1:relay.example}/</string></dict></array>',
    ),
  );
  // A comment inside the empty array would be lost: no fix.
  const commented = relay('\t<key>Relays</key>\n\t<array><!-- none yet --></array>');
  assert.deepEqual(run(n58, commented)[0].fixes, []);
});

test('N59 catalog failing example: host without scheme is an error', () => {
  const text = relay(relays(url('HTTP3RelayURL', 'relay.example.com')));
  const [f] = run(n59, text);
  assert.equal(covered(text, f), 'relay.example.com');
  assert.equal(f.severity, undefined);
  assert.equal(run(n59, relay(relays(url('HTTP3RelayURL', 'https:///masque')))).length, 1);
});

test('N59 passing: https URL and RFC 6570 template; build variables skipped', () => {
  for (const v of [
    'https://relay.example.com/',
    'https://relay.example/.well-known/masque/tcp/{target_host}/{target_port}/',
    '$(RELAY_URL)',
  ]) {
    assert.deepEqual(run(n59, relay(relays(url('HTTP3RelayURL', v)))), [], v);
  }
});

test('N59: http is a warning with a preferred https fix; other schemes warn without fix', () => {
  const text = relay(relays(url('HTTP2RelayURL', 'http://relay.example.com/')));
  const [f] = run(n59, text);
  assert.equal(f.severity, 'warning');
  assert.equal(applyFix(text, f), relay(relays(url('HTTP2RelayURL', 'https://relay.example.com/'))));
  const [g] = run(n59, relay(relays(url('HTTP2RelayURL', 'ftp://relay.example.com/'))));
  assert.equal(g.severity, 'warning');
  assert.deepEqual(g.fixes, []);
});

test('N60 catalog example: same domain matched and excluded (case, trailing dot); fix removes the match', () => {
  const text = relay(
    relays(url('HTTP3RelayURL', 'https://r.example/')),
    list('MatchDomains', 'example.com', 'other.org'),
    list('ExcludedDomains', 'Example.COM.'),
  );
  const [f, ...rest] = run(n60, text);
  assert.equal(rest.length, 0);
  assert.equal(covered(text, f), 'example.com');
  assert.ok(f.start < text.indexOf('ExcludedDomains'));
  assert.equal(
    applyFix(text, f),
    relay(
      relays(url('HTTP3RelayURL', 'https://r.example/')),
      list('MatchDomains', 'other.org'),
      list('ExcludedDomains', 'Example.COM.'),
    ),
  );
});

test('N60 passing: parent matched and subdomain excluded; disjoint lists', () => {
  assert.deepEqual(
    run(n60, relay(list('MatchDomains', 'example.com'), list('ExcludedDomains', 'internal.example.com'))),
    [],
  );
  assert.deepEqual(run(n60, relay(list('MatchDomains', 'a.com'), list('ExcludedDomains', 'b.com'))), []);
});
