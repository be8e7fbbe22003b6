import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../helpers/lspClient';

const TEXT = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>com.apple.developer.networking.networkextension</key>
	<array>
		<string>app-proxy-provider-systemextension</string>
		<string>content-filter-provider</string>
	</array>
</dict>
</plist>
`;

let client: LspTestClient;
let uri: string;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nelint-lsp-'));
  uri = pathToFileURL(join(dir, 'App.entitlements')).href;
  client = new LspTestClient();
  const init = (await client.initialize(dir)) as { capabilities: Record<string, unknown> };
  assert.ok(init.capabilities.hoverProvider);
  assert.ok(init.capabilities.codeActionProvider);
});

after(async () => {
  await client.dispose();
});

test('didOpen publishes diagnostics with code, codeDescription and source', async () => {
  const pub = await client.open(uri, TEXT, 'entitlements');
  const d = pub.diagnostics.find((x) => x.code === 'entitlements/ne-devid-requires-systemextension-suffix') as
    ((typeof pub.diagnostics)[number] & { source: string; codeDescription: { href: string } }) | undefined;
  assert.ok(d, JSON.stringify(pub.diagnostics));
  assert.equal(d.source, 'nelint');
  assert.deepEqual(d.range, { start: { line: 6, character: 10 }, end: { line: 6, character: 33 } });
  assert.match(d.codeDescription.href, /entitlements\/ne-devid-requires-systemextension-suffix/);
});

test('a quick fix from the server edits exactly the value', async () => {
  const pub = client.published.get(uri)!;
  const diag = pub.diagnostics.find((x) => x.code === 'entitlements/ne-devid-requires-systemextension-suffix')!;
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diag.range,
    context: { diagnostics: [diag], only: ['quickfix'] },
  })) as {
    title: string;
    isPreferred?: boolean;
    edit?: { changes: Record<string, { range: unknown; newText: string }[]> };
  }[];
  const preferred = actions.find((a) => a.isPreferred);
  assert.ok(preferred, JSON.stringify(actions));
  assert.deepEqual(preferred.edit!.changes[uri], [
    { range: diag.range, newText: 'content-filter-provider-systemextension' },
  ]);
});

test('didChange re-publishes for the new version; the fixed text is clean', async () => {
  const fixed = TEXT.replace(
    '<string>content-filter-provider</string>',
    '<string>content-filter-provider-systemextension</string>',
  );
  const pub = await client.change(uri, fixed, 2);
  assert.equal(pub.version, 2);
  assert.deepEqual(
    pub.diagnostics.filter((d) => d.severity <= 2),
    [],
  );
});

test('hover answers on a key; an unknown request position answers null, never an error', async () => {
  const hover = (await client.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line: 3, character: 12 },
  })) as { contents: { value: string } } | null;
  assert.ok(hover && hover.contents.value.length > 0);
  const none = await client.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line: 0, character: 0 },
  });
  assert.ok(none === null || typeof none === 'object');
});

test('custom requests: explain and file context', async () => {
  const ex = (await client.connection.sendRequest('nelint/explain', {
    text: 'Missing entitlement com.apple.developer.system-extension.install',
  })) as { codes: string[] };
  assert.ok(ex.codes.includes('xfile/host-missing-system-extension-install'));
  const ctx = (await client.connection.sendRequest('nelint/fileContext', { uri })) as {
    kind: string;
    platform: { value: string };
  };
  assert.equal(ctx.kind, 'entitlements');
  assert.equal(ctx.platform.value, 'macos');
});

test('malformed input never kills the server', async () => {
  const bad = pathToFileURL(join(tmpdir(), 'Bad.entitlements')).href;
  const pub = await client.open(bad, '<plist><dict><key>a</key><string>&bogus; <<<', 'entitlements');
  assert.ok(pub.diagnostics.some((d) => d.code === 'plist/xml-not-well-formed'));
  const again = await client.change(uri, TEXT, 3);
  assert.ok(again.diagnostics.length > 0);
});

test('hover quotes the forums with attribution; completion offers root keys with typed values', async () => {
  const fresh = pathToFileURL(join(tmpdir(), `Hover-${process.pid}.entitlements`)).href;
  const text = TEXT.replace('</array>\n</dict>', '</array>\n\t\n</dict>');
  await client.open(fresh, text, 'entitlements');
  const hover = (await client.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: fresh },
    position: { line: 3, character: 20 },
  })) as { contents: { value: string } };
  assert.match(hover.contents.value, /Apple DTS/);
  assert.match(hover.contents.value, /«[^»]+»/);
  const items = (await client.connection.sendRequest('textDocument/completion', {
    textDocument: { uri: fresh },
    position: { line: 8, character: 1 },
  })) as
    | { label: string; textEdit?: { newText: string } }[]
    | { items: { label: string; textEdit?: { newText: string } }[] };
  const list = Array.isArray(items) ? items : items.items;
  const install = list.find((i) => i.label === 'com.apple.developer.system-extension.install');
  assert.ok(install, list.map((i) => i.label).join(', '));
  assert.match(
    install.textEdit!.newText,
    /<key>com\.apple\.developer\.system-extension\.install<\/key>[\s\S]*<true\s*\/>/,
  );
});
