import type { ProjectScope } from '@/lib/scope';
import { emptyScope } from '@/lib/scope/empty';

/** A small brand-design scope used across the engine tests. */
export const BRAND_SCOPE: ProjectScope = {
  deliverables: [
    {
      id: 'd1',
      title: 'Logo suite',
      description: 'Primary logo, secondary mark and wordmark in AI, EPS, SVG and PNG.',
      quantity: null,
    },
    {
      id: 'd2',
      title: 'Packaging labels',
      description: 'Labels for four core teas on 100 g tins, print-ready artwork.',
      quantity: 4,
    },
    { id: 'd3', title: 'Brand guidelines', description: 'Brand guidelines PDF of up to 30 pages.', quantity: 30 },
  ],
  exclusions: [
    { id: 'x1', title: 'Website', description: 'Website design or development.' },
    { id: 'x2', title: 'Photography', description: 'Product photography and retouching.' },
    { id: 'x3', title: 'Translation', description: 'Versions in languages other than English.' },
  ],
  revisionRounds: 2,
  budgetHours: 120,
  hourlyRate: 110,
  currency: 'EUR',
  startDate: '2027-01-04',
  endDate: '2027-04-30',
};

export const EMPTY_SCOPE: ProjectScope = emptyScope();
