import { createRoot } from 'react-dom/client';
import '@/components/ui/ui.css';
import { localisePage } from '@/lib/i18n';
import { App } from './App';
import { RememberedSections } from './sectionMemory';

localisePage('pageTitleSidepanel');

createRoot(document.getElementById('root')!).render(
  <RememberedSections>
    <App />
  </RememberedSections>,
);
