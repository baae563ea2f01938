/**
 * The editors' guide (content/README.md) shows how to write a page and a translation record: its
 * examples must be what the schema accepts, or an editor who follows the guide gets a failing build.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pageSchema } from '../../src/schemas/page';

const guide = readFileSync(new URL('../../content/README.md', import.meta.url), 'utf8');

describe("the editors' guide", () => {
  it('its example page frontmatter is a valid Dutch page', () => {
    const front = /```mdx\n---\n([\s\S]*?)\n---\n```/.exec(guide)?.[1];
    expect(front).toBeDefined();
    const result = pageSchema.safeParse(parse(front!));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
  it('its example translation record is what i18n:stamp writes and the schema accepts', () => {
    const record = /```yaml\n(translatedFrom:[^\n]*)\n```/.exec(guide)?.[1];
    expect(record).toBeDefined();
    const front = /```mdx\n---\n([\s\S]*?)\n---\n```/.exec(guide)![1]!;
    const page = { ...(parse(front) as object), ...(parse(record!) as object) };
    const result = pageSchema.safeParse(page);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
});
