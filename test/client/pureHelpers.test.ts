// Pure parts of the VS Code client (no vscode import): selectors, rule-docs links, status-bar text,
// directive insertion, restart policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentSelector, DECODED_SCHEME } from '../../client/src/documentSelector';
import { bundledDocPath, codeFromHandlerPath, isRuleCode, ruleDocsUri } from '../../client/src/ruleDocs';
import { directiveInsertOffset, directiveText, statusText, statusTooltip } from '../../client/src/contextLabels';
import { createRestartPolicy } from '../../client/src/serverRestart';

test('the selector covers nelint languages, xml-claimed files by pattern, and decoded documents', () => {
  const sel = documentSelector();
  for (const language of ['entitlements', 'mobileconfig', 'plist']) {
    assert.ok(
      sel.some((f) => f.language === language && f.scheme === 'file'),
      language,
    );
  }
  assert.ok(sel.some((f) => f.pattern === '**/*.entitlements' && !f.language));
  assert.ok(sel.some((f) => f.pattern === '**/*.plist' && !f.language));
  assert.ok(sel.some((f) => f.scheme === DECODED_SCHEME && !f.language && !f.pattern));
});

test('rule docs links round-trip through the URI handler path', () => {
  const uri = ruleDocsUri('vscode', 'entitlements/ne-value-unknown');
  assert.equal(uri, 'vscode://nelint.nelint/rules/entitlements/ne-value-unknown');
  assert.equal(codeFromHandlerPath(new URL(uri).pathname), 'entitlements/ne-value-unknown');
  assert.equal(codeFromHandlerPath('/rules/../../etc/passwd'), undefined);
  assert.equal(bundledDocPath('vpn/subtype-missing'), 'docs/rules/vpn/subtype-missing.md');
  assert.equal(bundledDocPath('../x'), 'docs/rules/README.md');
  assert.equal(bundledDocPath(), 'docs/rules/README.md');
  assert.ok(isRuleCode('plist/duplicate-key'));
  assert.ok(!isRuleCode('N27'));
});

test('status bar text names both values and the tooltip names their sources', () => {
  const ctx = {
    kind: 'entitlements',
    platform: { value: 'macos', source: 'directive' },
    distribution: { value: 'developer-id', source: 'content: -systemextension value', confidence: 'strong' },
    role: { value: 'unknown', source: '' },
  };
  assert.equal(statusText(ctx), '$(shield) macOS · Developer ID');
  const tip = statusTooltip(ctx);
  assert.match(tip, /Platform: macOS — from directive/);
  assert.match(tip, /Distribution: Developer ID — from content: -systemextension value/);
  assert.doesNotMatch(tip, /weak/);
  assert.match(statusTooltip({ ...ctx, distribution: { ...ctx.distribution, confidence: 'weak' } }), /weak/);
});

test('a directive goes after the XML declaration and DOCTYPE, keeping CRLF', () => {
  const text = '<?xml version="1.0"?>\r\n<!DOCTYPE plist PUBLIC "x" "y">\r\n<plist version="1.0">';
  const at = directiveInsertOffset(text);
  const inserted =
    text.slice(0, at.offset) + at.prefix + directiveText({ platform: 'macos' }) + at.suffix + text.slice(at.offset);
  assert.equal(
    inserted,
    '<?xml version="1.0"?>\r\n<!DOCTYPE plist PUBLIC "x" "y">\r\n<!-- nelint: platform=macos -->\r\n<plist version="1.0">',
  );
  const bare = '<plist>\n';
  const b = directiveInsertOffset(bare);
  assert.equal(bare.slice(0, b.offset) + b.prefix + 'D' + b.suffix + bare.slice(b.offset), 'D\n<plist>\n');
});

test('the restart policy backs off and gives up after repeated crashes in the window', () => {
  const policy = createRestartPolicy(3, 60_000);
  assert.deepEqual(
    [policy.onClosed(0), policy.onClosed(1), policy.onClosed(2), policy.onClosed(3)],
    [0, 500, 1000, undefined],
  );
  assert.equal(policy.onClosed(70_000), 0); // the window slid past the old crashes
});

test('package.json contributes every client command, language and grammar the client relies on', async () => {
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { Commands } = await import('../../server/src/lsp/protocol');
  const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
  const commands = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
  for (const id of [...Object.values(Commands), 'nelint.restartServer', 'nelint.showOutput']) {
    assert.ok(commands.has(id), id);
  }
  const languages = new Set(pkg.contributes.languages.map((l: { id: string }) => l.id));
  const grammars = new Set(pkg.contributes.grammars.map((g: { language: string }) => g.language));
  for (const id of ['entitlements', 'mobileconfig', 'plist']) {
    assert.ok(languages.has(id) && grammars.has(id), id);
    assert.ok(pkg.activationEvents.includes(`onLanguage:${id}`), id);
  }
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  const views = pkg.contributes.customEditors.map((e: { viewType: string }) => e.viewType);
  assert.deepEqual(views.sort(), ['nelint.decodedView', 'nelint.decodedViewOnRequest']);
});
