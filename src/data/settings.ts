import raw from '../../content/settings.json';
import { settingsSchema } from '../schemas/settings';
import { describeIssues } from '../schemas/errors';

/** Site-wide settings editors can change in content/settings.json, checked once. */
const parsed = settingsSchema.safeParse(raw);
if (!parsed.success) {
  throw new Error(describeIssues(parsed.error, raw, 'content/settings.json').join('\n'));
}

export const quickExitUrl: string = parsed.data.quickExitUrl;
/** Who publishes the site; null until decided (then no page names an owner). */
export const publisher: string | null = parsed.data.publisher;
/** Who is responsible for personal data (GDPR); null until decided. */
export const privacyController: string | null = parsed.data.privacyController;
