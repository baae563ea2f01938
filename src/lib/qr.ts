/**
 * QR codes as SVG, made at build time (no request to any service, nothing sent anywhere).
 * Error correction M: a code printed on a poster survives a smudge or a fold.
 */
import QRCode from 'qrcode';

/** An SVG QR code for a URL, in black on white, with the quiet zone scanners need. */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // Decorative for screen readers: the address is always written out next to the code.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}

/** The placeholder address a build without SITE_URL uses (astro.config.mjs). */
export const PLACEHOLDER_SITE = 'https://huiselijkgeweld-haaglanden.example';
