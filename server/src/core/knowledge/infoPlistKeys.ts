/** T5 — Info.plist keys that are only honoured at the top level (catalog §1.12), as pattern data. */
import data from './data/infoPlistTopLevelKeys.json';

export const INFO_PLIST_KEYS_VERSION: string = data.version;
const TOP_LEVEL_ONLY = new RegExp(`^(${data.patterns.join('|')})$`);

/** The container dicts whose direct children are checked by `info-plist/misplaced-key`. */
export const INFO_PLIST_CONTAINER_KEYS: readonly string[] = data.containerKeys;

export function isTopLevelOnlyInfoPlistKey(key: string): boolean {
  return TOP_LEVEL_ONLY.test(key) || INFO_PLIST_CONTAINER_KEYS.includes(key);
}
