import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { getLocale } from '../i18n/locales';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * Every page written in its language, with its translations as hreflang alternates. Fallback
 * pages (another language's text at this language's address) stay out: they repeat a page that
 * is listed already. From the same route table as the pages themselves.
 */
export const GET: APIRoute = async ({ site: configured }) => {
  const base = configured ?? new URL('https://localhost/');
  const { table } = await loadSite();
  const urls = table.routes
    .filter((r) => !r.isFallback)
    .map((r) => {
      const links = table
        .translations(r.id)
        .map(
          (t) =>
            `<xhtml:link rel="alternate" hreflang="${getLocale(t.locale).lang}" href="${escape(new URL(t.path, base).href)}"/>`,
        )
        .join('');
      return `<url><loc>${escape(new URL(r.path, base).href)}</loc>${links}</url>`;
    });
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' +
    `${urls.join('')}</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
