/** info-plist rules with a project model: explicit roles, INFOPLIST_KEY_ values, container-app text, entitlements. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode } from '../../../helpers/lint';
import { loadDocumentFromText } from '../../../../server/src/core/engine/loadDocument';
import { resolveFileContext } from '../../../../server/src/core/context/resolveContext';
import type { ProjectTargetView, ProjectView } from '../../../../server/src/core/project/types';
import { COMPLETE, NE_DICT, infoPlist } from './plist';
import { rule as n11 } from '../../../../server/src/core/rules/info-plist/sysext-usage-description-missing';
import type { Finding } from '../../../../server/src/core/rules/types';
import { applyEdits } from '../../../../server/src/core/text/edits';

const N11 = 'info-plist/sysext-usage-description-missing';
const N20 = 'info-plist/nsextension-incomplete';
const N15 = 'info-plist/package-type-mismatch';
const N12 = 'xfile/sysext-usage-description-only-in-host';

function target(
  name: string,
  role: ProjectTargetView['role'],
  files: { info?: string; ent?: string },
  extra: Record<string, unknown> = {},
): ProjectTargetView {
  const infoPlistDoc = files.info !== undefined ? loadDocumentFromText(`${name}/Info.plist`, files.info) : undefined;
  const entitlements =
    files.ent !== undefined ? loadDocumentFromText(`${name}/${name}.entitlements`, files.ent) : undefined;
  const context = resolveFileContext(infoPlistDoc ?? loadDocumentFromText(`${name}/Info.plist`, infoPlist('')));
  context.role = { value: role, tier: 3, confidence: 'strong', source: 'nelint.json' };
  return { name, role, infoPlist: infoPlistDoc, entitlements, embeds: [], embeddedBy: [], context, ...extra };
}

function project(t: ProjectTargetView, host?: ProjectTargetView): ProjectView {
  if (host) {
    host.embeds.push(t);
    t.embeddedBy.push(host);
  }
  return { configuration: 'Release', target: t, fileRole: 'info-plist', targets: host ? [host, t] : [t], profiles: [] };
}

const ents = (...values: string[]) =>
  infoPlist(
    `<key>com.apple.developer.networking.networkextension</key>\n<array>\n${values.map((v) => `\t<string>${v}</string>`).join('\n')}\n</array>`,
  );

test('N11 with a project model: the container app text is prefilled (not a snippet); N12 wins in the engine', () => {
  const extText = infoPlist(`${COMPLETE}\n${NE_DICT}`);
  const host = target('App', 'app', {
    info: infoPlist('<key>NSSystemExtensionUsageDescription</key>\n<string>Filters &amp; blocks.</string>'),
  });
  const ext = target('Ext', 'system-extension', { info: extText });
  const view = project(ext, host);
  // §1.15 item 6: with the key only in the host, xfile/sysext-usage-description-only-in-host reports instead.
  const engine = lint(extText, { path: 'Ext/Info.plist', project: view });
  assert.deepEqual(onlyCode(engine, N11), []);
  assert.equal(onlyCode(engine, N12).length, 1);
  // The rule itself (e.g. when N12 is not loaded) still prefills the host's text.
  const doc = loadDocumentFromText('Ext/Info.plist', extText);
  const file = resolveFileContext(doc, { project: view });
  const found: Finding[] = [];
  n11.check({ doc, file, project: view, report: (f) => found.push(f) });
  assert.equal(found.length, 1);
  assert.equal(found[0].severity ?? n11.meta.severity, 'error');
  const fix = found[0].fixes![0];
  assert.equal(fix.snippet, undefined);
  assert.ok(
    applyEdits(extText, fix.edits).includes(
      '<key>NSSystemExtensionUsageDescription</key>\n\t<string>Filters &amp; blocks.</string>\n</dict>',
    ),
  );
});

test('N11 with a project model: generateInfoPlist + infoPlistKeys value silences; generated without value is an error', () => {
  const extText = infoPlist(NE_DICT);
  const supplied = target(
    'Ext',
    'system-extension',
    { info: extText },
    {
      generateInfoPlist: true,
      infoPlistKeys: { NSSystemExtensionUsageDescription: 'Why' },
    },
  );
  assert.deepEqual(onlyCode(lint(extText, { path: 'Ext/Info.plist', project: project(supplied) }), N11), []);
  const generated = target('Ext', 'system-extension', { info: extText }, { generateInfoPlist: true });
  const [d] = onlyCode(lint(extText, { path: 'Ext/Info.plist', project: project(generated) }), N11);
  assert.equal(d.severity, 'error');
});

test('N20 with a project model: the inserted NSExtension uses the point implied by the entitlements', () => {
  const text = infoPlist(COMPLETE);
  const ext = target('Tunnel', 'app-extension', { info: text, ent: ents('dns-proxy') });
  const [d] = onlyCode(lint(text, { path: 'Tunnel/Info.plist', project: project(ext) }), N20);
  const fixed = applyFix(text, d);
  assert.ok(fixed.includes('\t\t<string>com.apple.networkextension.dns-proxy</string>'));
  assert.ok(fixed.includes('\t\t<string>$(PRODUCT_MODULE_NAME).${1:DNSProxyProvider}</string>'));
  // the project role also drives N15 (a SYSX literal in an app-extension target)
  const sysx = infoPlist(`${COMPLETE}\n<key>CFBundlePackageType</key>\n<string>SYSX</string>`);
  const ext2 = target('Tunnel', 'app-extension', { info: sysx, ent: ents('content-filter-provider') });
  const diags = lint(sysx, { path: 'Tunnel/Info.plist', project: project(ext2) });
  assert.equal(onlyCode(diags, N15).length, 1);
  // content-filter-provider implies two app-extension points: a choice snippet
  assert.ok(applyFix(sysx, onlyCode(diags, N20)[0]).includes('com.apple.networkextension.${1|packet-tunnel,'));
});
