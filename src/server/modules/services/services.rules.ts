import { createRequire } from 'node:module';
import type SanitizeHtml from 'sanitize-html';
import type { Policy } from '../../../contracts/policy';
import type {
  DiffRow,
  ServiceContent,
  ServiceListingState,
  ServiceReviewState,
} from '../../../contracts/services';

/** Policy keys the service rules read (every one is operator-configurable). */
export type ServicePolicy = Pick<
  Policy,
  | 'afterApproval'
  | 'editListed'
  | 'serviceNameMaxChars'
  | 'serviceTagsExactly'
  | 'shortDescriptionMaxChars'
  | 'forbiddenWords'
  | 'serviceImageFormats'
  | 'serviceImageMinPx'
  | 'serviceImageSquare'
  | 'serviceImageMaxKb'
>;

export type ServiceState = {
  review: ServiceReviewState;
  listing: ServiceListingState;
  purged: boolean;
  listingBlocked: boolean;
};

/** Characters as people count them (an emoji or a CJK character is one). */
export const charCount = (s: string) => [...s].length;

/**
 * What blocks a submission, as field → message key: required fields, the policy's limits and the
 * packages (at least one, each with at least one spec row). An empty map lets it through.
 */
export function submissionIssues(c: ServiceContent, p: ServicePolicy): Record<string, string> {
  const e: Record<string, string> = {};
  if (!c.name.trim()) e.name = 'validation.required';
  else if (p.serviceNameMaxChars !== null && charCount(c.name) > p.serviceNameMaxChars)
    e.name = 'validation.service.nameTooLong';
  if (!c.classification.trim()) e.classification = 'validation.required';
  if (!c.shortDescription.trim()) e.shortDescription = 'validation.required';
  else if (
    p.shortDescriptionMaxChars !== null &&
    charCount(c.shortDescription) > p.shortDescriptionMaxChars
  )
    e.shortDescription = 'validation.service.shortDescriptionTooLong';
  if (!stripTags(c.descriptionHtml).trim()) e.descriptionHtml = 'validation.required';
  if (!c.mainImageFileId) e.mainImageFileId = 'validation.required';
  if (p.serviceTagsExactly !== null && c.tags.length !== p.serviceTagsExactly)
    e.tags = 'validation.service.tagsExactly';
  else if (new Set(c.tags).size !== c.tags.length) e.tags = 'validation.service.tagsDuplicate';
  if (c.packages.length === 0) e.packages = 'validation.service.noPackage';
  c.packages.forEach((pkg, i) => {
    if (!pkg.name.trim()) e[`packages.${i}.name`] = 'validation.required';
    if (pkg.specs.length === 0) e[`packages.${i}.specs`] = 'validation.service.noSpec';
    pkg.specs.forEach((s, j) => {
      if (!s.version.trim()) e[`packages.${i}.specs.${j}.version`] = 'validation.required';
      if (!s.trial && s.priceFen <= 0)
        e[`packages.${i}.specs.${j}.priceFen`] = 'validation.service.price';
    });
  });
  return e;
}

export function stripTags(html: string) {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ');
}

/** Every forbidden word found in the name, short description, tags, packages or description. */
export function forbiddenWordsIn(c: ServiceContent, words: string[]) {
  const fields: Array<[string, string]> = [
    ['name', c.name],
    ['shortDescription', c.shortDescription],
    ['classification', c.classification],
    ['tags', c.tags.join(' ')],
    [
      'packages',
      c.packages.map((p) => [p.name, ...p.specs.map((s) => s.version)].join(' ')).join(' '),
    ],
    ['descriptionHtml', stripTags(c.descriptionHtml)],
  ];
  const hits: Array<{ field: string; word: string }> = [];
  for (const [field, value] of fields) {
    const lower = value.toLowerCase();
    for (const w of words) if (w && lower.includes(w.toLowerCase())) hits.push({ field, word: w });
  }
  return hits;
}

export type ImageMeta = { format: string; width: number; height: number; size: number };

/** Why an image breaks the policy (a message key and its params), or null when it passes. */
export function imageIssue(
  img: ImageMeta,
  p: ServicePolicy,
  role: 'main' | 'gallery',
): { code: string; params: Record<string, string | number> } | null {
  const formats = p.serviceImageFormats as string[];
  if (!formats.includes(img.format))
    return {
      code: 'SERVICES.IMAGE_FORMAT',
      params: { allowed: formats.map((f) => f.toUpperCase()).join(', ') },
    };
  if (img.size > p.serviceImageMaxKb * 1024)
    return { code: 'SERVICES.IMAGE_TOO_LARGE', params: { max: `${p.serviceImageMaxKb} KB` } };
  if (p.serviceImageMinPx !== null && Math.min(img.width, img.height) < p.serviceImageMinPx)
    return {
      code: 'SERVICES.IMAGE_TOO_SMALL',
      params: { min: p.serviceImageMinPx, width: img.width, height: img.height },
    };
  if (role === 'main' && p.serviceImageSquare && img.width !== img.height)
    return { code: 'SERVICES.IMAGE_NOT_SQUARE', params: { width: img.width, height: img.height } };
  return null;
}

const FIELDS: Array<keyof ServiceContent> = [
  'name',
  'classification',
  'shortDescription',
  'descriptionHtml',
  'mainImageFileId',
  'galleryFileIds',
  'tags',
  'packages',
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field-level differences from the live content (null: nothing is live, every field is new). */
export function diffContent(before: ServiceContent | null, after: ServiceContent): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const f of FIELDS) {
    if (f === 'packages') {
      const n = Math.max(before?.packages.length ?? 0, after.packages.length);
      for (let i = 0; i < n; i++) {
        const b = before?.packages[i] ?? null;
        const a = after.packages[i] ?? null;
        if (!same(b, a)) rows.push({ field: `packages.${i}`, before: b, after: a });
      }
      continue;
    }
    const b = before ? before[f] : null;
    if (!same(b, after[f])) rows.push({ field: f, before: b, after: after[f] });
  }
  return rows;
}

export const sameContent = (a: ServiceContent, b: ServiceContent) => diffContent(a, b).length === 0;

/**
 * The draft may be changed unless a version is under review, the service is purged, or (policy
 * `delist_first`) it is listed: editing a listed service then requires delisting first.
 */
export function canEdit(s: ServiceState, p: Pick<ServicePolicy, 'editListed'>) {
  if (s.purged || s.review === 'in_review') return false;
  return !(s.listing === 'listed' && p.editListed === 'delist_first');
}

export function canSubmit(
  s: ServiceState,
  p: Pick<ServicePolicy, 'editListed'>,
  draftChanged: boolean,
) {
  return canEdit(s, p) && (s.review !== 'approved' || draftChanged);
}

/** Listing by the provider: an approved version, not listed yet, its content unchanged. */
export function canList(s: ServiceState & { hasLive: boolean }, draftChanged: boolean) {
  return (
    !s.purged &&
    !s.listingBlocked &&
    s.hasLive &&
    s.review !== 'in_review' &&
    !draftChanged &&
    (s.listing === 'pending_listing' || s.listing === 'delisted')
  );
}

export const canDelist = (s: ServiceState) => !s.purged && s.listing === 'listed';

/** Where an approval leaves the listing: listed at once (xiaohongshu) or waiting (kuaishou). */
export function listingAfterApproval(
  current: ServiceListingState,
  p: Pick<ServicePolicy, 'afterApproval'>,
  /** Delisted by a penalty (delist, purge, revoked category): an approval does not list it again. */
  blocked = false,
): ServiceListingState {
  if (blocked && current !== 'listed') return current;
  if (current === 'listed' || p.afterApproval === 'listed') return 'listed';
  return 'pending_listing';
}

// sanitize-html (with its HTML parser) is ~0.1–0.2 s of loading: required with the first
// description, not at every server start.
let sanitizer: typeof SanitizeHtml | undefined;
const loadSanitizer = () =>
  (sanitizer ??= createRequire(import.meta.url)('sanitize-html') as typeof SanitizeHtml);

/** Rich text kept to a small safe set: no scripts, styles, event handlers or foreign frames. */
export function cleanHtml(html: string) {
  const sanitizeHtml = loadSanitizer();
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'b',
      'strong',
      'i',
      'em',
      'u',
      'ul',
      'ol',
      'li',
      'h3',
      'h4',
      'blockquote',
      'a',
    ],
    allowedAttributes: { a: ['href', 'target', 'rel'] },
    allowedSchemes: ['http', 'https'],
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', {
        rel: 'noopener noreferrer nofollow',
        target: '_blank',
      }),
    },
  });
}
