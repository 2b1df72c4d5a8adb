import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CategoryRequirements } from '../../../contracts/catalog';
import {
  canWithdraw,
  choiceRefusals,
  fullYearsBetween,
  materialFiles,
  materialsIssues,
  relevantMaterials,
  thresholdRefusal,
} from './qualifications.rules';

const none: CategoryRequirements = {
  minRegisteredCapitalWan: null,
  minYearsRegistered: null,
  minStaff: null,
  minCaseStudies: null,
  requiresMrdPrd: false,
  requiresCustomerService5x8: false,
  proofKind: null,
};
const company = { registeredCapitalWan: 10, establishedOn: '2025-12-01', staffSize: 5 };

describe('fullYearsBetween', () => {
  it('counts whole years only, and handles 29 February', () => {
    expect(fullYearsBetween('2019-03-15', '2026-03-14')).toBe(6);
    expect(fullYearsBetween('2019-03-15', '2026-03-15')).toBe(7);
    expect(fullYearsBetween('2020-02-29', '2021-02-28')).toBe(0);
    expect(fullYearsBetween('2020-02-29', '2021-03-01')).toBe(1);
    expect(fullYearsBetween('2027-01-01', '2026-01-01')).toBe(0);
  });
  it('never decreases as today moves forward', () => {
    const day = fc
      .integer({ min: 0, max: 20000 })
      .map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (from, a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        return fullYearsBetween(from, x) <= fullYearsBetween(from, y);
      }),
    );
  });
});

describe('thresholds', () => {
  it('names each missed threshold with both numbers; none when met or absent', () => {
    expect(thresholdRefusal(none, company, '2026-11-25')).toBeNull();
    const r = thresholdRefusal(
      { ...none, minRegisteredCapitalWan: 20, minYearsRegistered: 1, minStaff: 8 },
      company,
      '2026-11-25',
    );
    expect(r).toEqual({
      code: 'QUALIFICATIONS.CAPITAL_TOO_LOW',
      fields: {
        registeredCapitalWan: 'QUALIFICATIONS.CAPITAL_TOO_LOW',
        establishedOn: 'QUALIFICATIONS.TOO_YOUNG',
        staffSize: 'QUALIFICATIONS.TOO_FEW_STAFF',
      },
      params: {
        capitalMin: 20,
        capitalActual: 10,
        yearsMin: 1,
        yearsActual: 0,
        establishedOn: '2025-12-01',
        staffMin: 8,
        staffActual: 5,
      },
    });
    expect(
      thresholdRefusal(
        { ...none, minRegisteredCapitalWan: 10, minStaff: 5 },
        company,
        '2026-11-25',
      ),
    ).toBeNull();
  });

  it('orders refusals: service type, app, thresholds, then lock', () => {
    const codes = choiceRefusals({
      category: { ...none, minStaff: 8, type: 'tool' },
      allowedTypes: ['operation'],
      hasOnlineApp: false,
      company,
      today: '2026-11-25',
      live: { state: 'approved' },
      lockApproved: true,
    }).map((r) => r.code);
    expect(codes).toEqual([
      'QUALIFICATIONS.SERVICE_TYPE_NOT_ALLOWED',
      'QUALIFICATIONS.APP_REQUIRED',
      'QUALIFICATIONS.TOO_FEW_STAFF',
      'QUALIFICATIONS.CATEGORY_LOCKED',
    ]);
  });
});

describe('materials', () => {
  const incubation = { ...none, proofKind: 'incubation' as const };
  const proof = (kind: 'merchant' | 'anchor', gmv: number, i: number) => ({
    name: `p${i}`,
    kind,
    monthlyGmvYuan: gmv,
    screenshotFileId: `fil_${i}`,
  });
  const profile = { capability: 'a', team: 'b', cases: 'c', strengths: 'd' };

  it('陪跑运营 needs 3 proofs and an anchor strictly over 100,000 yuan', () => {
    const base = { companyProfile: profile, deckFileId: 'fil_deck' };
    const two = [proof('anchor', 200_000, 1), proof('merchant', 1, 2)];
    expect(materialsIssues(incubation, { ...base, incubationProofs: two })).toEqual({
      incubationProofs: 'validation.qualification.proofsMin',
    });
    const exactly = [...two.slice(1), proof('merchant', 1, 3), proof('anchor', 100_000, 4)];
    expect(materialsIssues(incubation, { ...base, incubationProofs: exactly })).toEqual({
      incubationProofs: 'validation.qualification.anchorGmv',
    });
    const merchantRich = [
      proof('merchant', 900_000, 1),
      proof('merchant', 1, 2),
      proof('anchor', 1, 3),
    ];
    expect(materialsIssues(incubation, { ...base, incubationProofs: merchantRich })).toEqual({
      incubationProofs: 'validation.qualification.anchorGmv',
    });
    const ok = [...merchantRich, proof('anchor', 100_001, 4)];
    expect(materialsIssues(incubation, { ...base, incubationProofs: ok })).toEqual({});
  });

  it('asks exactly what the category requires, and keeps only that', () => {
    const req = {
      ...none,
      requiresMrdPrd: true,
      requiresCustomerService5x8: true,
      minCaseStudies: 2,
    };
    expect(materialsIssues(req, {})).toEqual({
      mrdPrdFileId: 'validation.qualification.mrdPrdRequired',
      customerService5x8Confirmed: 'validation.qualification.cs5x8Required',
      caseStudies: 'validation.qualification.casesMin',
    });
    expect(materialsIssues(none, {})).toEqual({});
    const kept = relevantMaterials(req, {
      mrdPrdFileId: 'fil_1',
      deckFileId: 'fil_2',
      incubationProofs: [proof('anchor', 1, 1)],
    });
    expect(kept).toEqual({
      mrdPrdFileId: 'fil_1',
      customerService5x8Confirmed: false,
      caseStudies: [],
    });
    expect(materialFiles(kept)).toEqual([
      { path: 'mrdPrdFileId', id: 'fil_1', purpose: 'qualification-document' },
    ]);
  });

  it('withdrawal: anything open; an approved category only when not locked', () => {
    expect(canWithdraw('submitted', true)).toBe(true);
    expect(canWithdraw('approved', true)).toBe(false);
    expect(canWithdraw('approved', false)).toBe(true);
    expect(canWithdraw('withdrawn', false)).toBe(false);
  });
});
