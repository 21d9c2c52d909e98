// Upsell stages as people read them; the order is UPSELL_STAGES (lib/insights/overview).
import type { Upsell } from '@/lib/db/schemas';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';

export { UPSELL_STAGES as STAGES } from './overview';

const STAGE_KEY = {
  identified: 'stageIdentified',
  pitched: 'stagePitched',
  won: 'stageWon',
  lost: 'stageLost',
} as const satisfies Record<Upsell['stage'], MessageKey>;

export function stageLabel(stage: Upsell['stage']): string {
  return t(STAGE_KEY[stage]);
}
