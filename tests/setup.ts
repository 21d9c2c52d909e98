// fake-indexeddb gives every test an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import en from '@/public/_locales/en/messages.json';
import type { Catalogue } from '@/lib/i18n/catalogue';
import { formatMessage } from '@/lib/i18n/catalogue';

// WXT's fake browser has no i18n: unit tests read the English catalogue, as an English browser would.
fakeBrowser.i18n.getMessage = (key: string, subs?: string | string[]) =>
  formatMessage((en as Catalogue)[key], typeof subs === 'string' ? [subs] : (subs ?? []));
fakeBrowser.i18n.getUILanguage = () => 'en';
