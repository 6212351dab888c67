// Site-wide settings from veelgesteld.config.json (shared with the CLI); no logic here.
import project from '../veelgesteld.config.json' with { type: 'json' };

export const SITE_URL = project.siteUrl;
export const COMPANY = project.company.name;
export const CONTACT_ROUTE = project.company.contactRoute;
export const HOME_QUESTIONS = 8;
export const HOME_POSTS = 3;
export const POSTS_PER_PAGE = 10;
/**
 * The most asked articles per language get their own social card; the long tail shares its
 * category's card. Rendering costs ~15 ms per card, which would dominate a 10,000-article build.
 */
export const OG_ARTICLE_CARDS = 1000;
