/**
 * Lints one document with the project views that use it (catalog §1.7): none → single-file validation; one →
 * that view; several (targets × configurations) → `validateInContexts`, keeping only the findings that hold in
 * every context (a file shared by an iOS appex and a macOS sysex is never reported for a problem that exists in
 * only one of its uses). Exception: `provisioning/` findings of one target are kept when they hold in ANY of its
 * configurations — the flagship case is one entitlements file signed with a development profile in Debug and a
 * Developer ID profile in Release, where only the Release archive fails (forum: "works in Xcode debug").
 */
import type { PlistDocument } from '../model/document';
import type { Diagnostic, LintOptions } from '../engine/types';
import { validateDocument, validateInContexts } from '../engine/validate';
import type { ProjectIndex } from './projectIndex';
import type { ProjectView } from './types';
import { validateInContexts as runOnly } from '../engine/validate';
import { rule as devIdRequiresSysextPackaging } from '../rules/xfile/devid-requires-sysext-packaging';
import { allRules } from '../rules';

const PROVISIONING = allRules.filter((r) => r.meta.family === 'provisioning');
const N01 = 'provisioning/ne-suffix-mismatch';
const N01_BEATS = new Set([
  'provisioning/entitlement-not-authorized',
  'entitlements/ne-systemextension-suffix-outside-devid',
]);
const key = (d: Diagnostic) => `${d.code}\u0000${d.start}\u0000${d.end}`;

/** provisioning/ findings: union over each target's configurations, intersection across targets. */
function provisioningFindings(doc: PlistDocument, contexts: LintOptions[]): Diagnostic[] {
  const byTarget = new Map<string, LintOptions[]>();
  for (const o of contexts) {
    const name = o.project?.target?.name ?? '';
    byTarget.set(name, [...(byTarget.get(name) ?? []), o]);
  }
  let common: Map<string, Diagnostic> | undefined;
  for (const group of byTarget.values()) {
    const union = new Map<string, Diagnostic>();
    for (const options of group) {
      for (const d of runOnly(doc, [{ options }], PROVISIONING)) if (!union.has(key(d))) union.set(key(d), d);
    }
    common = common ? new Map([...common].filter(([k]) => union.has(k))) : union;
  }
  return [...(common?.values() ?? [])];
}

function mergeProvisioning(doc: PlistDocument, contexts: LintOptions[], diags: Diagnostic[]): Diagnostic[] {
  const prov = provisioningFindings(doc, contexts);
  const out = [...diags.filter((d) => !d.code.startsWith('provisioning/')), ...prov];
  const n01 = prov.filter((d) => d.code === N01);
  const hidden = (d: Diagnostic) =>
    (N01_BEATS.has(d.code) || d.code === N02) && n01.some((w) => w.start < d.end && d.start < w.end);
  return out
    .filter((d) => !hidden(d))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

const N02 = 'entitlements/ne-devid-requires-systemextension-suffix';

/**
 * §1.15 #4: `xfile/devid-requires-sysext-packaging` (reported on the app extension's Info.plist) wins over
 * `entitlements/ne-devid-requires-systemextension-suffix` for the same target — adding suffixes to an app
 * extension's entitlements would not fix the packaging. Cross-file, so it is applied here, not in the engine.
 */
function packagingWins(contexts: LintOptions[]): boolean {
  return contexts.every((o) => {
    const t = o.project?.target;
    if (o.project?.fileRole !== 'entitlements' || t?.role !== 'app-extension' || !t.infoPlist) return false;
    const view = { ...o.project, target: t, fileRole: 'info-plist' as const };
    return runOnly(t.infoPlist, [{ options: { ...o, project: view } }], [devIdRequiresSysextPackaging]).some(
      (d) => d.code === devIdRequiresSysextPackaging.meta.code,
    );
  });
}

export function projectOptions(index: ProjectIndex | undefined, path: string, base: LintOptions): LintOptions[] {
  const views: ProjectView[] = index ? index.viewsFor(path) : [];
  return views.map((project) => ({ ...base, project }));
}

export function validateWithProject(
  doc: PlistDocument,
  base: LintOptions,
  index: ProjectIndex | undefined,
  path = doc.path,
): Diagnostic[] {
  const contexts = projectOptions(index, path, base);
  if (contexts.length === 0) return validateDocument(doc, base);
  const diags =
    contexts.length === 1
      ? validateDocument(doc, contexts[0])
      : mergeProvisioning(
          doc,
          contexts,
          validateInContexts(
            doc,
            contexts.map((options) => ({ options })),
          ),
        );
  return withoutLostN02(diags, contexts);
}

/** N02 is dropped when the project's packaging already decides the suffix question (§1.15 #4, across files). */
export function withoutLostN02(diags: Diagnostic[], contexts: LintOptions[]): Diagnostic[] {
  if (!diags.some((d) => d.code === N02) || !packagingWins(contexts)) return diags;
  return diags.filter((d) => d.code !== N02);
}
