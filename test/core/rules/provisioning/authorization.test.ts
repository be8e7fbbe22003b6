/** Catalog N23, N24, N25 and the multi-context rule (§1.7) with generated provisioning profiles. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureProject, only, applyOwn } from '../../../helpers/project';
import { makeSignedPlist, provisioningProfileXml } from '../../../helpers/fixtures';
import { rangeText, lint } from '../../../helpers/lint';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';

const lines = (l: string[]) => l.map((x) => `\t\t${x}`).join('\n');

function profile(opts: { team?: string; expiration?: string; extra?: string[]; ne?: string[] }) {
  const team = opts.team ?? 'Q7XK3M9ZP2';
  return makeSignedPlist(
    provisioningProfileXml({
      team,
      name: 'FilterApp Profile',
      expiration: opts.expiration,
      entitlements: lines([
        '<key>com.apple.application-identifier</key>',
        `<string>${team}.com.example.filter</string>`,
        '<key>com.apple.developer.networking.networkextension</key>',
        '<array>',
        ...(opts.ne ?? ['content-filter-provider']).map((v) => `\t<string>${v}</string>`),
        '</array>',
        ...(opts.extra ?? []),
      ]),
    }),
  );
}

const devFilter = (p: Uint8Array) =>
  fixtureProject('devid-filter', {
    'profiles/FilterApp_DevID.provisionprofile': p,
    'profiles/FilterExtension_DevID.provisionprofile': makeSignedPlist(provisioningProfileXml({ team: 'Q7XK3M9ZP2' })),
  });

test('N23: NE value the profile does not authorize in either form; a boolean the profile lacks is not checked when absent', () => {
  const p = devFilter(profile({ ne: ['dns-proxy-systemextension'] }));
  const text = p.text('App/App.entitlements');
  const [d] = only(p.lint('App/App.entitlements'), 'provisioning/entitlement-not-authorized');
  assert.ok(d);
  assert.equal(rangeText(text, d), 'content-filter-provider');
  assert.equal(d.fixes[0].preferred, undefined);
  assert.doesNotMatch(applyOwn(text, d), /content-filter-provider/);
  // Command: the profile's decoded view (the catalog's "Show profile entitlements"), no edit.
  assert.deepEqual(
    d.fixes.slice(1).map((f) => [f.edits.length, f.command?.id]),
    [[0, 'nelint.showDecodedContent']],
  );
  assert.match(String(d.fixes[1].command?.arguments?.[0]), /FilterApp_DevID\.provisionprofile$/);
});

test('N23 is silent for authorized values and for team-prefixed app groups on macOS', () => {
  const p = devFilter(profile({}));
  assert.equal(only(p.lint('App/App.entitlements'), 'provisioning/entitlement-not-authorized').length, 0);
});

test('N24: app group carries another Team ID than the profile; fixes: profile team, $(TeamIdentifierPrefix)', () => {
  const p = devFilter(profile({ team: 'JHQJS8VH7W', ne: ['content-filter-provider'] }));
  const text = p.text('App/App.entitlements');
  const [d] = only(p.lint('App/App.entitlements'), 'provisioning/team-mismatch');
  assert.ok(d);
  assert.equal(rangeText(text, d), 'Q7XK3M9ZP2.com.example.filter');
  assert.match(applyOwn(text, d, 0), /<string>JHQJS8VH7W\.com\.example\.filter<\/string>/);
  assert.match(applyOwn(text, d, 1), /<string>\$\(TeamIdentifierPrefix\)com\.example\.filter<\/string>/);
});

test('N25: expired profile → error on the entitlements root dict; expiring within 30 days → info', () => {
  const expired = devFilter(profile({ expiration: '2026-05-01T00:00:00Z' }));
  const [e] = only(expired.lint('App/App.entitlements'), 'provisioning/profile-expired');
  assert.ok(e);
  assert.equal(e.severity, 'error');
  assert.equal(rangeText(expired.text('App/App.entitlements'), e), '<dict>');
  const soon = devFilter(profile({ expiration: '2026-06-20T00:00:00Z' }));
  assert.equal(only(soon.lint('App/App.entitlements'), 'provisioning/profile-expired')[0]?.severity, 'info');
  const fine = devFilter(profile({}));
  assert.equal(only(fine.lint('App/App.entitlements'), 'provisioning/profile-expired').length, 0);
});

test('N25 on the decoded profile itself, without a project model', () => {
  const bytes = makeSignedPlist(provisioningProfileXml({ expiration: '2024-01-01T00:00:00Z' }));
  const doc = loadDocumentFromBytes('Old.provisionprofile', bytes);
  const diags = only(validateDocument(doc, { now: new Date('2025-06-01T00:00:00Z') }), 'provisioning/profile-expired');
  assert.equal(diags.length, 1);
  assert.equal(rangeText(doc.text, diags[0]), '2024-01-01T00:00:00Z');
  assert.equal(diags[0].fixes.length, 0);
});

test('multi-context (§1.7): an entitlements file shared by two targets is reported only where every use agrees', () => {
  const p = fixtureProject('family');
  // Tunnel.entitlements is used once; App.entitlements once. Lint the same text as an unrelated file: nothing.
  assert.equal(lint(p.text('Tunnel.entitlements'), { path: '/elsewhere/Tunnel.entitlements' }).length, 0);
});
