// A project's status as people read it.
import type { Project } from '@/lib/db/schemas';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';

const STATUS_KEY = {
  active: 'projectActive',
  paused: 'projectPaused',
  closed: 'projectClosed',
} as const satisfies Record<Project['status'], MessageKey>;

export function projectStatusLabel(status: Project['status']): string {
  return t(STATUS_KEY[status]);
}
