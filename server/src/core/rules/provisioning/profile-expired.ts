/**
 * N25 — an expired provisioning profile (error) or one expiring within 30 days (info): reported in the decoded
 * profile itself and in every entitlements file the project model associates with it.
 */
import type { Finding, Rule } from '../types';
import { isDict } from '../../model/plist';
import { relatedAt, rootDict, rootDictAnchor } from '../xfile/support/crossFile';
import { associatedProfile, summaryOf } from './support/profile';

const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

function verdict(exp: Date, now: Date): 'error' | 'info' | undefined {
  if (exp.getTime() < now.getTime()) return 'error';
  if (exp.getTime() < now.getTime() + MONTH_MS) return 'info';
  return undefined;
}

function message(name: string, exp: Date, severity: 'error' | 'info'): string {
  const date = exp.toISOString().slice(0, 10);
  return severity === 'error'
    ? `Provisioning profile "${name}" expired on ${date}; regenerate it in Xcode or the developer portal.`
    : `Provisioning profile "${name}" expires on ${date}.`;
}

export const rule: Rule = {
  meta: {
    id: 'N25',
    code: 'provisioning/profile-expired',
    family: 'provisioning',
    severity: 'error',
    kinds: ['provisioning-profile', 'entitlements'],
    fixable: false,
    description: 'The provisioning profile has expired (or expires within 30 days).',
    guidance: ['Q-D13'],
  },
  check(ctx) {
    if (ctx.file.kind === 'provisioning-profile') {
      const s = summaryOf(ctx.doc);
      const node = isDict(ctx.doc.root) ? ctx.doc.root.map.get('ExpirationDate')?.value : undefined;
      const sev = s?.expirationDate && verdict(s.expirationDate, ctx.file.now);
      if (!s?.expirationDate || !node || !sev || node.kind !== 'date') return;
      ctx.report({
        start: node.contentStart,
        end: node.contentEnd,
        severity: sev,
        message: message(s.name ?? ctx.doc.path, s.expirationDate, sev),
      });
      return;
    }
    const a = associatedProfile(ctx);
    const root = rootDict(ctx.doc);
    const exp = a?.summary.expirationDate;
    const sev = exp && verdict(exp, ctx.file.now);
    if (!a || !root || !exp || !sev) return;
    const expNode = isDict(a.doc.root) ? a.doc.root.map.get('ExpirationDate')?.value : undefined;
    const finding: Finding = {
      ...rootDictAnchor(root),
      severity: sev,
      message: message(a.summary.name ?? a.doc.path, exp, sev),
      related: expNode ? [relatedAt(a.doc, expNode, 'ExpirationDate')] : [],
    };
    ctx.report(finding);
  },
};
