/* global setTimeout, TextDecoder, TextEncoder, exports */
// nelint's extension-host tests. VS Code require()s this module and awaits run(); a throw = exit code 1.
// Runs the same under code-server (test/e2e/exthost.js) and @vscode/test-electron (test/e2e/runTest.js).
// The workspace is a copy of examples/ plus decoded/ (a binary plist and a CMS-signed provisioning profile).
// Assertions are about behaviour (codes, edits, scopes), never message wording.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const log = (...a) => console.log('[nelint-e2e]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function poll(what, fn, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const ws = () => vscode.workspace.workspaceFolders[0].uri;
const file = (rel) => vscode.Uri.joinPath(ws(), ...rel.split('/'));
const codeOf = (d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const nelintDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nelint');

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(file(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function hoverText(hovers) {
  return (hovers || [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Applies the TextEdits of `edit` for `uri` to `text` (what the document must look like afterwards). */
function applyEditsToText(text, doc, edit) {
  const edits = edit
    .get(doc.uri)
    .map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  for (const e of edits) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

let api;

test('the extension activates and exposes its client', async () => {
  const ext = vscode.extensions.getExtension('nelint.nelint');
  assert.ok(ext, 'extension nelint.nelint is installed');
  api = await ext.activate();
  await poll('the language client to run', () => api.client() && api.client().isRunning());
});

test('language ids: entitlements, plist (Info.plist), mobileconfig', async () => {
  assert.equal((await open('ShieldProxy/ProxyExtension/ProxyExtension.entitlements')).languageId, 'entitlements');
  assert.equal((await open('ShieldProxy/ProxyExtension/Info.plist')).languageId, 'plist');
  assert.equal((await open('profiles/ShieldProxy.mobileconfig')).languageId, 'mobileconfig');
});

test('every contributed command is registered', async () => {
  const pkg = vscode.extensions.getExtension('nelint.nelint').packageJSON;
  const all = new Set(await vscode.commands.getCommands(true));
  for (const c of pkg.contributes.commands) assert.ok(all.has(c.command), c.command);
});

test('a file another extension claimed as xml is still linted (pattern selector)', async () => {
  let doc = await open('ShieldProxy/ProxyExtension/ProxyExtension.entitlements');
  doc = await vscode.languages.setTextDocumentLanguage(doc, 'xml');
  assert.equal(doc.languageId, 'xml');
  // Change the text so fresh diagnostics must come from the server for the xml-language document.
  const edit = new vscode.WorkspaceEdit();
  edit.insert(
    doc.uri,
    doc.positionAt(doc.getText().indexOf('</dict>')),
    '\t<key>com.apple.developer.networking.networkextension</key>\n\t<true/>\n',
  );
  await vscode.workspace.applyEdit(edit);
  await poll('diagnostics on the xml document after the edit', () =>
    nelintDiagnostics(doc.uri).some((d) => d.range.start.line >= 19),
  );
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.languages.setTextDocumentLanguage(doc, 'entitlements');
});

test('diagnostics appear for the examples, linked to the bundled rule docs', async () => {
  const files = ['ShieldProxy/ProxyExtension/ProxyExtension.entitlements', 'profiles/ShieldProxy.mobileconfig'];
  for (const rel of files) {
    await open(rel);
    const diags = await poll(`nelint diagnostics in ${rel}`, () => {
      const d = nelintDiagnostics(file(rel));
      return d.length ? d : undefined;
    });
    log(`${rel}: ${diags.map((d) => `${codeOf(d)}@${d.range.start.line + 1}`).join(', ')}`);
    for (const d of diags) {
      assert.match(codeOf(d), /^[a-z0-9-]+\/[a-z0-9-]+$/);
      assert.equal(d.code.target.authority, 'nelint.nelint');
      assert.equal(d.code.target.path, `/rules/${codeOf(d)}`);
    }
  }
});

test('hover on a finding shows an attributed forum quote', async () => {
  const rels = [
    'ShieldProxy/ProxyExtension/ProxyExtension.entitlements',
    'profiles/ShieldProxy.mobileconfig',
    'ShieldProxy/App/App.entitlements',
  ];
  for (const rel of rels) {
    const doc = await open(rel);
    for (const d of nelintDiagnostics(doc.uri)) {
      const text = hoverText(
        await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, d.range.start),
      );
      if (/Apple DTS|reported by a developer/.test(text) && text.includes('>')) {
        log(`hover at ${rel}:${d.range.start.line + 1}: ${text.slice(0, 160).replace(/\n/g, ' ')}`);
        return;
      }
    }
  }
  assert.fail('no hover with an attributed quote on any finding');
});

test('completion offers context keys in an entitlements dict', async () => {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>com.apple.developer.net</key>\n</dict>\n</plist>\n';
  const doc = await vscode.workspace.openTextDocument({ language: 'entitlements', content });
  await vscode.window.showTextDocument(doc);
  const list = await vscode.commands.executeCommand(
    'vscode.executeCompletionItemProvider',
    doc.uri,
    new vscode.Position(3, 25),
  );
  const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  assert.ok(
    labels.some((l) => l.includes('com.apple.developer.networking.networkextension')),
    `completion labels: ${labels.slice(0, 30).join(', ')}`,
  );
});

test('applying a quick fix changes the document exactly as its edit says', async () => {
  const rel = 'ShieldProxy/ProxyExtension/ProxyExtension.entitlements';
  const doc = await open(rel);
  await poll('diagnostics', () => nelintDiagnostics(doc.uri).length > 0);
  for (const d of nelintDiagnostics(doc.uri)) {
    const actions = await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = (actions || []).find(
      (a) =>
        a.edit && a.edit.get(doc.uri).length && (!a.diagnostics || a.diagnostics.some((x) => codeOf(x) === codeOf(d))),
    );
    if (!fix) continue;
    const before = doc.getText();
    const expected = applyEditsToText(before, doc, fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), expected);
    assert.notEqual(doc.getText(), before);
    log(`applied "${fix.title}" for ${codeOf(d)}`);
    await poll(
      `${codeOf(d)} gone or moved after the fix`,
      () => !nelintDiagnostics(doc.uri).some((x) => codeOf(x) === codeOf(d) && x.range.isEqual(d.range)),
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
    return;
  }
  assert.fail('no quick fix with an edit on any finding');
});

test('Fix All applies the preferred fix-all fixes', async () => {
  const rel = 'ShieldProxy/ProxyExtension/ProxyExtension.entitlements';
  const doc = await open(rel);
  await poll('diagnostics', () => nelintDiagnostics(doc.uri).length > 0);
  const before = doc.getText();
  const applied = await vscode.commands.executeCommand('nelint.fixAll', doc.uri);
  log(`fix all applied ${applied} action(s)`);
  assert.ok(applied >= 1);
  assert.notEqual(doc.getText(), before);
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('snippets are registered (Swift providers and plist payloads)', async () => {
  // Real files, not untitled documents: untitled documents created from the extension host can be numbered
  // differently in the workbench, and completion then answers for another document.
  const snippetLabels = async (name) => {
    const uri = file(`snippet-probe/${name}`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('ne-'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      uri,
      new vscode.Position(0, 3),
    );
    return list.items
      .filter((i) => i.kind === vscode.CompletionItemKind.Snippet)
      .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  };
  const swift = await snippetLabels('Probe.swift');
  for (const p of [
    'ne-packet-tunnel',
    'ne-transparent-proxy',
    'ne-filter-data',
    'ne-sysext-main',
    'ne-sysext-activate',
    'ne-xpc-listener',
  ]) {
    assert.ok(swift.includes(p), `swift snippet ${p} in ${swift.join(', ')}`);
  }
  const profile = await snippetLabels('Probe.mobileconfig');
  assert.ok(profile.includes('ne-payload-transparent-proxy'), profile.join(', '));
  assert.ok(
    !profile.includes('ne-entitlements-ios'),
    `entitlements snippets leak into profiles: ${profile.join(', ')}`,
  );
  const entitlements = await snippetLabels('Probe.entitlements');
  assert.ok(entitlements.includes('ne-entitlements-sysext-developer-id'), entitlements.join(', '));
  const info = await snippetLabels('Info.plist');
  assert.ok(info.includes('ne-networkextension'), info.join(', '));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('decoded views: a binary plist and a CMS-signed provisioning profile open as read-only XML', async () => {
  await vscode.commands.executeCommand('vscode.openWith', file('decoded/Binary.plist'), 'nelint.decodedViewOnRequest');
  await poll('the decoded plist editor (Open With)', () => {
    const e = vscode.window.activeTextEditor;
    return e && e.document.uri.scheme === 'nelint-decoded' && e.document.uri.path.endsWith('Binary.plist');
  });
  const editor = await vscode.commands.executeCommand('nelint.showDecodedContent', file('decoded/Binary.plist'));
  assert.equal(editor.document.uri.scheme, 'nelint-decoded');
  assert.match(editor.document.getText(), /<key>NEMachServiceName<\/key>/);
  assert.equal(editor.document.languageId, 'plist');

  await vscode.commands.executeCommand(
    'vscode.openWith',
    file('decoded/embedded.provisionprofile'),
    'nelint.decodedView',
  );
  const decoded = await poll('the decoded profile editor', () => {
    const e = vscode.window.activeTextEditor;
    return e && e.document.uri.scheme === 'nelint-decoded' && e.document.uri.path.endsWith('embedded.provisionprofile')
      ? e
      : undefined;
  });
  assert.match(decoded.document.getText(), /<key>ProvisionsAllDevices<\/key>/);
  // Read-only: the edit is refused.
  const ok = await decoded.edit((b) => b.insert(new vscode.Position(0, 0), 'x')).catch(() => false);
  assert.ok(!ok || !decoded.document.getText().startsWith('x'));
});

test('the status bar shows the file context from nelint.json', async () => {
  await open('ShieldProxy/ProxyExtension/ProxyExtension.entitlements');
  const ctx = await poll('status bar context', async () => {
    await api.statusBar.update();
    return api.statusBar.current;
  });
  log(`context: ${JSON.stringify(ctx)}`);
  assert.equal(ctx.platform.value, 'macos');
  assert.equal(ctx.distribution.value, 'developer-id');
});

test('rule documentation opens the bundled page for a code', async () => {
  const uri = await vscode.commands.executeCommand(
    'nelint.showRuleDocumentation',
    'entitlements/ne-devid-requires-systemextension-suffix',
  );
  assert.ok(uri, 'a bundled page was opened');
  assert.ok(uri.path.endsWith('docs/rules/entitlements/ne-devid-requires-systemextension-suffix.md'));
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  assert.match(text, /entitlements\/ne-devid-requires-systemextension-suffix/);
});

test('Explain Error maps an Xcode message to rules', async () => {
  const message =
    'Provisioning profile "FilterContentExtension-prod-profile" doesn\u2019t match the entitlements file\u2019s value for the com.apple.developer.networking.networkextension entitlement.';
  const result = await vscode.commands.executeCommand('nelint.explainError', message);
  assert.ok(result.codes.includes('entitlements/ne-devid-requires-systemextension-suffix'), result.codes.join(', '));
  await poll('the markdown preview', () => vscode.window.tabGroups.activeTabGroup.activeTab?.label.includes('Preview'));
});

test('the server is restarted after it dies', async () => {
  const client = api.client();
  const firstInit = client.initializeResult;
  await client.sendNotification('exit'); // the server process exits without a shutdown request: a crash
  await poll('a new server session', () => client.initializeResult && client.initializeResult !== firstInit, 30000);
  const doc = await open('ShieldProxy/App/App.entitlements');
  const ctx = await client.sendRequest('nelint/fileContext', { uri: doc.uri.toString() });
  assert.equal(ctx.kind, 'entitlements');
});

exports.run = async function run() {
  let passed = 0;
  const failures = [];
  // E2E_GREP (inherited from code-server's environment) runs only the matching tests, plus activation.
  const grep = process.env.E2E_GREP;
  for (const t of tests) {
    if (grep && t !== tests[0] && !new RegExp(grep).test(t.name)) continue;
    const t0 = Date.now();
    try {
      await t.fn();
      passed++;
      log(`PASS ${t.name} (${Date.now() - t0}ms)`);
    } catch (e) {
      failures.push(t.name);
      log(`FAIL ${t.name}: ${e && e.stack ? e.stack.split('\n').slice(0, 4).join(' | ') : e}`);
    }
  }
  log(`${passed} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`failed: ${failures.join('; ')}`);
};
