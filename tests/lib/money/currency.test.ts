import { describe, expect, it } from 'vitest';
import { formatMoney, fractionDigits, majorToMinor, minorToInput, normaliseCurrency, parseMoney } from '@/lib/money';

const minor = (input: string, currency: string) => {
  const r = parseMoney(input, currency);
  return r.ok ? r.minor : r.error;
};

describe('fractionDigits', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['GBP', 2],
    ['JPY', 0],
    ['KWD', 3],
  ])('%s has %i decimals', (code, digits) => expect(fractionDigits(code)).toBe(digits));

  it('falls back to USD for unknown or missing codes', () => {
    expect(normaliseCurrency(null)).toBe('USD');
    expect(normaliseCurrency('dollars')).toBe('USD');
    expect(normaliseCurrency('eur')).toBe('EUR');
  });
});

describe('parseMoney', () => {
  it('reads grouped and plain input into minor units', () => {
    expect(minor('1,234.50', 'USD')).toBe(123450);
    expect(minor('1234.5', 'USD')).toBe(123450);
    expect(minor('$1,234.56', 'USD')).toBe(123456);
    expect(minor(' 150 ', 'GBP')).toBe(15000);
    expect(minor('0.1', 'USD')).toBe(10);
    expect(minor('.5', 'EUR')).toBe(50);
  });

  it('reads European separators', () => {
    expect(minor('1.234,50', 'EUR')).toBe(123450);
    expect(minor('12,5', 'EUR')).toBe(1250);
    expect(minor('1 234,50 €', 'EUR')).toBe(123450);
    expect(minor('1.234.567', 'EUR')).toBe(123456700);
  });

  it('respects currencies with no or three decimals', () => {
    expect(minor('1,234', 'JPY')).toBe(1234);
    expect(minor('15000', 'JPY')).toBe(15000);
    expect(minor('12.5', 'JPY')).toBe('JPY has no decimals');
    expect(minor('1.234', 'KWD')).toBe(1234);
    expect(minor('12.5', 'KWD')).toBe(12500);
    expect(minor('1.2345', 'KWD')).toBe('at most 3 decimals');
  });

  it('rejects what is not an amount', () => {
    expect(minor('', 'USD')).toBe('enter an amount');
    expect(minor('abc', 'USD')).toBe('not a number');
    expect(minor('-5', 'USD')).toBe('amount cannot be negative');
    expect(minor('1.2.3,4,5', 'USD')).toBe('not a number');
    expect(minor('12.345', 'USD')).toBe('at most 2 decimals');
  });
});

describe('formatting', () => {
  it('formats minor units per currency', () => {
    expect(formatMoney(123450, 'USD')).toBe('$1,234.50');
    expect(formatMoney(123450, 'EUR')).toBe('€1,234.50');
    expect(formatMoney(123450, 'GBP')).toBe('£1,234.50');
    expect(formatMoney(15000, 'JPY')).toBe('¥15,000');
    expect(formatMoney(1234, 'KWD')).toMatch(/KWD\s?1\.234/);
    expect(formatMoney(123450, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
  });

  it('keeps each currency and locale apart when formatting in turns (one formatter kept per pair)', () => {
    for (let i = 0; i < 2; i++) {
      expect(formatMoney(123450, 'USD', 'de-DE')).toBe('1.234,50\u00a0$');
      expect(formatMoney(123450, 'USD')).toBe('$1,234.50');
      expect(formatMoney(123450, 'usd')).toBe('$1,234.50');
      expect(formatMoney(123450, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
      expect(formatMoney(123450, 'U$D')).toBe('$1,234.50'); // not a currency code: USD
      expect(normaliseCurrency(' jpy ')).toBe('JPY');
    }
  });

  it('formats large amounts exactly', () => {
    expect(formatMoney(900719925474099, 'USD')).toBe('$9,007,199,254,740.99');
  });

  it('gives exact editable strings and converts major units', () => {
    expect(minorToInput(5, 'USD')).toBe('0.05');
    expect(minorToInput(15000, 'JPY')).toBe('15000');
    expect(minorToInput(1234, 'KWD')).toBe('1.234');
    expect(majorToMinor(150, 'USD')).toBe(15000);
    expect(majorToMinor(152.55, 'USD')).toBe(15255);
    expect(majorToMinor(1.005, 'USD')).toBe(101); // 1.005 * 100 is 100.49999 in floats
    expect(majorToMinor(12000, 'JPY')).toBe(12000);
  });
});
