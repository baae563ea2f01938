import settings from '../content/settings.json';

/** Site-wide settings editors can change in content/settings.json. */
if (!/^https:\/\/[^/]+\//.test(settings.quickExitUrl)) {
  throw new Error(
    `content/settings.json: quickExitUrl "${settings.quickExitUrl}" must be a full https:// address of another website.`,
  );
}

export const quickExitUrl: string = settings.quickExitUrl;
