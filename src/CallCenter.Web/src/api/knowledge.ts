import { api, request } from './client';

import { Permissions } from './generated/permissions';

// Mirrors src/CallCenter.Application.Contracts/Knowledge/*Dtos.cs; the permissions are generated.
export const KnowledgePermissions = Permissions.Knowledge;

export type ArticleStatus = 'Draft' | 'Published' | 'Archived';
export type ArticleAudience = 'Internal' | 'Public';

export interface KnowledgeArticle {
  id: string;
  code: string;
  title: string;
  bodyMarkdown: string;
  /** Rendered and sanitized by the server. */
  bodyHtml: string;
  standardAnswer: string;
  keywords: string[];
  /** Question phrasings (常见问法): how callers ask what the article answers. */
  questions: string[];
  categoryId: string;
  categoryPath: string[];
  audience: ArticleAudience;
  status: ArticleStatus;
  version: number;
  publishedAt: string | null;
  scheduledPublishAt: string | null;
  helpfulCount: number;
  notHelpfulCount: number;
  lastModificationTime: string | null;
  concurrencyStamp: string;
}

export interface KnowledgeImage {
  id: string;
  articleId: string;
  /** /api/knowledge/images/{id}: the only image address the server's sanitizer keeps. */
  url: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
}

export interface KnowledgeArticleInput {
  title: string;
  bodyMarkdown: string;
  standardAnswer: string;
  keywords: string[];
  /** Question phrasings (常见问法): how callers ask what the article answers. */
  questions: string[];
  categoryId: string;
  audience: ArticleAudience;
  concurrencyStamp?: string;
}

export interface KnowledgeArticleListItem {
  id: string;
  code: string;
  title: string;
  categoryId: string;
  categoryName: string | null;
  audience: ArticleAudience;
  status: ArticleStatus;
  version: number;
  publishedAt: string | null;
  scheduledPublishAt: string | null;
  lastModificationTime: string | null;
}

export interface KnowledgeVersion {
  version: number;
  title: string;
  bodyMarkdown: string;
  standardAnswer: string;
  keywords: string[];
  /** Question phrasings (常见问法): how callers ask what the article answers. */
  questions: string[];
  categoryId: string;
  audience: ArticleAudience;
  editorName: string | null;
  creationTime: string;
}

export interface KnowledgeCategory {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
  publishedCount: number;
}

export interface KnowledgeCategoryInput {
  code: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
}

export interface KnowledgeHit {
  id: string;
  code: string;
  title: string;
  /** HTML-escaped by the server; only <em> marks matches. */
  titleHtml: string;
  snippetHtml: string;
  standardAnswer: string;
  categoryId: string;
  categoryName: string | null;
  audience: ArticleAudience;
  status: ArticleStatus;
  score: number;
}

export interface KnowledgeSearchResult {
  items: KnowledgeHit[];
  totalCount: number;
  facets: { categoryId: string; name: string; count: number }[];
}

export const knowledgeApi = {
  search: (q: string, categoryId?: string, page = 1, status?: ArticleStatus) =>
    api.get<KnowledgeSearchResult>('/api/knowledge/search', { q, categoryId, page, pageSize: 10, status }),
  suggestions: (text?: string, categoryCode?: string, take = 5) =>
    api.get<KnowledgeHit[]>('/api/knowledge/suggestions', { text, categoryCode, take }),
  list: (query: { filter?: string; status?: ArticleStatus; categoryId?: string; page?: number; pageSize?: number }) =>
    api.get<{ items: KnowledgeArticleListItem[]; totalCount: number }>('/api/knowledge/articles', query),
  get: (id: string) => api.get<KnowledgeArticle>(`/api/knowledge/articles/${id}`),
  create: (input: KnowledgeArticleInput) => api.post<KnowledgeArticle>('/api/knowledge/articles', input),
  update: (id: string, input: KnowledgeArticleInput) => api.put<KnowledgeArticle>(`/api/knowledge/articles/${id}`, input),
  publish: (id: string, publishAt?: string) =>
    api.post<KnowledgeArticle>(`/api/knowledge/articles/${id}/publish`, undefined, { query: { publishAt } }),
  archive: (id: string) => api.post<KnowledgeArticle>(`/api/knowledge/articles/${id}/archive`),
  versions: (id: string) => api.get<KnowledgeVersion[]>(`/api/knowledge/articles/${id}/versions`),
  feedback: (id: string, helpful: boolean, query?: string) =>
    api.post<{ helpfulCount: number; notHelpfulCount: number }>(`/api/knowledge/articles/${id}/feedback`, { helpful, query }),
  preview: (markdown: string) => api.post<{ html: string }>('/api/knowledge/preview', { markdown }),
  /** The server checks the bytes (PNG, JPEG, WebP, GIF; at most 5 MB) and answers the URL to put in the Markdown. */
  uploadImage: (articleId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<KnowledgeImage>('POST', `/api/knowledge/articles/${articleId}/images`, { body: form });
  },
  categories: () => api.get<KnowledgeCategory[]>('/api/knowledge/categories'),
  createCategory: (input: KnowledgeCategoryInput) => api.post<KnowledgeCategory>('/api/knowledge/categories', input),
  updateCategory: (id: string, input: KnowledgeCategoryInput) => api.put<KnowledgeCategory>(`/api/knowledge/categories/${id}`, input),
  synonyms: () => api.get<{ groups: string[][] }>('/api/knowledge/synonyms'),
  setSynonyms: (groups: string[][]) => api.put<{ groups: string[][] }>('/api/knowledge/synonyms', { groups }),
};

export const statusColor: Record<ArticleStatus, string> = { Draft: 'gold', Published: 'green', Archived: 'default' };
