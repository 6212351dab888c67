// What the list components show: one link per question or post. Shared by the components and the
// route builders (plain .ts modules cannot import types from .astro files).
export type QuestionLink = { title: string; href: string; count?: number | undefined; badge?: string | undefined };
export type PostLink = { title: string; href: string; description: string; date?: Date | undefined; badge?: string | undefined };
