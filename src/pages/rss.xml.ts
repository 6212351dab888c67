import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { COMPANY } from '../consts.ts';
import { useTranslations } from '../i18n/index.ts';
import { publicPosts } from '../lib/content.ts';
import { paths, slugFromId } from '../lib/paths.ts';
import { publishedDate } from '../lib/sorting.ts';

export const GET: APIRoute = async ({ site }) => {
  const t = useTranslations('nl');
  return rss({
    title: `${t('blog.index.title')} – ${t('site.name', { company: COMPANY })}`,
    description: t('rss.description', { company: COMPANY }),
    site: site!,
    customData: '<language>nl-nl</language>',
    items: (await publicPosts('nl')).map((post) => ({
      title: post.data.title,
      description: post.data.description,
      link: paths.blogPost('nl', slugFromId(post.id)),
      pubDate: publishedDate(post),
    })),
  });
};
