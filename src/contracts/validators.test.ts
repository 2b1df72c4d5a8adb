import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  creditCodeIssue,
  creditCodeSchema,
  idNumberIssue,
  idNumberSchema,
  makeCreditCode,
  makeIdNumber,
  maskIdNumber,
  maskMobile,
  maskName,
  mobileIssue,
  mobileSchema,
} from './validators';

const TODAY = '2026-11-25';

/** Replaces the character at `i`. */
function put(s: string, i: number, c: string): string {
  return s.slice(0, i) + c + s.slice(i + 1);
}

describe('creditCodeIssue (GB 32100-2015)', () => {
  // Checksums of these published codes were cross-checked independently (weights · values mod 31).
  it.each(['91350100M000100Y43', '91330100799655058B', '91110108551385082Q', '9144030071526726XG'])(
    'accepts the valid code %s',
    (code) => expect(creditCodeIssue(code)).toBeNull(),
  );

  it('rejects 911100001000013269 (its check char would be N)', () => {
    expect(creditCodeIssue('911100001000013269')).toBe('checksum');
    expect(creditCodeIssue('91110000100001326N')).toBeNull();
  });

  it('rejects a wrong check character or a changed body character', () => {
    expect(creditCodeIssue('91350100M000100Y44')).toBe('checksum');
    expect(creditCodeIssue('91350100M000100Y4A')).toBe('checksum');
    expect(creditCodeIssue('91350100M000101Y43')).toBe('checksum');
  });

  it('treats lower case as a charset issue, not upper-casing it', () => {
    expect(creditCodeIssue('91350100m000100Y43')).toBe('charset');
    expect(creditCodeIssue('91330100799655058b')).toBe('charset');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the forbidden letter %s anywhere', (c) => {
    expect(creditCodeIssue(put('91350100M000100Y43', 8, c))).toBe('charset');
    expect(creditCodeIssue(put('91350100M000100Y43', 17, c))).toBe('charset');
  });

  it('rejects spaces, punctuation and full-width characters', () => {
    expect(creditCodeIssue('91350100 000100Y43')).toBe('charset');
    expect(creditCodeIssue('91350100-000100Y43')).toBe('charset');
    expect(creditCodeIssue('９1350100M000100Y43')).toBe('charset');
  });

  it.each(['', 'abc', '91350100M000100Y4', '91350100M000100Y431', ' 91350100M000100Y43'])(
    'rejects bad length %j',
    (code) => expect(creditCodeIssue(code)).toBe('length'),
  );

  it('has exactly 31 distinct characters in the charset', () => {
    expect(new Set(CREDIT_CODE_CHARSET).size).toBe(31);
    expect(CREDIT_CODE_CHARSET).not.toMatch(/[IOZSV]/);
  });
});

describe('makeCreditCode', () => {
  it('appends the right check character', () => {
    expect(makeCreditCode('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(makeCreditCode('9144030071526726X')).toBe('9144030071526726XG');
  });

  it('produces codes that validate, including check char 0', () => {
    for (const body of ['91110000MA0000000', '92440300000000001', 'Y1110000000000000']) {
      expect(creditCodeIssue(makeCreditCode(body))).toBeNull();
    }
    expect(makeCreditCode('00000000000000000')).toBe('000000000000000000');
  });

  it('throws on a malformed prefix', () => {
    expect(() => makeCreditCode('9135010')).toThrow(RangeError);
    expect(() => makeCreditCode('91350100m000100Y4')).toThrow(RangeError);
  });
});

describe('idNumberIssue (GB 11643-1999)', () => {
  it('accepts the standard example 11010519491231002X', () => {
    expect(idNumberIssue('11010519491231002X', TODAY)).toBeNull();
  });

  it('accepts a generated number', () => {
    expect(idNumberIssue('110101199003074514', TODAY)).toBeNull();
    expect(idNumberIssue(makeIdNumber('11010119900307123'), TODAY)).toBeNull();
  });

  it('rejects a wrong check digit', () => {
    expect(idNumberIssue('110101199003071234', TODAY)).toBe('checksum');
    expect(idNumberIssue('110105194912310020', TODAY)).toBe('checksum');
  });

  it('treats lower-case x as a charset issue; X only allowed last', () => {
    expect(idNumberIssue('11010519491231002x', TODAY)).toBe('charset');
    expect(idNumberIssue('1101051949123100X2', TODAY)).toBe('charset');
    expect(idNumberIssue('11010519491231002A', TODAY)).toBe('charset');
  });

  it.each(['', '11010519491231002', '11010519491231002X1'])('rejects bad length %j', (s) => {
    expect(idNumberIssue(s, TODAY)).toBe('length');
  });

  it('rejects 30 February and other impossible dates', () => {
    expect(idNumberIssue(makeIdNumber('11010119900230123'), TODAY)).toBe('birthDate');
    expect(idNumberIssue(makeIdNumber('11010119901301123'), TODAY)).toBe('birthDate');
    expect(idNumberIssue(makeIdNumber('11010119900000123'), TODAY)).toBe('birthDate');
    expect(idNumberIssue(makeIdNumber('11010119900431123'), TODAY)).toBe('birthDate');
  });

  it('knows leap years (29 February)', () => {
    expect(idNumberIssue(makeIdNumber('11010120000229123'), TODAY)).toBeNull(); // 2000: leap
    expect(idNumberIssue(makeIdNumber('11010119960229123'), TODAY)).toBeNull(); // 1996: leap
    expect(idNumberIssue(makeIdNumber('11010119990229123'), TODAY)).toBe('birthDate');
    expect(idNumberIssue(makeIdNumber('11010119000229123'), TODAY)).toBe('birthDate'); // 1900: not leap
  });

  it('rejects births before 1900-01-01', () => {
    // 440524188001010014 is the other example in GB 11643 (checksum valid, born 1880).
    expect(idNumberIssue('440524188001010014', TODAY)).toBe('birthDate');
    expect(idNumberIssue(makeIdNumber('11010118991231123'), TODAY)).toBe('birthDate');
    expect(idNumberIssue(makeIdNumber('11010119000101123'), TODAY)).toBeNull();
  });

  it('rejects a birth date after today, but accepts today', () => {
    expect(idNumberIssue(makeIdNumber('11010120261126123'), TODAY)).toBe('future');
    expect(idNumberIssue(makeIdNumber('11010120261125123'), TODAY)).toBeNull();
  });

  it('checks in order: length, charset, birthDate, future, checksum', () => {
    expect(idNumberIssue('1101011990023012x', TODAY)).toBe('length');
    expect(idNumberIssue('11010119900230123x', TODAY)).toBe('charset');
    expect(idNumberIssue('110101199002301230', TODAY)).toBe('birthDate');
    expect(idNumberIssue('110101202711261230', TODAY)).toBe('future');
  });
});

describe('makeIdNumber', () => {
  it('appends 0-9 or X', () => {
    expect(makeIdNumber('11010519491231002')).toBe('11010519491231002X');
    expect(makeIdNumber('44052418800101001')).toBe('440524188001010014');
  });

  it('throws unless given 17 digits', () => {
    expect(() => makeIdNumber('1101051949123100')).toThrow(RangeError);
    expect(() => makeIdNumber('1101051949123100X')).toThrow(RangeError);
  });
});

describe('mobileIssue', () => {
  it.each(['13812345678', '19912345678', '14700000000'])('accepts %s', (s) => {
    expect(mobileIssue(s)).toBeNull();
  });

  it.each(['12812345678', '1381234567', '138123456789', '+8613812345678', '138 1234 5678', ''])(
    'rejects %j',
    (s) => expect(mobileIssue(s)).toBe('format'),
  );
});

describe('masks', () => {
  it('masks a mobile number', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });

  it('masks an ID number', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110***********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });

  it('fully masks too-short input rather than leaking it', () => {
    expect(maskMobile('1381234')).toBe('*******');
    expect(maskMobile('')).toBe('');
  });

  it('masks names after the first character', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('*');
    expect(maskName('𠮷野家')).toBe('𠮷**'); // surrogate pair kept whole
  });
});

describe('zod schemas', () => {
  function messages(r: { success: boolean; error?: { issues: { message: string }[] } }) {
    return r.success ? [] : (r.error?.issues.map((i) => i.message) ?? []);
  }

  it('mobileSchema uses the i18n key', () => {
    expect(mobileSchema.safeParse('13812345678').success).toBe(true);
    expect(messages(mobileSchema.safeParse('12345'))).toEqual(['validation.mobile.format']);
  });

  it('creditCodeSchema reports one i18n key per issue', () => {
    expect(creditCodeSchema.parse('91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(messages(creditCodeSchema.safeParse('123'))).toEqual(['validation.creditCode.length']);
    expect(messages(creditCodeSchema.safeParse('91350100m000100Y43'))).toEqual([
      'validation.creditCode.charset',
    ]);
    expect(messages(creditCodeSchema.safeParse('91350100M000100Y44'))).toEqual([
      'validation.creditCode.checksum',
    ]);
    expect(creditCodeSchema.safeParse(91350100).success).toBe(false);
  });

  it('idNumberSchema(today) reports i18n keys', () => {
    const schema = idNumberSchema(TODAY);
    expect(schema.safeParse('11010519491231002X').success).toBe(true);
    expect(messages(schema.safeParse('11010519491231002x'))).toEqual([
      'validation.idNumber.charset',
    ]);
    expect(messages(schema.safeParse(makeIdNumber('11010120270101123')))).toEqual([
      'validation.idNumber.future',
    ]);
  });
});
