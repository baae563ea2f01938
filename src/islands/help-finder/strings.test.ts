import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { finderStringKeys } from './HelpFinder';

describe('the help finder island’s strings', () => {
  it('are exactly the UI strings its code uses, so its props carry no more than it needs', () => {
    const code = readFileSync(new URL('./HelpFinder.tsx', import.meta.url), 'utf8').replace(
      /export const finderStringKeys[\s\S]*?\] as const;/,
      '',
    );
    const used = [...new Set([...code.matchAll(/'(finder\.[\w.]+)'/g)].map((m) => m[1]))].sort();
    expect([...finderStringKeys].sort()).toEqual(used);
  });
});
