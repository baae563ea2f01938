/**
 * An icon file of the pictogram set, made small enough to inline in a page: no XML comments, no
 * size, class or namespace (inline SVG in HTML needs none), no empty "bounding box" path, the
 * set's common stroke style left to the site CSS (`.icon svg`, `.easy-step__picture svg`), and
 * plain paths joined into one. Pure.
 *
 * @example compactSvg('<svg\n  width="24"\n  class="icon"\n  viewBox="0 0 24 24"\n  fill="none"\n>\n  <path d="M1 1" />\n  <path d="M2 2" />\n</svg>') // '<svg viewBox="0 0 24 24"><path d="M1 1M2 2"/></svg>'
 */
export function compactSvg(svg: string): string {
  const compact = svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*\/>/g, '')
    .replace(
      /\s(?:width|height|class|xmlns|fill|stroke|stroke-width|stroke-linecap|stroke-linejoin)="[^"]*"(?=[^<]*>)/g,
      (m, offset, s) =>
        // Only on the <svg> element itself: a path's own fill (a filled shape) stays.
        s.lastIndexOf('<svg', offset) > s.lastIndexOf('<path', offset) ? '' : m,
    )
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*(\/?>)\s*/g, '$1')
    .replace(/>\s+</g, '><')
    .replace(/<svg\s+/, '<svg ')
    .trim();
  // Plain paths (only a d attribute) drawn the same way can be one path.
  const plain = [...compact.matchAll(/<path d="([^"]+)"\/>/g)];
  if (plain.length < 2) return compact;
  const joined = `<path d="${plain.map((m) => m[1]).join('')}"/>`;
  let first = true;
  return compact.replace(/<path d="[^"]+"\/>/g, () => (first ? ((first = false), joined) : ''));
}
