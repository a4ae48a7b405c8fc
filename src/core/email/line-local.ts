// Whether a pattern's matches stay inside one line, judged from its source: the gate (gate.ts) may
// then run such a rule on the lines that hold its words alone.

/**
 * True when no match of `re` can hold a line break, judged from its source (conservatively: escapes
 * that can match "\n" — \s, \W, \D, codes — negated classes without "\n" in them, "^"/"$" without the
 * m flag, look-arounds and back-references all say false). Such a pattern's matches each lie inside
 * one line, so it can be run on the lines that have its words alone, with the same first match.
 */
export function lineLocal(re: RegExp): boolean {
  if (/[sgy]/.test(re.flags)) return false;
  const src = re.source;
  const wide = /[sWDnrfvtux0-9cpPkbB]/;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      const e = src[i + 1] ?? "";
      // \b and \B match no character; every other escape that can match "\n" is wide.
      if (e !== "b" && e !== "B" && wide.test(e)) return false;
      i++;
    } else if (c === "[") {
      let end = i + 1;
      if (src[end] === "^") end++;
      if (src[end] === "]") end++;
      while (end < src.length && src[end] !== "]") end += src[end] === "\\" ? 2 : 1;
      const body = src.slice(i + 1, end);
      if (body.startsWith("^")) {
        if (!body.includes("\\n")) return false;
      } else if (/\\[sWDnrfvtux0-9cpPk]/.test(body)) return false;
      i = end;
    } else if ((c === "^" || c === "$") && !re.flags.includes("m")) return false;
    else if (c === "(" && src[i + 1] === "?" && src[i + 2] !== ":") return false;
  }
  return true;
}
