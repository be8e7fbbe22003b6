/**
 * Lints one document with the project views that use it (catalog §1.7): none → single-file validation; one →
 * that view; several (targets × configurations) → `validateInContexts`, keeping only the findings that hold in
 * every context (a file shared by an iOS appex and a macOS sysex, or by Debug and Release, is never reported
 * for a problem that exists in only one of its uses).
 */
import type { PlistDocument } from '../model/document';
import type { Diagnostic, LintOptions } from '../engine/types';
import { validateDocument, validateInContexts } from '../engine/validate';
import type { ProjectIndex } from './projectIndex';
import type { ProjectView } from './types';
import { validateInContexts as runOnly } from '../engine/validate';
import { rule as devIdRequiresSysextPackaging } from '../rules/xfile/devid-requires-sysext-packaging';

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
      : validateInContexts(
          doc,
          contexts.map((options) => ({ options })),
        );
  if (!diags.some((d) => d.code === N02) || !packagingWins(contexts)) return diags;
  return diags.filter((d) => d.code !== N02);
}
