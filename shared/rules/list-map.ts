/** Lists kept in a map by key, the key gone when its list empties: the indexes that follow edits. */

/** Append `value` to the list at `key`. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Take `value` out of the list at `key` (once), dropping the key when nothing is left. */
export function removeFrom<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}
