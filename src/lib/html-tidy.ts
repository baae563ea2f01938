/**
 * Small fixes to the final HTML that Astro's output needs for a clean W3C check. Pure.
 */

/**
 * Moves `<style>` elements out of `<body>` into `<head>`: Astro puts the islands' one-line style
 * (`astro-island{display:contents}`) before the first island, and a style element in the body is
 * invalid HTML. Order is kept, so the cascade does not change.
 */
export function hoistBodyStyles(html: string): string {
  const start = html.indexOf('<body');
  const headEnd = html.indexOf('</head>');
  if (start < 0 || headEnd < 0 || headEnd > start) return html;
  const styles: string[] = [];
  const body = html.slice(start).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, (m) => {
    styles.push(m);
    return '';
  });
  if (styles.length === 0) return html;
  return html.slice(0, headEnd) + styles.join('') + html.slice(headEnd, start) + body;
}
