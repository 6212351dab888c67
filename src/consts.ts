// Site-wide settings from veelgesteld.config.json (shared with the CLI); no logic here.
import project from '../veelgesteld.config.json' with { type: 'json' };

export const SITE_URL = project.siteUrl;
export const COMPANY = project.company.name;
export const COMPANY_HANDLES: readonly string[] = project.company.handles;
export const CONTACT_ROUTE = project.company.contactRoute;
export const LOCALES = ['nl', 'en'] as const;
export const HOME_QUESTIONS = 8;
export const HOME_POSTS = 3;
export const POSTS_PER_PAGE = 10;
