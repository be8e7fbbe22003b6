/**
 * Hover for Info.plist keys, extension-point identifiers and provider class names (catalog §3.2): the diagnostic
 * first, then nelint's description, type/placement/platforms, the quotes, Background facts and rule links.
 */
import type { HoverProvider, HoverRequest, HoverSection } from '../types';
import type { HoverContent } from '../hoverFormat';
import { formatHover } from '../hoverFormat';
import { INFO_PLIST_KEY_CATALOG, infoPlistKey, quotesFor } from '../../knowledge/infoPlistKeyCatalog';
import type { InfoPlistKeyInfo } from '../../knowledge/infoPlistKeyCatalog';
import { EXTENSION_POINT_PREFIX, extensionPoint } from '../../knowledge/extensionPoints';
import { ruleBackground } from '../../knowledge/background';
import { isString } from '../../model/plist';
import { ruleByCode } from '../../rules';
import { dictLocation } from './where';

const PLATFORM_NAMES: Record<string, string> = { macos: 'macOS', ios: 'iOS', tvos: 'tvOS', visionos: 'visionOS' };
const ROLE_NAMES: Record<string, string> = {
  app: 'apps',
  'system-extension': 'system extensions',
  'app-extension': 'app extensions',
};
const POINT_QUOTES = ['Q-U11', 'Q-D23', 'Q-D33'];

function placement(location: string): string {
  return location === 'root' ? 'top level of Info.plist' : `inside \`${location}\``;
}

/** Guidance of the rules behind the diagnostics under the cursor comes before the node's own quotes. */
function withProblems(req: HoverRequest, content: HoverContent): HoverContent {
  const fromRules = req.diagnostics.flatMap((d) => ruleByCode(d.code)?.meta.guidance ?? []);
  return {
    ...content,
    problems: req.diagnostics,
    quotes: [...new Set([...fromRules.slice(0, 3), ...(content.quotes ?? [])])],
    background: [...req.diagnostics.flatMap((d) => ruleBackground(d.code)), ...(content.background ?? [])],
    rules: [...new Set([...req.diagnostics.map((d) => d.code), ...(content.rules ?? [])])],
  };
}

function keyContent(req: HoverRequest, info: InfoPlistKeyInfo, foundIn: string): HoverContent {
  const facts = [`Type: ${info.type}`, `Belongs: ${placement(info.location)}`];
  if (foundIn !== info.location) facts.push(`Here it is ${placement(foundIn)}, where the system does not read it`);
  facts.push(`Platforms: ${info.platforms.map((p) => PLATFORM_NAMES[p]).join(', ')}`);
  if (info.roles) facts.push(`For: ${info.roles.map((r) => ROLE_NAMES[r]).join(', ')}`);
  return {
    title: info.key,
    description: info.description,
    facts,
    allowedValues: info.values ? { values: info.values } : undefined,
    quotes: quotesFor(info, req.file.role.value),
    background: info.background,
    rules: info.rules,
    docsUrl: info.docs,
  };
}

function pointContent(id: string, packaging: 'system' | 'app'): HoverContent | undefined {
  const point = id.startsWith(EXTENSION_POINT_PREFIX) ? extensionPoint(id) : undefined;
  if (!point) return undefined;
  const where = [
    point.systemExtension ? 'system extensions (`NEProviderClasses`)' : '',
    point.appExtension ? 'app extensions (`NSExtension`)' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const facts = [
    `Available to: ${where}`,
    `Provider class: \`${point.providerClass}\``,
    `Entitlement value: \`${point.neValue}\`${point.systemExtension ? ` (\`${point.neValue}-systemextension\` for Developer ID)` : ''}`,
  ];
  const usable = packaging === 'system' ? point.systemExtension : point.appExtension;
  if (!usable) facts.push(`Not available to ${packaging} extensions`);
  return {
    title: id,
    description: `Network Extension extension point \`${point.point}\`.`,
    facts,
    quotes: POINT_QUOTES,
    rules: ['info-plist/unknown-extension-point'],
  };
}

function providerClassContent(className: string, pointId: string | undefined): HoverContent {
  const point = pointId ? extensionPoint(pointId) : undefined;
  const facts: string[] = [];
  if (point) facts.push(`Must subclass \`${point.providerClass}\` (extension point \`${point.point}\`)`);
  facts.push(
    className.includes('$(PRODUCT_MODULE_NAME).')
      ? '`$(PRODUCT_MODULE_NAME).` is replaced by the Swift module name at build time'
      : 'A bare class name works only when the class is exported to Objective-C under that name (`@objc(Name)`)',
  );
  return {
    title: className,
    description: 'The provider class the system instantiates for this extension point.',
    facts,
    quotes: POINT_QUOTES,
  };
}

/** The catalog entry for a key: in the dict it is in, or (misplaced) wherever it belongs. */
function lookup(key: string, location: string): InfoPlistKeyInfo | undefined {
  return infoPlistKey(key, location) ?? INFO_PLIST_KEY_CATALOG.find((k) => k.key === key);
}

function keyHover(req: HoverRequest): HoverContent | undefined {
  const { path } = req.location;
  const key = path[path.length - 1];
  const location = dictLocation(path.slice(0, -1));
  if (typeof key !== 'string' || !location) return undefined;
  if (location === 'NEProviderClasses') return pointContent(key, 'system');
  const info = lookup(key, location);
  return info ? keyContent(req, info, location) : undefined;
}

function valueHover(req: HoverRequest): HoverContent | undefined {
  const { path, node } = req.location;
  if (!node || path.length === 0) return undefined;
  const key = path[path.length - 1];
  const location = dictLocation(path.slice(0, -1));
  if (typeof key !== 'string' || !location) return undefined;
  if (isString(node)) {
    const text = node.text.trim();
    if (location === 'NEProviderClasses') return providerClassContent(text, key);
    if (key === 'NSExtensionPointIdentifier' || key === 'EXExtensionPointIdentifier') {
      const p = pointContent(text, 'app');
      if (p) return p;
    }
    if (key === 'NSExtensionPrincipalClass' && location === 'NSExtension') {
      const ext = req.location.dict;
      const pv = ext?.map.get('NSExtensionPointIdentifier')?.value;
      return providerClassContent(text, isString(pv) ? pv.text.trim() : undefined);
    }
  }
  const info = lookup(key, location);
  return info ? keyContent(req, info, location) : undefined;
}

export const infoPlistHover: HoverProvider = (req): HoverSection | undefined => {
  if (req.file.kind !== 'info-plist') return undefined;
  const { location } = req;
  if (location.key) {
    const content = keyHover(req);
    if (!content) return undefined;
    const k = location.key.key;
    return { markdown: formatHover(withProblems(req, content)), start: k.start, end: k.end };
  }
  const node = location.node;
  if (!node || node === req.doc.root || location.path.length === 0) return undefined;
  // Inside a container value (between its entries) the key's own hover would be noise.
  if ((node.kind === 'dict' || node.kind === 'array') && req.offset > node.element.open.end) return undefined;
  const content = valueHover(req);
  if (!content) return undefined;
  return { markdown: formatHover(withProblems(req, content)), start: node.start, end: node.end };
};
