import { describe, expect, it } from 'vitest';
import { policyPresets } from '../../../contracts/policy';
import { emptyServiceContent, type ServiceContent } from '../../../contracts/services';
import {
  canEdit,
  canList,
  canSubmit,
  cleanHtml,
  diffContent,
  forbiddenWordsIn,
  imageIssue,
  listingAfterApproval,
  submissionIssues,
} from './services.rules';

const ks = policyPresets.kuaishou;
const xhs = policyPresets.xiaohongshu;

const full = (over: Partial<ServiceContent> = {}): ServiceContent => ({
  ...emptyServiceContent(),
  classification: '订单管理',
  name: '云帆打单',
  shortDescription: '批量打单',
  descriptionHtml: '<p>说明</p>',
  mainImageFileId: 'fil_1',
  tags: ['打单', '发货', '订单'],
  packages: [
    { name: '标准版', specs: [{ version: '标准', durationDays: 31, priceFen: 100, trial: false }] },
  ],
  ...over,
});

describe('submissionIssues', () => {
  it('lets complete content through', () => {
    expect(submissionIssues(full(), ks)).toEqual({});
    expect(submissionIssues(full(), xhs)).toEqual({});
  });
  it('blocks without packages, with an empty package, or a priced spec at 0', () => {
    expect(submissionIssues(full({ packages: [] }), ks).packages).toBe(
      'validation.service.noPackage',
    );
    expect(
      submissionIssues(full({ packages: [{ name: 'x', specs: [] }] }), ks)['packages.0.specs'],
    ).toBe('validation.service.noSpec');
    const free = full({
      packages: [
        { name: 'x', specs: [{ version: 'v', durationDays: 31, priceFen: 0, trial: false }] },
      ],
    });
    expect(submissionIssues(free, ks)['packages.0.specs.0.priceFen']).toBe(
      'validation.service.price',
    );
    const trial = full({
      packages: [
        { name: 'x', specs: [{ version: 'v', durationDays: 31, priceFen: 0, trial: true }] },
      ],
    });
    expect(submissionIssues(trial, ks)).toEqual({});
  });
  it('applies the xiaohongshu limits: 15 characters, exactly 3 tags, 100-character summary', () => {
    const long = full({ name: '一二三四五六七八九十一二三四五六' });
    expect(submissionIssues(long, xhs).name).toBe('validation.service.nameTooLong');
    expect(submissionIssues(long, ks).name).toBeUndefined();
    expect(submissionIssues(full({ tags: ['a', 'b'] }), xhs).tags).toBe(
      'validation.service.tagsExactly',
    );
    expect(submissionIssues(full({ tags: ['a', 'b'] }), ks).tags).toBeUndefined();
    expect(
      submissionIssues(full({ shortDescription: '字'.repeat(101) }), xhs).shortDescription,
    ).toBe('validation.service.shortDescriptionTooLong');
  });
  it('requires the fields a merchant sees', () => {
    const e = submissionIssues(emptyServiceContent(), ks);
    expect(Object.keys(e).sort()).toEqual(
      [
        'classification',
        'descriptionHtml',
        'mainImageFileId',
        'name',
        'packages',
        'shortDescription',
      ].sort(),
    );
    expect(submissionIssues(full({ descriptionHtml: '<p> </p>' }), ks).descriptionHtml).toBe(
      'validation.required',
    );
  });
});

describe('forbiddenWordsIn', () => {
  it('names each word and where it is, case-insensitively', () => {
    const hits = forbiddenWordsIn(
      full({ name: '官方打单', descriptionHtml: '<p>免费<b>试用</b></p>' }),
      ks.forbiddenWords,
    );
    expect(hits).toEqual([
      { field: 'name', word: '官方' },
      { field: 'descriptionHtml', word: '试用' },
    ]);
    expect(forbiddenWordsIn(full({ tags: ['TEST'] }), ['test'])).toEqual([
      { field: 'tags', word: 'test' },
    ]);
    expect(forbiddenWordsIn(full(), ks.forbiddenWords)).toEqual([]);
  });
});

describe('imageIssue', () => {
  const img = { format: 'jpg', width: 500, height: 500, size: 1000 };
  it('checks format, size, shortest side and (main image) 1:1 from the policy', () => {
    expect(imageIssue(img, ks, 'main')).toBeNull();
    expect(imageIssue({ ...img, format: 'png' }, ks, 'main')?.code).toBe('SERVICES.IMAGE_FORMAT');
    expect(imageIssue({ ...img, format: 'png' }, xhs, 'main')).toBeNull();
    expect(imageIssue({ ...img, size: 5 * 1024 * 1024 + 1 }, ks, 'main')?.code).toBe(
      'SERVICES.IMAGE_TOO_LARGE',
    );
    expect(imageIssue({ ...img, width: 499, height: 499 }, ks, 'main')?.code).toBe(
      'SERVICES.IMAGE_TOO_SMALL',
    );
    expect(imageIssue({ ...img, width: 800 }, ks, 'main')?.code).toBe('SERVICES.IMAGE_NOT_SQUARE');
    expect(imageIssue({ ...img, width: 800 }, ks, 'gallery')).toBeNull();
  });
});

describe('diffContent', () => {
  it('lists changed fields and packages by position', () => {
    const a = full();
    const b = full({ name: '新名', packages: [...a.packages, { name: '高级版', specs: [] }] });
    expect(diffContent(a, b)).toEqual([
      { field: 'name', before: '云帆打单', after: '新名' },
      { field: 'packages.1', before: null, after: { name: '高级版', specs: [] } },
    ]);
    expect(diffContent(a, full())).toEqual([]);
    expect(diffContent(null, a).length).toBeGreaterThan(5);
  });
});

describe('lifecycle rules', () => {
  const s = (over = {}) => ({
    review: 'approved' as const,
    listing: 'listed' as const,
    purged: false,
    listingBlocked: false,
    ...over,
  });
  it('kuaishou: a listed service must be delisted before editing; xiaohongshu keeps it listed', () => {
    expect(canEdit(s(), ks)).toBe(false);
    expect(canEdit(s({ listing: 'delisted' }), ks)).toBe(true);
    expect(canEdit(s(), xhs)).toBe(true);
    expect(canEdit(s({ review: 'in_review' }), xhs)).toBe(false);
    expect(canSubmit(s({ listing: 'delisted' }), ks, false)).toBe(false);
    expect(canSubmit(s({ listing: 'delisted' }), ks, true)).toBe(true);
  });
  it('an unchanged delisted service relists at once; a changed one needs review', () => {
    const d = { ...s({ listing: 'delisted' }), hasLive: true };
    expect(canList(d, false)).toBe(true);
    expect(canList(d, true)).toBe(false);
    expect(canList({ ...d, listingBlocked: true }, false)).toBe(false);
    expect(canList({ ...d, hasLive: false }, false)).toBe(false);
  });
  it('approval lists at once (xiaohongshu) or waits for the provider (kuaishou)', () => {
    expect(listingAfterApproval('unlisted', ks)).toBe('pending_listing');
    expect(listingAfterApproval('delisted', ks)).toBe('pending_listing');
    expect(listingAfterApproval('unlisted', xhs)).toBe('listed');
    expect(listingAfterApproval('listed', ks)).toBe('listed');
    // a penalty's delisting holds through a later approval, under either policy
    expect(listingAfterApproval('delisted', xhs, true)).toBe('delisted');
    expect(listingAfterApproval('delisted', ks, true)).toBe('delisted');
    expect(listingAfterApproval('delisted', xhs, false)).toBe('listed');
  });
});

describe('cleanHtml', () => {
  it('keeps simple formatting and drops scripts, handlers, styles and javascript: links', () => {
    const html = cleanHtml(
      '<p onclick="x()">好<b>用</b><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">a</a><a href="https://ex.com">b</a><span style="color:red">c</span></p>',
    );
    expect(html).toBe(
      '<p>好<b>用</b><a rel="noopener noreferrer nofollow" target="_blank">a</a><a href="https://ex.com" rel="noopener noreferrer nofollow" target="_blank">b</a>c</p>',
    );
  });
});
