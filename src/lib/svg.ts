/**
 * An icon file of the pictogram set, made small enough to inline in a page: no XML comments,
 * no size, class or empty "bounding box" path, no line breaks. Pure.
 *
 * @example compactSvg('<svg\n  width="24"\n  class="icon"\n  viewBox="0 0 24 24"\n>\n  <path d="M1 1" />\n</svg>') // '<svg viewBox="0 0 24 24"><path d="M1 1"/></svg>'
 */
export function compactSvg(svg: string): string {
  return svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*\/>/g, '')
    .replace(/\s(?:width|height|class)="[^"]*"/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*(\/?>)\s*/g, '$1')
    .replace(/>\s+</g, '><')
    .replace(/<svg\s+/, '<svg ')
    .trim();
}
