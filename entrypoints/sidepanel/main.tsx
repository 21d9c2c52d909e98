import { createRoot } from 'react-dom/client';
import '@/components/ui/ui.css';
import { localisePage } from '@/lib/i18n';
import { App } from './App';

localisePage('pageTitleSidepanel');

createRoot(document.getElementById('root')!).render(<App />);
