// The projects list says it is loading while its first read is on its way, and says what to do only
// once it knows there are no projects.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectsTab } from '@/components/options/ProjectsTab';
import { t } from '@/lib/i18n';

afterEach(cleanup);

const props = {
  clients: [],
  parseSow: async () => {
    throw new Error('not parsed in this test');
  },
  onSave: async () => null,
  onDelete: async () => null,
};

describe('ProjectsTab', () => {
  it('says it is loading, not "no projects", while the list is still being read', () => {
    render(<ProjectsTab {...props} projects={[]} loading />);
    expect(screen.getByRole('status').textContent).toBe(t('sectionLoading'));
    expect(screen.queryByText(t('projectsEmpty'))).toBeNull();
  });

  it('explains the empty list once the read is in', () => {
    render(<ProjectsTab {...props} projects={[]} loading={false} />);
    expect(screen.getByText(t('projectsEmpty'))).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
