/**
 * N17 — the system-extension `NetworkExtension` dictionary must map extension points to provider classes:
 * `NEProviderClasses` is a non-empty dict of non-empty strings, and `NEMachServiceName`, when present, is a
 * non-empty string. Extra custom keys, bare class names and several providers are all fine.
 */
import { isDict, isString } from '../../model/plist';
import type { DictEntry, DictNode, PlistNode } from '../../model/plist';
import type { Fix, Rule, RuleContext } from '../types';
import { insertEntry } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import { rootDictOf } from './support/context';
import { canFix, keySpan, valueSpan } from './support/spans';
import type { Span } from './support/spans';

const POINT_CHOICE = '${1|packet-tunnel,app-proxy,filter-data,filter-packet,dns-proxy|}';
const POINT_KEY = `com.apple.networkextension.${POINT_CHOICE}`;
const CLASS_XML = '<string>$(PRODUCT_MODULE_NAME).${2:Provider}</string>';

function isNonEmptyString(n: PlistNode): boolean {
  return isString(n) && (n.text.trim() !== '' || hasBuildVariable(n.text));
}

function report(ctx: RuleContext, span: Span, detail: string, fixes: Fix[] = []): void {
  ctx.report({ ...span, message: `NetworkExtension dictionary is malformed: ${detail}.`, fixes });
}

function insertProviderClassesFix(ctx: RuleContext, ne: DictNode): Fix[] {
  if (!canFix(ctx)) return [];
  const xml = `<dict>\n\t<key>${POINT_KEY}</key>\n\t${CLASS_XML}\n</dict>`;
  return [
    {
      title: 'Add NEProviderClasses',
      preferred: true,
      snippet: true,
      edits: [insertEntry(ctx.doc, ne, 'NEProviderClasses', xml)],
    },
  ];
}

function insertProviderFix(ctx: RuleContext, classes: DictNode): Fix[] {
  if (!canFix(ctx)) return [];
  return [
    {
      title: 'Add a provider class',
      preferred: true,
      snippet: true,
      edits: [insertEntry(ctx.doc, classes, POINT_KEY, CLASS_XML)],
    },
  ];
}

function checkProviderClasses(ctx: RuleContext, ne: DictNode, entry: DictEntry | undefined): void {
  if (!entry) {
    report(ctx, keySpan(ne.entry!), 'it has no NEProviderClasses', insertProviderClassesFix(ctx, ne));
    return;
  }
  const classes = entry.value;
  if (!classes) return;
  if (!isDict(classes)) {
    report(ctx, valueSpan(classes), `NEProviderClasses must be a <dict>, not <${classes.kind}>`);
    return;
  }
  if (classes.entries.length === 0) {
    report(ctx, keySpan(entry), 'NEProviderClasses is empty', insertProviderFix(ctx, classes));
    return;
  }
  for (const e of classes.entries) {
    if (e.duplicate || !e.value || isNonEmptyString(e.value)) continue;
    const detail = isString(e.value)
      ? `the provider class for "${e.key.text}" is empty`
      : `the provider class for "${e.key.text}" must be a <string>, not <${e.value.kind}>`;
    report(ctx, valueSpan(e.value), detail);
  }
}

export const rule: Rule = {
  meta: {
    id: 'N17',
    code: 'info-plist/networkextension-dict-malformed',
    family: 'info-plist',
    severity: 'error',
    kinds: ['info-plist'],
    fixable: true,
    description:
      'The NetworkExtension dictionary of a system extension does not map extension points to provider classes.',
    guidance: ['Q-U11', 'Q-D16', 'Q-D18', 'Q-D23'],
  },
  check(ctx) {
    const neEntry = rootDictOf(ctx)?.map.get('NetworkExtension');
    const ne = neEntry?.value;
    if (!neEntry || !ne) return;
    if (!isDict(ne)) {
      report(ctx, valueSpan(ne), `NetworkExtension must be a <dict>, not <${ne.kind}>`);
      return;
    }
    checkProviderClasses(ctx, ne, ne.map.get('NEProviderClasses'));
    const mach = ne.map.get('NEMachServiceName')?.value;
    if (mach && !isNonEmptyString(mach)) {
      const detail = isString(mach)
        ? 'NEMachServiceName is empty'
        : `NEMachServiceName must be a <string>, not <${mach.kind}>`;
      report(ctx, valueSpan(mach), detail);
    }
  },
};
