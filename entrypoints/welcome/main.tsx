import { createRoot } from 'react-dom/client';
import '@/components/ui/ui.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
