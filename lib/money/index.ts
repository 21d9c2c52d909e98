// Money: integer minor units everywhere; parse and format at the edges only.
export {
  DEFAULT_CURRENCY,
  formatMoney,
  fractionDigits,
  majorToMinor,
  minorToInput,
  normaliseCurrency,
  parseMoney,
} from './currency';
export type { MoneyParse } from './currency';
export { MAX_HOURS, formatHours, formatPercent, parseHours, showHours } from './hours';
export type { HoursParse } from './hours';
export { discountAmount, lineAmount, sumCents, timeAmount, totals } from './totals';
export type { Discount, Totals } from './totals';
export { mulRound, sumExact } from './decimal';
