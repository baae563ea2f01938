import type { APIRoute } from 'astro';

/** The sitemap index: one sitemap (sitemap-0.xml) for the whole site. */
export const GET: APIRoute = ({ site }) => {
  const base = site ?? new URL('https://localhost/');
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    `<sitemap><loc>${new URL('/sitemap-0.xml', base).href}</loc></sitemap></sitemapindex>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
