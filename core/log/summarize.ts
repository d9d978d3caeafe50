// What of a call's arguments goes into the log: enough to see the shape of the request that failed,
// never a person's data in full. Strings keep their first characters and say how long they were;
// long lists keep their first items and their length; deep nesting is cut.

const MAX_TEXT = 24;
const MAX_ITEMS = 5;
const MAX_KEYS = 20;
const MAX_DEPTH = 3;

export function summarizeArgs(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}… (${value.length} ký tự)` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[${value.length} mục]` : '{…}';
  if (Array.isArray(value)) {
    const head = value.slice(0, MAX_ITEMS).map((v) => summarizeArgs(v, depth + 1));
    return value.length > MAX_ITEMS ? [...head, `… (${value.length} mục)`] : head;
  }
  const entries = Object.entries(value);
  const kept = entries.slice(0, MAX_KEYS).map(([k, v]) => [summarizeArgs(k) as string, summarizeArgs(v, depth + 1)] as const);
  if (entries.length > MAX_KEYS) kept.push(['…', `${entries.length} trường`]);
  return Object.fromEntries(kept);
}
