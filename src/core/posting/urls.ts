// URL helpers: manifest-style match patterns and canonical URLs for de-duplication.

export function toUrl(input: string | URL): URL | undefined {
  try {
    return new URL(String(input));
  } catch {
    return undefined;
  }
}

const patternCache = new Map<string, RegExp>();

/** A manifest match pattern ("https://*.linkedin.com/jobs/*") as a RegExp over href without the hash. */
export function patternToRegExp(pattern: string): RegExp {
  const cached = patternCache.get(pattern);
  if (cached) return cached;
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  const schemeRe = scheme === "*" ? "https?" : scheme;
  const hostRe =
    host === "*" ? "[^/]+" : host.startsWith("*.") ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  const pathRe = path.split("*").map(esc).join(".*");
  const re = new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`, "i");
  patternCache.set(pattern, re);
  return re;
}

export function matchesPattern(pattern: string, url: URL): boolean {
  return patternToRegExp(pattern).test(`${url.protocol}//${url.host}${url.pathname}${url.search}`);
}

const TRACKING =
  /^(utm_.*|gclid|fbclid|msclkid|mc_[ce]id|_hs.*|ref|refid|trk|trackingid|lipi|src|source|from|gh_src|lever-source.*|lever-origin|ccuid|mobile|ascend_.*)$/i;

/** href without hash and tracking parameters, remaining parameters sorted, host lower-cased. */
export function canonicalize(url: URL): string {
  const out = new URL(url.href);
  out.hash = "";
  const keep = queryPairs(out).filter(([k]) => !TRACKING.test(k));
  keep.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.search = "";
  for (const [k, v] of keep) out.searchParams.append(k, v);
  return out.href;
}

/** origin + path (+ the given parameters only), for boards whose id lives in the path or one parameter. */
export function canonicalWith(
  url: URL,
  path: string = url.pathname,
  params: Record<string, string> = {},
): string {
  const out = new URL(path, url.origin);
  for (const [k, v] of Object.entries(params)) out.searchParams.set(k, v);
  return out.href;
}

/**
 * The query's name/value pairs. forEach, not iteration: in a Firefox content script URLSearchParams
 * is seen through an Xray wrapper and is not iterable (caught by the Firefox smoke test).
 */
function queryPairs(url: URL): [string, string][] {
  const pairs: [string, string][] = [];
  url.searchParams.forEach((v, k) => {
    pairs.push([k, v]);
  });
  return pairs;
}

/** A query parameter, case-insensitive on its name. */
export function param(url: URL, name: string): string {
  const lower = name.toLowerCase();
  const hit = queryPairs(url).find(([k, v]) => k.toLowerCase() === lower && v.trim());
  return hit ? hit[1].trim() : "";
}
