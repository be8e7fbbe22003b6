/**
 * N63 · profile/envelope-key-missing — the envelope keys of the profile and of every payload. One diagnostic per
 * dict (several missing keys share the dict's anchor, and the engine keeps one diagnostic per code and range).
 */
import type { DictNode } from '../../model/plist';
import { isString } from '../../model/plist';
import type { PlistDocument } from '../../model/document';
import type { Fix, Rule, Severity, TextEdit } from '../types';
import type { PayloadInfo } from '../../knowledge/profileModel';
import { getProfileModel } from '../../knowledge/profileModel';
import { newUuid } from '../../knowledge/uuid';
import { escapeXml, insertEntry, replaceContent } from '../fixHelpers';
import { PROFILE_KINDS, dictAnchor, payloadLabel } from './support/common';
import { wrapInProfileFix } from './support/wrap';

const ROOT_KEYS = ['PayloadType', 'PayloadIdentifier', 'PayloadUUID', 'PayloadVersion', 'PayloadContent'];
const PAYLOAD_KEYS = ['PayloadType', 'PayloadIdentifier', 'PayloadUUID', 'PayloadVersion'];
const STRING_KEYS = new Set(['PayloadType', 'PayloadIdentifier', 'PayloadUUID']);

/** Payload keys found at the root of a file without PayloadContent → the payload type they belong to. */
const PAYLOAD_KEY_TYPES: [string, string][] = [
  ['VPNType', 'com.apple.vpn.managed'],
  ['TransparentProxy', 'com.apple.vpn.managed'],
  ['VPN', 'com.apple.vpn.managed'],
  ['FilterType', 'com.apple.webcontent-filter'],
  ['DNSSettings', 'com.apple.dnsSettings.managed'],
  ['AppBundleIdentifier', 'com.apple.dnsProxy.managed'],
  ['AllowedTeamIdentifiers', 'com.apple.system-extension-policy'],
  ['AllowedSystemExtensions', 'com.apple.system-extension-policy'],
  ['Relays', 'com.apple.relay.managed'],
  ['AppLayerVPNMapping', 'com.apple.vpn.managed.appmapping'],
];

function inferPayloadType(root: DictNode): string | undefined {
  for (const [key, type] of PAYLOAD_KEY_TYPES) if (root.map.has(key)) return type;
  for (const e of root.entries) {
    if (/^Allowed|SystemExtensions$/.test(e.key.text)) return 'com.apple.system-extension-policy';
  }
  return undefined;
}

interface Missing {
  key: string;
  empty: boolean;
}

function missingKeys(dict: DictNode, keys: readonly string[]): Missing[] {
  const out: Missing[] = [];
  for (const key of keys) {
    if (key === 'PayloadContent' && dict.map.has('EncryptedPayloadContent')) continue;
    const v = dict.map.get(key)?.value;
    if (!v) out.push({ key, empty: false });
    else if (STRING_KEYS.has(key) && isString(v) && v.text.trim() === '') out.push({ key, empty: true });
  }
  return out;
}

/**
 * The model already read a payload's envelope keys (trimmed strings): when all four are there and non-empty,
 * nothing is missing and the payload's dict is not searched again (the usual case, 10,000 times in a large
 * profile). Otherwise `missingKeys` decides.
 */
function hasEnvelope(p: PayloadInfo): boolean {
  return !!(p.type?.value && p.uuid?.value && p.identifier?.value && p.version);
}

/**
 * Adds the value of a missing key: right after the key when the key is there without a value (adding a second
 * entry would leave the first, valueless one in force), otherwise as a new entry.
 */
function addValue(doc: PlistDocument, dict: DictNode, key: string, valueXml: string): TextEdit {
  const entry = dict.map.get(key);
  if (entry && !entry.value) return { start: entry.key.end, end: entry.key.end, newText: valueXml };
  return insertEntry(doc, dict, key, valueXml);
}

/** Sets a string key: fills an empty `<string/>` or inserts the entry. */
function setString(doc: PlistDocument, dict: DictNode, m: Missing, value: string) {
  const node = dict.map.get(m.key)?.value;
  if (m.empty && isString(node)) return replaceContent(node, value);
  return addValue(doc, dict, m.key, `<string>${escapeXml(value)}</string>`);
}

function fixesFor(doc: PlistDocument, p: PayloadInfo, root: PayloadInfo, missing: Missing[]): Fix[] {
  const fixes: Fix[] = [];
  const dict = p.dict;
  for (const m of missing) {
    if (m.key === 'PayloadVersion') {
      fixes.push({
        title: 'Add PayloadVersion 1',
        preferred: true,
        edits: [addValue(doc, dict, 'PayloadVersion', '<integer>1</integer>')],
      });
    } else if (m.key === 'PayloadUUID') {
      fixes.push({ title: 'Add a new PayloadUUID', preferred: true, edits: [setString(doc, dict, m, newUuid())] });
    } else if (m.key === 'PayloadIdentifier' && p.isRoot) {
      const node = dict.map.get(m.key)?.value;
      const edit =
        m.empty && isString(node)
          ? { start: node.start, end: node.end, newText: '<string>${1:com.example.profile}</string>' }
          : addValue(doc, dict, m.key, '<string>${1:com.example.profile}</string>');
      fixes.push({ title: 'Add PayloadIdentifier', snippet: true, edits: [edit] });
    } else if (m.key === 'PayloadIdentifier') {
      const rootId = root.identifier?.value;
      const type = p.type?.value;
      const uuid = p.uuid?.value;
      if (rootId && type && uuid) {
        fixes.push({
          title: `Set PayloadIdentifier to "${rootId}.${type}.${uuid}"`,
          preferred: true,
          edits: [setString(doc, dict, m, `${rootId}.${type}.${uuid}`)],
        });
      }
    } else if (m.key === 'PayloadType' && p.isRoot && dict.map.has('PayloadContent')) {
      fixes.push({
        title: 'Add PayloadType Configuration',
        preferred: true,
        edits: [setString(doc, dict, m, 'Configuration')],
      });
    }
  }
  return fixes;
}

export const rule: Rule = {
  meta: {
    id: 'N63',
    code: 'profile/envelope-key-missing',
    family: 'profile',
    severity: 'error',
    kinds: PROFILE_KINDS,
    scope: 'payload',
    fixable: true,
    fixAll: true,
    description: 'The profile and each payload need PayloadType, PayloadIdentifier, PayloadUUID and PayloadVersion.',
    guidance: ['Q-U23'],
  },
  check(ctx) {
    const model = getProfileModel(ctx.doc);
    const root = model.envelope;
    if (!root || !model.root) return;
    for (let i = -1; i < model.payloads.length; i++) {
      const p = i < 0 ? root : model.payloads[i];
      if (!p.isRoot && hasEnvelope(p)) continue;
      const missing = missingKeys(p.dict, p.isRoot ? ROOT_KEYS : PAYLOAD_KEYS);
      if (!missing.length) continue;
      const onlyVersion = !p.isRoot && missing.every((m) => m.key === 'PayloadVersion');
      const severity: Severity = onlyVersion ? 'warning' : 'error';
      const fixes = fixesFor(ctx.doc, p, root, missing);
      let message = `${payloadLabel(p)} is missing ${missing.map((m) => (m.empty ? `${m.key} (empty)` : m.key)).join(', ')}.`;
      const noContent = p.isRoot && missing.some((m) => m.key === 'PayloadContent');
      const inferred = noContent ? inferPayloadType(model.root) : undefined;
      if (inferred) {
        message += ' The payload keys are at profile level: they belong in a payload inside PayloadContent.';
        if (!model.root.map.has('PayloadType')) fixes.unshift(wrapFix(ctx.doc, model.root, root, inferred));
      }
      ctx.report({ ...dictAnchor(p.dict), message, severity, fixes });
    }
  },
};

function wrapFix(doc: PlistDocument, dict: DictNode, env: PayloadInfo, type: string): Fix {
  const uuid = env.uuid?.value && !env.uuid.variable ? env.uuid.value : newUuid();
  const add: { key: string; valueXml: string }[] = [{ key: 'PayloadType', valueXml: `<string>${type}</string>` }];
  if (!dict.map.has('PayloadUUID')) add.push({ key: 'PayloadUUID', valueXml: `<string>${uuid}</string>` });
  if (!dict.map.has('PayloadVersion')) add.push({ key: 'PayloadVersion', valueXml: '<integer>1</integer>' });
  const id = env.identifier?.value;
  if (!dict.map.has('PayloadIdentifier') && id) {
    add.push({ key: 'PayloadIdentifier', valueXml: `<string>${escapeXml(`${id}.${type}.${uuid}`)}</string>` });
  }
  return wrapInProfileFix(doc, dict, {
    title: `Wrap into a ${type} payload and profile`,
    preferred: true,
    addToPayload: add,
    uuid: newUuid(),
    identifier: id ? `${id}.profile` : undefined,
    displayName: env.displayName?.value || undefined,
  });
}
