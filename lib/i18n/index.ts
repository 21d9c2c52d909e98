// The one way user-facing text is written: `t('key', { name: value })` reads the browser's own
// message catalogue (public/_locales/<lang>/messages.json through browser.i18n), so the language
// is the browser's UI language with English as the fallback. Keys and placeholder names are typed
// from the English catalogue; numbers passed as values are formatted for the reader's locale.
//
// Placeholders are named in messages.json; their `content` is `$1`, `$2`, ... in the alphabetical
// order of their names, so a call passes an object and never depends on word order
// (tests/lib/i18n/catalogue.test.ts checks every locale against this rule).
import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';

type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
type Names<K extends MessageKey> = Catalogue[K] extends { placeholders: infer P } ? keyof P & string : never;
export type MessageValues<K extends MessageKey> = Record<Names<K>, string | number>;
type Args<K extends MessageKey> = [Names<K>] extends [never] ? [] : [values: MessageValues<K>];
/** Keys that come as a `<base>_one` / `<base>_other` pair, chosen by the count. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];
type PluralArgs<B extends PluralKey> = Omit<MessageValues<`${B}_other` & MessageKey>, 'count'>;

let locale: string | undefined;
/** The browser's UI language (what the messages are in), for Intl and plural rules. */
export function uiLocale(): string {
  if (locale === undefined) {
    try {
      locale = browser.i18n.getUILanguage() || 'en';
    } catch {
      locale = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
    }
  }
  return locale;
}

let numbers: Intl.NumberFormat | undefined;
/** A count or quantity in the reader's locale (1,234 / 1.234 / 1 234). */
export function formatNumber(n: number): string {
  numbers ??= new Intl.NumberFormat(uiLocale());
  return numbers.format(n);
}

const show = (v: string | number): string => (typeof v === 'string' ? v : formatNumber(v));

export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  const values = args[0] as Record<string, string | number> | undefined;
  const subs = values
    ? Object.keys(values)
        .sort()
        .map((k) => show(values[k]!))
    : undefined;
  // getMessage answers '' for an unknown key: show the key, so a gap is visible and reported.
  return browser.i18n?.getMessage(key, subs) || key;
}

let plurals: Intl.PluralRules | undefined;
/** A counted message: `<base>_one` or `<base>_other` by the reader's plural rules, with `count`. */
export function tn<B extends PluralKey>(base: B, count: number, ...rest: [PluralArgs<B>] | []): string {
  plurals ??= new Intl.PluralRules(uiLocale());
  const form = plurals.select(count) === 'one' ? 'one' : 'other';
  const values = { ...(rest[0] ?? {}), count } as Record<string, string | number>;
  return (t as (k: string, v: Record<string, string | number>) => string)(`${base}_${form}`, values);
}

/** An extension page in the reader's language: `<html lang>` for screen readers, and its title. */
export function localisePage(
  titleKey: 'pageTitleOptions' | 'pageTitlePopup' | 'pageTitleSidepanel' | 'pageTitleWelcome',
): void {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
}
