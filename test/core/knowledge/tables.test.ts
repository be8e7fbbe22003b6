import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  KNOWN,
  SUFFIXABLE,
  SUFFIXED,
  baseOf,
  neValue,
  platformRestriction,
  suffixedOf,
} from '../../../server/src/core/knowledge/neValues';
import { extensionPoint, SYSTEM_EXTENSION_POINTS } from '../../../server/src/core/knowledge/extensionPoints';
import { isPlaceholderTeamId, isTeamId } from '../../../server/src/core/knowledge/teamIds';
import { isTopLevelOnlyInfoPlistKey } from '../../../server/src/core/knowledge/infoPlistKeys';
import { isUuid } from '../../../server/src/core/knowledge/formats';
import { entitlementKey, ENTITLEMENT_KEYS } from '../../../server/src/core/knowledge/entitlementKeys';
import { getQuote } from '../../../server/src/core/knowledge/quotes';

test('T1: exactly four suffixable values, mapped both ways', () => {
  assert.deepEqual([...SUFFIXABLE].sort(), [
    'app-proxy-provider',
    'content-filter-provider',
    'dns-proxy',
    'packet-tunnel-provider',
  ]);
  assert.equal(SUFFIXED.size, 4);
  assert.equal(suffixedOf('dns-proxy'), 'dns-proxy-systemextension');
  assert.equal(baseOf('app-proxy-provider-systemextension'), 'app-proxy-provider');
  assert.equal(suffixedOf('dns-settings'), undefined);
  assert.equal(suffixedOf('app-push-provider'), undefined);
  assert.equal(KNOWN.size, 13);
  assert.ok(!KNOWN.has('dns-settings-systemextension'));
  assert.deepEqual(neValue('content-filter-provider-systemextension')?.kinds, [
    'filter-data',
    'filter-packet',
    'filter-control',
  ]);
  assert.ok(platformRestriction('packet-tunnel-provider-systemextension', 'ios'));
  assert.equal(platformRestriction('packet-tunnel-provider-systemextension', 'macos'), undefined);
  assert.equal(platformRestriction('packet-tunnel-provider', 'ios'), undefined);
});

test('T2, T4, T5, T6', () => {
  assert.deepEqual(SYSTEM_EXTENSION_POINTS, [
    'packet-tunnel',
    'app-proxy',
    'filter-data',
    'filter-packet',
    'dns-proxy',
  ]);
  assert.equal(extensionPoint('com.apple.networkextension.app-push')?.neValue, 'app-push-provider');
  assert.ok(isTeamId('ABCDE12345') && isTeamId('"SUQ8J2PCT7"') && !isTeamId('abcde12345'));
  assert.ok(isPlaceholderTeamId('TEAMID') && isPlaceholderTeamId('<team id>') && !isPlaceholderTeamId('SUQ8J2PCT7'));
  assert.ok(isTopLevelOnlyInfoPlistKey('NSAppTransportSecurity'));
  assert.ok(isTopLevelOnlyInfoPlistKey('NSSystemExtensionUsageDescription'));
  assert.ok(!isTopLevelOnlyInfoPlistKey('NEMachServiceName'));
  assert.ok(isUuid('d2773557-b535-414f-968a-5447d9c02d52') && !isUuid('$Replace_Me_genUUID'));
});

test('entitlement key catalog: hover-index keys present, quotes resolve, docs links', () => {
  for (const k of [
    'com.apple.developer.networking.networkextension',
    'com.apple.developer.system-extension.install',
    'com.apple.security.application-groups',
    'com.apple.security.app-sandbox',
    'keychain-access-groups',
    'com.apple.developer.networking.vpn.api',
  ]) {
    assert.ok(entitlementKey(k), k);
  }
  for (const k of ENTITLEMENT_KEYS) {
    for (const q of k.quotes) assert.ok(getQuote(q), `${k.key}: ${q}`);
    assert.ok(k.docsUrl.startsWith('https://developer.apple.com/'));
    assert.ok(k.platforms.length > 0);
  }
});
