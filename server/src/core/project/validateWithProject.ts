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
  if (contexts.length === 1) return validateDocument(doc, contexts[0]);
  return validateInContexts(
    doc,
    contexts.map((options) => ({ options })),
  );
}
