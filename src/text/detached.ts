// Strings of the output that share no memory with the text they were cut from. V8 makes a slice of
// 13 or more characters (`text.slice`, a regex match, `trim`) a view of its parent string, so one
// unit name keeps a whole item's text alive, one section title its paragraph, one reference title
// the whole plan joined for the search (a 10 MB text: ~20 MB of parents behind ~4 MB of output).
// Shorter strings are always copies, never views.
const SHORTEST_VIEW = 13;

/** `text` as a string of its own: a copy of its characters, not a view of a larger string. */
export function detached(text: string): string {
  // the concatenation is a rope; slicing it flattens it into a new string just one character longer
  return text.length < SHORTEST_VIEW ? text : ` ${text}`.slice(1);
}

/**
 * Replaces every string in a tree of plain data (objects and arrays as JSON has them) by its
 * detached copy, in place; returns the tree.
 */
export function detachStrings<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const element: unknown = value[index];
      if (typeof element === 'string') value[index] = detached(element);
      else if (typeof element === 'object' && element !== null) detachStrings(element);
    }
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const member = record[key];
      if (typeof member === 'string') record[key] = detached(member);
      else if (typeof member === 'object' && member !== null) detachStrings(member);
    }
  }
  return value;
}
