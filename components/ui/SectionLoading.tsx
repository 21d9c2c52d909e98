import { t } from '@/lib/i18n';

/** Said (to screen readers too) while a section's code or first read is still on its way. */
export function SectionLoading() {
  return (
    <p role="status" aria-busy="true">
      {t('sectionLoading')}
    </p>
  );
}
