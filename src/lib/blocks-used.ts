/**
 * Which blocks an MDX text uses, by tag name: `<ContactCard id="x" />` uses ContactCard.
 * Pure: the block registry (src/components/blocks/registry.ts) turns the names into CSS.
 *
 * @example blocksUsed('<Summary>Hi</Summary>\n<ContactCard id="x" />', ['ContactCard', 'Summary']) // ['ContactCard', 'Summary']
 */
export function blocksUsed(mdx: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`<${name}[\\s/>]`).test(mdx));
}
