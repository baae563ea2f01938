/**
 * Announce every script an island page will run in the page's own HTML. Without this, a phone
 * learns of the island's scripts only when Astro's inline island loader runs, and of their imports
 * (Preact, shared text helpers) only when those have arrived: three round trips one after the
 * other before the help finder or the self-check can be used. With `<link rel="modulepreload">`
 * for all of them, the browser asks for them together as soon as the HTML is read.
 */

/**
 * The modules a built ES module imports statically (`import ... from "./x.js"`, `import "./x.js"`,
 * `export ... from "./x.js"`), as written. Dynamic `import("./x.js")` is left out: it may never run.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/**
 * Every module reachable by static import from the entries, entries first, each once. `read`
 * gives a module's code by its URL path (undefined when it is not a file of the site).
 */
export function moduleClosure(entries: string[], read: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const code = read(path);
    if (code === undefined) continue;
    seen.add(path);
    for (const spec of staticImports(code)) queue.push(new URL(spec, `https://site${path}`).pathname);
  }
  return [...seen];
}
