import { createRoot } from 'react-dom/client';
import '@/components/ui/ui.css';
import { localisePage } from '@/lib/i18n';
import { openDb } from '@/lib/db';
import { App } from './App';

localisePage('pageTitlePopup');

// The database opens while React renders the first frame, so the first screen's reads start sooner
// (a failure here is reported by those reads, which open it again).
openDb().catch(() => {});
createRoot(document.getElementById('root')!).render(<App />);
