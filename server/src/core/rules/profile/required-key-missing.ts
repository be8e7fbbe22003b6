/**
 * N68 · profile/required-key-missing — keys with `presence: required` in the pinned YAML (after the overlay), in
 * every schema-described dict that is present. `Payload*` keys are N63's, applayer `VPNUUID` is N42's. One
 * diagnostic per dict (missing keys of one dict share its anchor).
 */
import type { Rule, Fix } from '../types';
import type { DictSchema, KeySpec } from '../../knowledge/profileSchema';
import { isString } from '../../model/plist';
import { insertEntry } from '../fixHelpers';
import { schemaSites } from './support/schemaSites';
import { PROFILE_KINDS, dictAnchor, snippetValueXml } from './support/common';

function excluded(key: string, payloadType: string, path: string): boolean {
  if (key.startsWith('Payload')) return true;
  return payloadType === 'com.apple.vpn.managed.applayer' && path === '' && key === 'VPNUUID';
}

/** The required keys of a schema, in schema order (schemas are shared; a large profile repeats a few). */
const requiredCache = new WeakMap<DictSchema, [string, KeySpec][]>();
function requiredKeys(schema: DictSchema): [string, KeySpec][] {
  let list = requiredCache.get(schema);
  if (!list) {
    list = [...schema.keys].filter(([key, spec]) => spec.required && !key.startsWith('Payload'));
    requiredCache.set(schema, list);
  }
  return list;
}

export const rule: Rule = {
  meta: {
    id: 'N68',
    code: 'profile/required-key-missing',
    family: 'profile',
    severity: 'error',
    kinds: PROFILE_KINDS,
    scope: 'payload',
    fixable: true,
    description: "A key the payload's schema marks as required is missing or empty.",
    guidance: ['Q-U47'],
  },
  check(ctx) {
    const { dicts } = schemaSites(ctx.doc, ctx.file.schemaScope);
    for (const d of dicts) {
      if (!d.complete || d.schema.freeForm) continue;
      const required = requiredKeys(d.schema);
      if (!required.length) continue;
      // Allocated only for the rare dict that misses something (20,000 dicts in a large profile).
      let missing: string[] | undefined;
      let fixes: Fix[] | undefined;
      // Indexed, without tuple destructuring: cheap even before the JIT warms up (20,000 dicts in a large profile).
      for (let i = 0; i < required.length; i++) {
        const key = required[i][0];
        const spec = required[i][1];
        if (!spec.required || excluded(key, d.payloadType, d.path)) continue;
        const v = d.dict.map.get(key)?.value;
        if (v && !(isString(v) && v.text.trim() === '')) continue;
        (missing ??= []).push(key);
        if (!v) {
          (fixes ??= []).push({
            title: `Add ${key}`,
            snippet: true,
            edits: [insertEntry(ctx.doc, d.dict, key, snippetValueXml(spec))],
          });
        }
      }
      if (!missing) continue;
      const where = d.path ? ` in ${d.path}` : '';
      const keys = missing.map((k) => `"${k}"`).join(', ');
      ctx.report({
        ...dictAnchor(d.dict, d.ownerKey),
        message: `${d.payloadType}: required key${missing.length > 1 ? 's' : ''} ${keys} ${missing.length > 1 ? 'are' : 'is'} missing or empty${where}.`,
        data: { missing },
        fixes: fixes ?? [],
      });
    }
  },
};
