/**
 * N14 — a system extension's `NEMachServiceName` must be a descendant of an app group (trailing-dot semantics):
 * of the container app's groups when that app is sandboxed (else the App Sandbox denies the XPC connection,
 * error), and of the extension's own groups (warning).
 */
import type { Fix, Rule } from '../types';
import { dictGet, isArray, isDict, isString } from '../../model/plist';
import type { ScalarNode } from '../../model/plist';
import type { ProjectTargetView } from '../../project/types';
import { replaceContent, insertEntry } from '../fixHelpers';
import { hasBuildVariable, resolveBuildVariables } from '../../text/buildVariables';
import { appendStrings, arrayXml, containerApps, ownTarget, relatedAt, rootDict } from './support/crossFile';

const GROUPS = 'com.apple.security.application-groups';

interface Groups {
  node?: ScalarNode | { start: number; end: number };
  values: string[];
}

function groupsOf(t: ProjectTargetView): Groups | undefined {
  const root = rootDict(t.entitlements);
  if (!root) return undefined;
  const entry = root.map.get(GROUPS);
  const values: string[] = [];
  if (isArray(entry?.value)) {
    for (const s of entry.value.items) {
      if (isString(s)) values.push(resolveBuildVariables(s.text.trim(), t.context.lookupVariable).text);
    }
  }
  return { node: entry?.key, values };
}

/** true / false / undefined (unknown: unresolved variables on a failing comparison), §1.6. */
export function isUnder(name: string, group: string): boolean | undefined {
  const holds = group.endsWith('.') ? name.startsWith(group) : name === group || name.startsWith(group + '.');
  if (holds) return true;
  return hasBuildVariable(name) || hasBuildVariable(group) ? undefined : false;
}

/** true when under one of them, false when certainly under none, undefined when unknown. */
function underAny(name: string, groups: string[]): boolean | undefined {
  let unknown = false;
  for (const g of groups) {
    const r = isUnder(name, g);
    if (r) return true;
    if (r === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

function sandboxed(t: ProjectTargetView): boolean {
  const v = dictGet(rootDict(t.entitlements), 'com.apple.security.app-sandbox');
  return v?.kind === 'boolean' && v.text === 'true';
}

function fixesFor(node: ScalarNode, name: string, ext: ProjectTargetView, e: Groups, c?: Groups): Fix[] {
  const fixes: Fix[] = [];
  const shared = c ? e.values.filter((g) => c.values.includes(g)) : e.values;
  if (shared.length === 1 && !hasBuildVariable(shared[0])) {
    const last = name.split('.').pop() || 'xpc';
    const g = shared[0].replace(/\.$/, '');
    fixes.push({
      title: `Rename to "${g}.${last}" (also update the app's NSXPCConnection(machServiceName:) string)`,
      preferred: true,
      edits: [replaceContent(node, `${g}.${last}`)],
    });
  }
  const groupOfApp = c?.values.find((g) => isUnder(name, g) === true && !e.values.includes(g));
  const entRoot = rootDict(ext.entitlements);
  if (groupOfApp && ext.entitlements && entRoot) {
    const arr = entRoot.map.get(GROUPS)?.value;
    const edit = isArray(arr)
      ? appendStrings(ext.entitlements, arr, [groupOfApp])
      : insertEntry(ext.entitlements, entRoot, GROUPS, arrayXml([groupOfApp]));
    fixes.push({
      title: `Add app group "${groupOfApp}" to "${ext.name}"`,
      edits: [],
      otherFiles: [{ path: ext.entitlements.path, edits: [edit] }],
    });
  }
  return fixes;
}

export const rule: Rule = {
  meta: {
    id: 'N14',
    code: 'xfile/machservice-not-under-app-group',
    family: 'xfile',
    severity: 'warning',
    kinds: ['info-plist'],
    fixable: true,
    needsProject: true,
    description:
      'NEMachServiceName is not under an app group of the system extension (or of its sandboxed container app).',
    guidance: ['Q-D14', 'Q-D16', 'Q-D17', 'Q-D18', 'Q-D15', 'Q-U12', 'Q-U13'],
  },
  check(ctx) {
    const ext = ownTarget(ctx, 'info-plist');
    if (ext?.role !== 'system-extension' || !ext.entitlements) return;
    const neDict = dictGet(rootDict(ctx.doc), 'NetworkExtension');
    const node = isDict(neDict) ? dictGet(neDict, 'NEMachServiceName') : undefined;
    if (!isString(node) || node.text.trim() === '') return;
    const raw = node.text.trim();
    const name = resolveBuildVariables(raw, ctx.file.lookupVariable).text;
    const e = groupsOf(ext);
    if (!e) return;
    const app = containerApps(ext).find((c) => c.entitlements);
    const c = app ? groupsOf(app) : undefined;
    if (app && c && sandboxed(app)) {
      const r = underAny(name, c.values);
      if (r === undefined) return;
      if (r === false) {
        ctx.report({
          start: node.contentStart,
          end: node.contentEnd,
          severity: 'error',
          message: `NEMachServiceName "${raw}" is not under any app group of the sandboxed container app "${app.name}" (${c.values.join(', ') || 'none'}); the App Sandbox will deny the app's XPC connection.`,
          related: [
            relatedAt(
              app.entitlements!,
              c.node ?? rootDict(app.entitlements)!.element.open,
              `App groups of "${app.name}"`,
            ),
          ],
          fixes: fixesFor(node, name, ext, e, c),
        });
        return;
      }
    }
    const r = underAny(name, e.values);
    if (r !== false) return;
    ctx.report({
      start: node.contentStart,
      end: node.contentEnd,
      message: `NEMachServiceName "${raw}" is not under any app group of "${ext.name}" (${e.values.join(', ') || 'none'}); the name should be "<app group>.<name>".`,
      related: [
        relatedAt(ext.entitlements, e.node ?? rootDict(ext.entitlements)!.element.open, `App groups of "${ext.name}"`),
      ],
      fixes: fixesFor(node, name, ext, e, c),
    });
  },
};
