/**
 * Where a position is in an Info.plist, in the terms of the key catalog: which dict ("root", a container key such
 * as `NetworkExtension`, or the `NEProviderClasses` map of extension points) and which key.
 */
import type { DictNode } from '../../model/plist';
import type { PathSegment } from '../../model/query';

/** The catalog location of a dict reached by `path` (keys from the root), or undefined when nelint has no table. */
export function dictLocation(path: readonly PathSegment[]): string | undefined {
  if (path.length === 0) return 'root';
  if (path.length === 1 && typeof path[0] === 'string') return path[0];
  if (path.length === 2 && path[0] === 'NetworkExtension' && path[1] === 'NEProviderClasses') {
    return 'NEProviderClasses';
  }
  return undefined;
}

/** Keys from the root to `dict` (walking entry links upward; only dicts nested in dicts have key paths). */
export function pathOfDict(dict: DictNode): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  let d: DictNode = dict;
  while (d.parent) {
    if (d.parent.kind !== 'dict' || !d.entry) return undefined;
    out.unshift(d.entry.key.text);
    d = d.parent;
  }
  return out;
}
