/**
 * Easy-read pages are ordinary pages whose id is `easy-<id of the page they make easier>`
 * (`easy-what-is` makes `what-is` easier). Each links to the other near its top. Pure.
 *
 * @example counterpart('what-is') // { id: 'easy-what-is', easy: false }
 * @example counterpart('easy-what-is') // { id: 'what-is', easy: true }
 */
export const EASY_PREFIX = 'easy-';

export function counterpart(id: string): { id: string; easy: boolean } {
  return id.startsWith(EASY_PREFIX)
    ? { id: id.slice(EASY_PREFIX.length), easy: true }
    : { id: `${EASY_PREFIX}${id}`, easy: false };
}
