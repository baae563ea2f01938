/**
 * The rel of a link written in a page's Markdown. A link out of the site gets "noreferrer": the
 * site it opens is then not told the visitor came from a page about domestic violence (the
 * Referer header), and editors need not remember it.
 */
export function linkRel(href: unknown, rel?: unknown): string | undefined {
  const tokens = typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  if (typeof href === 'string' && /^https?:\/\//i.test(href) && !tokens.includes('noreferrer')) tokens.push('noreferrer');
  return tokens.length ? tokens.join(' ') : undefined;
}
