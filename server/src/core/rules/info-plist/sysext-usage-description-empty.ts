/**
 * N13 — NSSystemExtensionUsageDescription is present but says nothing (empty, whitespace, or not a string),
 * or the build supplies an empty INFOPLIST_KEY_ value. The system shows this text in the approval prompt.
 */
import { isString } from '../../model/plist';
import type { Rule } from '../types';
import { replaceElement } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import { effectiveRole, rootDictOf, suppliedInfoPlistValue } from './support/context';
import { canFix, dictSpan, valueSpan } from './support/spans';

const KEY = 'NSSystemExtensionUsageDescription';
const MESSAGE = `${KEY} is empty; the system shows this text when asking the user to approve the extension.`;

export const rule: Rule = {
  meta: {
    id: 'N13',
    code: 'info-plist/sysext-usage-description-empty',
    family: 'info-plist',
    severity: 'warning',
    kinds: ['info-plist'],
    fixable: true,
    description: 'NSSystemExtensionUsageDescription is empty or not a string, so the approval prompt explains nothing.',
    guidance: ['Q-U09'],
  },
  check(ctx) {
    const root = rootDictOf(ctx);
    if (!root || effectiveRole(ctx).role !== 'system-extension') return;
    const entry = root.map.get(KEY);
    if (!entry) {
      const supplied = suppliedInfoPlistValue(ctx, KEY);
      if (supplied !== undefined && supplied.trim() === '') ctx.report({ ...dictSpan(root), message: MESSAGE });
      return;
    }
    const value = entry.value;
    if (!value) return; // a key without a value is plist/invalid-structure's finding
    if (isString(value) && (value.text.trim() !== '' || hasBuildVariable(value.text))) return;
    const message = isString(value) ? MESSAGE : `${KEY} must be a <string>, not <${value.kind}>.`;
    ctx.report({
      ...valueSpan(value),
      message,
      fixes: canFix(ctx)
        ? [
            {
              title: `Write a ${KEY}`,
              preferred: true,
              snippet: true,
              edits: [
                replaceElement(value, '<string>${1:Explain why the app installs this system extension.}</string>'),
              ],
            },
          ]
        : [],
    });
  },
};
