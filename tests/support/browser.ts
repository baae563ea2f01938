import type { LaunchOptions } from '@playwright/test';
import { chromiumLaunchOptions as options } from '../../scripts/lib/chromium.mjs';

/** Chromium as every tool of the project starts it (scripts/lib/chromium.mjs). */
export const chromiumLaunchOptions = (): LaunchOptions => options();
