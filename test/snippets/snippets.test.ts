// The shipped snippets: every Network Extension provider is covered, Swift snippets carry the documented
// override signatures, and every plist snippet, expanded with its defaults, passes nelint itself with no
// error or warning (in the context it is written for).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expandSnippet } from './expandSnippet';
import { loadDocumentFromText } from '../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../server/src/core/engine/validate';

const repo = path.resolve(__dirname, '../..');
type Snippets = Record<string, { prefix: string | string[]; body: string[]; description: string }>;
// `.code-snippets` files are JSON with comments/trailing commas (prettier keeps trailing commas there).
const load = (name: string): Snippets =>
  JSON.parse(readFileSync(path.join(repo, 'snippets', name), 'utf8').replace(/,(\s*[\]}])/g, '$1'));

test('package.json registers every snippet file for its language', () => {
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const registered = new Set(pkg.contributes.snippets.map((s: { path: string }) => s.path.replace('./snippets/', '')));
  for (const f of [
    'swift.code-snippets',
    'info-plist.code-snippets',
    'entitlements.code-snippets',
    'mobileconfig.code-snippets',
  ]) {
    assert.ok(registered.has(f), f);
    assert.ok(Object.keys(load(f)).length > 0, f);
  }
});

test('Swift snippets cover every provider with its override signatures', () => {
  const swift = Object.values(load('swift.code-snippets')).map((s) => expandSnippet(s.body));
  const find = (cls: string) => swift.find((b) => b.includes(`: ${cls} {`)) ?? assert.fail(`no snippet for ${cls}`);
  const expect: Record<string, string[]> = {
    NEPacketTunnelProvider: [
      'override func startTunnel(options: [String : NSObject]?, completionHandler: @escaping (Error?) -> Void)',
      'override func stopTunnel(with reason: NEProviderStopReason, completionHandler: @escaping () -> Void)',
    ],
    NEAppProxyProvider: [
      'override func startProxy(options: [String : Any]? = nil, completionHandler: @escaping (Error?) -> Void)',
      'override func stopProxy(with reason: NEProviderStopReason, completionHandler: @escaping () -> Void)',
      'override func handleNewFlow(_ flow: NEAppProxyFlow) -> Bool',
    ],
    NETransparentProxyProvider: [
      'NETransparentProxyNetworkSettings(',
      'override func handleNewFlow(_ flow: NEAppProxyFlow) -> Bool',
    ],
    NEFilterDataProvider: [
      'override func startFilter(completionHandler: @escaping (Error?) -> Void)',
      'override func handleNewFlow(_ flow: NEFilterFlow) -> NEFilterNewFlowVerdict',
      'readBytesStartOffset offset: Int, readBytes: Data) -> NEFilterDataVerdict',
    ],
    NEFilterPacketProvider: ['packetHandler = { context, interface, direction, packetBytes, packetLength in'],
    NEFilterControlProvider: ['completionHandler: @escaping (NEFilterControlVerdict) -> Void)'],
    NEDNSProxyProvider: ['override func handleNewFlow(_ flow: NEAppProxyFlow) -> Bool'],
    NEAppPushProvider: ['override func start()', 'override func handleTimerEvent()'],
  };
  for (const [cls, lines] of Object.entries(expect)) {
    const body = find(cls);
    for (const line of lines) assert.ok(body.includes(line), `${cls}: ${line}`);
    // Every start/stop path calls its completion handler.
    assert.ok(/completionHandler\(/.test(body) || cls === 'NEAppPushProvider', cls);
  }
  const main = swift.find((b) => b.includes('startSystemExtensionMode')) ?? assert.fail('no main.swift');
  assert.ok(main.indexOf('NEProvider.startSystemExtensionMode()') < main.indexOf('dispatchMain()'));
  assert.ok(swift.some((b) => b.includes('OSSystemExtensionRequest.activationRequest(forExtensionWithIdentifier:')));
  assert.ok(swift.some((b) => b.includes('NSXPCListener(machServiceName:') && b.includes('NEMachServiceName')));
});

function lint(fileName: string, text: string) {
  const doc = loadDocumentFromText(path.join('/snippet-test', fileName), text);
  return validateDocument(doc).filter((d) => d.severity === 'error' || d.severity === 'warning');
}

const wrap = (directive: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n${directive}\n<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;

test('entitlements snippets pass nelint in the distribution they are written for', () => {
  const contexts: Record<string, string> = {
    'ne-entitlements-sysext-developer-id': 'platform=macos distribution=developer-id',
    'ne-entitlements-host-developer-id': 'platform=macos distribution=developer-id',
    'ne-entitlements-macos-app-store': 'platform=macos distribution=app-store',
    'ne-entitlements-ios': 'platform=ios distribution=app-store',
  };
  for (const s of Object.values(load('entitlements.code-snippets'))) {
    const prefix = [s.prefix].flat()[0];
    assert.ok(contexts[prefix], prefix);
    const text = wrap(`<!-- nelint: ${contexts[prefix]} -->`, expandSnippet(s.body));
    assert.deepEqual(
      lint('Snippet.entitlements', text).map((d) => d.code),
      [],
      `${prefix}\n${text}`,
    );
  }
});

test('the Developer ID snippet in an App Store context is reported (the lint check is live)', () => {
  const s = Object.values(load('entitlements.code-snippets')).find(
    (x) => [x.prefix].flat()[0] === 'ne-entitlements-sysext-developer-id',
  );
  assert.ok(s);
  const text = wrap('<!-- nelint: platform=macos distribution=app-store -->', expandSnippet(s.body));
  assert.ok(
    lint('Snippet.entitlements', text).some((d) => d.code === 'entitlements/ne-systemextension-suffix-outside-devid'),
  );
});

test('Info.plist snippets pass nelint', () => {
  for (const s of Object.values(load('info-plist.code-snippets'))) {
    const text = wrap('', expandSnippet(s.body));
    assert.deepEqual(
      lint('Info.plist', text).map((d) => d.code),
      [],
      text,
    );
  }
});

test('profile payload snippets inside the profile snippet pass nelint on macOS', () => {
  const snippets = Object.values(load('mobileconfig.code-snippets'));
  const envelope = snippets.find((s) => [s.prefix].flat()[0] === 'ne-profile') ?? assert.fail('no envelope');
  for (const s of snippets) {
    if (s === envelope) continue;
    const text = expandSnippet(envelope.body.map((l) => (l.trim() === '$0' ? s.body.join('\n') : l))).replace(
      '<plist version="1.0">',
      '<!-- nelint: platform=macos -->\n<plist version="1.0">',
    );
    // The Team ID tab stop defaults to a placeholder on purpose: nelint flags it until the user types theirs.
    const flagged = new Set(lint('Snippet.mobileconfig', text).map((d) => d.code));
    if (text.includes('ABCDE12345')) {
      assert.ok(flagged.has('requirement/placeholder-team-id') || flagged.has('sysext-policy/team-id-format'), text);
    }
    const problems = lint('Snippet.mobileconfig', text.replaceAll('ABCDE12345', 'Q7XK4M2PLZ'));
    assert.deepEqual(
      problems.map((d) => `${d.code} ${d.message}`),
      [],
      text,
    );
  }
});
