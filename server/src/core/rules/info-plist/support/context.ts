/**
 * What the `info-plist/` rules need to know about the file they check, beyond its own content: the role the
 * project model (or an explicit directive / nelint.json entry) gives it, and the `INFOPLIST_KEY_*` values a
 * generated Info.plist receives at build time (catalog §1.5, §1.7).
 */
import type { Role } from '../../../context/types';
import type { DictNode } from '../../../model/plist';
import { isDict } from '../../../model/plist';
import type { RuleContext } from '../../types';
import { singleFileRole } from '../../../knowledge/infoPlistFacts';
import type { RoleEvidence } from '../../../knowledge/infoPlistFacts';

export interface EffectiveRole {
  role: Role;
  /** `explicit` = project model, directive or nelint.json; otherwise the content/path evidence. */
  evidence: (RoleEvidence | 'explicit')[];
}

/** Optional project-model fields (catalog §1.7 `infoPlistKeys`, `generateInfoPlist`) when the model supplies them. */
interface InfoPlistProjectFields {
  infoPlistKeys?: Record<string, unknown>;
  generateInfoPlist?: boolean;
}

export function rootDictOf(ctx: RuleContext): DictNode | undefined {
  return isDict(ctx.doc.root) ? ctx.doc.root : undefined;
}

/** The role given from outside the file's content (tiers below the content tier of the resolver), if any. */
export function explicitRole(ctx: RuleContext): Role | undefined {
  const target = ctx.project?.target;
  if (target) return target.role;
  const r = ctx.file.role;
  if (r.value !== 'unknown' && r.tier > 0 && r.tier < 4) return r.value;
  return undefined;
}

export function effectiveRole(ctx: RuleContext): EffectiveRole {
  const explicit = explicitRole(ctx);
  if (explicit) return { role: explicit, evidence: ['explicit'] };
  return singleFileRole(ctx.doc);
}

function projectFields(ctx: RuleContext): InfoPlistProjectFields | undefined {
  return ctx.project?.target as InfoPlistProjectFields | undefined;
}

/**
 * The value the build supplies for an Info.plist key (`infoPlistKeys` or an `INFOPLIST_KEY_<key>` build setting),
 * or undefined when nothing is known.
 */
export function suppliedInfoPlistValue(ctx: RuleContext, key: string): string | undefined {
  const fromModel = projectFields(ctx)?.infoPlistKeys?.[key];
  if (fromModel !== undefined) return typeof fromModel === 'string' ? fromModel : String(fromModel);
  return ctx.file.lookupVariable(`INFOPLIST_KEY_${key}`);
}

/** True when the project model says this Info.plist is generated (partial by design). */
export function isGeneratedInfoPlist(ctx: RuleContext): boolean {
  if (projectFields(ctx)?.generateInfoPlist) return true;
  return ctx.file.lookupVariable('GENERATE_INFOPLIST_FILE') === 'YES';
}

/** True when a project model (not just this file) is available. */
export function hasProjectModel(ctx: RuleContext): boolean {
  return !!ctx.project?.target;
}
