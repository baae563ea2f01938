import type { z } from 'astro/zod';

/**
 * The one formatter for schema problems, so an editor can find and fix them: "field: what is
 * wrong"; given the data, it quotes the value or says the field is missing. `prefix` is usually
 * the file ("content/pages/nl/x.mdx").
 *
 * @example describeIssues(error, data, 'content/pages/nl/huisverbod.mdx')
 * // ['content/pages/nl/huisverbod.mdx: field "sources" is missing']
 */
export function describeIssues(
  error: Pick<z.ZodError, 'issues'>,
  data: unknown = undefined,
  prefix = '',
  hint: (path: PropertyKey[], value: unknown) => string = () => '',
): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    let value: unknown = data;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    let line: string;
    if (data === undefined) line = where ? `${where}: ${issue.message}` : issue.message;
    else if (value === undefined && issue.path.length > 0) line = `field "${where}" is missing`;
    else {
      const shown = typeof value === 'string' ? ` "${value}"` : '';
      line = where ? `${where}${shown} ${issue.message}${hint(issue.path, value)}` : issue.message;
    }
    return prefix ? `${prefix}: ${line}` : line;
  });
}
