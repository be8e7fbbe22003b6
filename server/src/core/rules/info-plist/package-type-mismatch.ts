/**
 * N15 — CFBundlePackageType must match the bundle's packaging: `SYSX` for system extensions, `XPC!` for app
 * extensions. The role is taken from evidence OTHER than the package type itself (project model, bundle path,
 * NetworkExtension / NSExtension / EXAppExtensionAttributes dicts), so a wrong literal can be caught.
 */
import { isString } from '../../model/plist';
import type { DictNode } from '../../model/plist';
import type { Fix, Rule, RuleContext } from '../types';
import { insertEntry, replaceContent } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import { appExtensionEvidence, isCompleteInfoPlist, systemExtensionEvidence } from '../../knowledge/infoPlistFacts';
import { effectiveRole, explicitRole, rootDictOf } from './support/context';
import { canFix, dictSpan, keySpan, valueSpan } from './support/spans';

const KEY = 'CFBundlePackageType';
const VARIABLE = '$(PRODUCT_BUNDLE_PACKAGE_TYPE)';
const EXPECTED = { 'system-extension': 'SYSX', 'app-extension': 'XPC!' } as const;
const ROLE_NAME = { 'system-extension': 'system extension', 'app-extension': 'app extension' } as const;
const APPEX_CONTAINERS = ['NSExtension', 'EXAppExtensionAttributes'];

type ExtensionRole = keyof typeof EXPECTED;

/** The role established without looking at CFBundlePackageType, or undefined (none, or both kinds of evidence). */
function roleWithoutPackageType(ctx: RuleContext): ExtensionRole | undefined {
  const explicit = explicitRole(ctx);
  if (explicit) return explicit === 'system-extension' || explicit === 'app-extension' ? explicit : undefined;
  const sysex = systemExtensionEvidence(ctx.doc).length > 0;
  const appex = appExtensionEvidence(ctx.doc).length > 0;
  if (sysex === appex) return undefined;
  return sysex ? 'system-extension' : 'app-extension';
}

/** (d) both packagings declared: report at the later container key. */
function checkConflict(ctx: RuleContext, root: DictNode): boolean {
  const ne = root.map.get('NetworkExtension');
  const appex = APPEX_CONTAINERS.map((k) => root.map.get(k)).find((e) => e !== undefined);
  if (!ne || !appex) return false;
  const second = ne.index > appex.index ? ne : appex;
  const first = second === ne ? appex : ne;
  ctx.report({
    ...keySpan(second),
    severity: 'warning',
    message: `This Info.plist declares both NetworkExtension (system extension) and ${appex.key.text} (app extension); a bundle is one or the other.`,
    related: [{ start: first.key.start, end: first.key.end, message: `${first.key.text} is declared here` }],
  });
  return true;
}

export const rule: Rule = {
  meta: {
    id: 'N15',
    code: 'info-plist/package-type-mismatch',
    family: 'info-plist',
    severity: 'error',
    kinds: ['info-plist'],
    fixable: true,
    description:
      'CFBundlePackageType does not match the bundle type (SYSX for system extensions, XPC! for app extensions).',
    guidance: ['Q-D26'],
  },
  check(ctx) {
    const root = rootDictOf(ctx);
    if (!root) return;
    // With both packagings declared the content role is ambiguous: only (d) is reported, unless the role is explicit.
    if (checkConflict(ctx, root) && !explicitRole(ctx)) return;
    const entry = root.map.get(KEY);
    if (!entry) {
      const role = effectiveRole(ctx).role;
      if ((role === 'system-extension' || role === 'app-extension') && isCompleteInfoPlist(root)) {
        const fixes: Fix[] = canFix(ctx)
          ? [
              {
                title: `Add ${KEY} = ${VARIABLE}`,
                edits: [insertEntry(ctx.doc, root, KEY, `<string>${VARIABLE}</string>`)],
              },
            ]
          : [];
        ctx.report({
          ...dictSpan(root),
          severity: 'warning',
          message: `This ${ROLE_NAME[role]} Info.plist has no ${KEY}; expected "${EXPECTED[role]}".`,
          fixes,
        });
      }
      return;
    }
    const value = entry.value;
    if (!isString(value) || hasBuildVariable(value.text)) return;
    const role = roleWithoutPackageType(ctx);
    if (!role) return;
    const literal = value.text.trim();
    const expected = EXPECTED[role];
    if (literal === expected) return;
    const fixes: Fix[] = canFix(ctx)
      ? [
          { title: `Change ${KEY} to "${expected}"`, preferred: true, edits: [replaceContent(value, expected)] },
          { title: `Change ${KEY} to ${VARIABLE}`, edits: [replaceContent(value, VARIABLE)] },
        ]
      : [];
    ctx.report({
      ...valueSpan(value),
      message: `${KEY} is "${literal}" but this bundle is a ${ROLE_NAME[role]}; expected "${expected}".`,
      fixes,
    });
  },
};
