/** N53 — the same (team, bundle ID) both removable and non-removable (catalog N53). */
import type { ScalarNode } from '../../model/plist';
import { removeNode } from '../fixHelpers';
import type { Rule } from '../types';
import { policyPayloads } from './policy';

export const rule: Rule = {
  meta: {
    id: 'N53',
    code: 'sysext-policy/removable-and-nonremovable-overlap',
    family: 'sysext-policy',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'A system extension is listed in both RemovableSystemExtensions and NonRemovableSystemExtensions.',
    guidance: [],
  },
  check(ctx) {
    const { doc } = ctx;
    const canFix = doc.container === 'xml';
    for (const p of policyPayloads(doc)) {
      // NonRemovableFromUISystemExtensions may overlap RemovableSystemExtensions: not compared.
      const removable = new Map<string, ScalarNode>();
      for (const { team, items } of p.dicts.get('RemovableSystemExtensions') ?? []) {
        for (const n of items) {
          const id = `${team}\u0000${n.text.trim()}`;
          if (!removable.has(id)) removable.set(id, n);
        }
      }
      for (const { team, items } of p.dicts.get('NonRemovableSystemExtensions') ?? []) {
        for (const n of items) {
          const other = removable.get(`${team}\u0000${n.text.trim()}`);
          if (!other) continue;
          const b = n.text.trim();
          ctx.report({
            start: n.contentStart,
            end: n.contentEnd,
            message: `${b} (team ${team}) is both removable and non-removable.`,
            data: { team, bundleIdentifier: b },
            related: [{ start: other.start, end: other.end, message: 'listed in RemovableSystemExtensions' }],
            fixes: canFix
              ? [
                  { title: 'Remove from RemovableSystemExtensions', edits: [removeNode(doc, other)] },
                  { title: 'Remove from NonRemovableSystemExtensions', edits: [removeNode(doc, n)] },
                ]
              : [],
          });
        }
      }
    }
  },
};
