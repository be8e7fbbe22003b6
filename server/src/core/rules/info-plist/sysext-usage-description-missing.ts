/**
 * N11 — a system extension's Info.plist must carry NSSystemExtensionUsageDescription (activation fails without
 * it). Partial Info.plists (Xcode GENERATE_INFOPLIST_FILE) get an info reminder only, because the value usually
 * comes from an INFOPLIST_KEY_ build setting nelint cannot see without a project model.
 */
import { isDict, isString } from '../../model/plist';
import type { Fix, Rule, RuleContext } from '../types';
import { insertEntry, stringXml } from '../fixHelpers';
import { isCompleteInfoPlist, literalPackageType } from '../../knowledge/infoPlistFacts';
import {
  effectiveRole,
  hasProjectModel,
  isGeneratedInfoPlist,
  rootDictOf,
  suppliedInfoPlistValue,
} from './support/context';
import { canFix, dictSpan } from './support/spans';

const KEY = 'NSSystemExtensionUsageDescription';
const PLACEHOLDER = 'Explain why the app installs this system extension.';

/** The container app's description (project model), to prefill the inserted value. */
function containerAppText(ctx: RuleContext): string | undefined {
  for (const host of ctx.project?.target?.embeddedBy ?? []) {
    const root = host.infoPlist?.root;
    const v = isDict(root) ? root.map.get(KEY)?.value : undefined;
    if (isString(v) && v.text.trim() !== '') return v.text;
  }
  return undefined;
}

function insertFix(ctx: RuleContext, preferred: boolean): Fix[] {
  const root = rootDictOf(ctx);
  if (!root || !canFix(ctx)) return [];
  const prefill = containerAppText(ctx);
  if (prefill !== undefined) {
    const edit = insertEntry(ctx.doc, root, KEY, stringXml(prefill));
    return [{ title: `Add ${KEY} (text of the container app)`, preferred, edits: [edit] }];
  }
  const edit = insertEntry(ctx.doc, root, KEY, `<string>\${1:${PLACEHOLDER}}</string>`);
  return [{ title: `Add ${KEY}`, preferred, snippet: true, edits: [edit] }];
}

export const rule: Rule = {
  meta: {
    id: 'N11',
    code: 'info-plist/sysext-usage-description-missing',
    family: 'info-plist',
    severity: 'error',
    kinds: ['info-plist'],
    fixable: true,
    description: 'A system extension Info.plist has no NSSystemExtensionUsageDescription, so activation fails.',
    guidance: ['Q-U09'],
  },
  check(ctx) {
    const root = rootDictOf(ctx);
    if (!root || root.map.has(KEY)) return;
    if (effectiveRole(ctx).role !== 'system-extension') return;
    // DriverKit extensions use OSBundleUsageDescription instead.
    if (literalPackageType(root) === 'DEXT') return;
    const supplied = suppliedInfoPlistValue(ctx, KEY);
    // A supplied non-empty value satisfies the key; an empty one is N13's business.
    if (supplied !== undefined) return;
    const span = dictSpan(root);
    const complete = isCompleteInfoPlist(root);
    if (complete || isGeneratedInfoPlist(ctx)) {
      ctx.report({
        ...span,
        message: `System extension Info.plist has no ${KEY}; activation fails without it.`,
        fixes: insertFix(ctx, true),
      });
      return;
    }
    ctx.report({
      ...span,
      severity: 'info',
      message:
        `${KEY} is not in this partial Info.plist; make sure INFOPLIST_KEY_${KEY} is set to a non-empty string` +
        (hasProjectModel(ctx) ? ' (the project model supplies no value).' : '.'),
      // Adding the key to a partial file is fine too (Xcode merges it), but not the preferred action.
      fixes: insertFix(ctx, false),
    });
  },
};
