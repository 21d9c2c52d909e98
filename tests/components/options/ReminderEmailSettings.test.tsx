import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReminderEmailSettings } from '@/components/options/ReminderEmailSettings';
import { defaultEmailTemplate } from '@/lib/templates/email';

afterEach(cleanup);

const value = { reminders: true, weeklySummary: false, emailTemplate: '', signature: '' };

describe('ReminderEmailSettings', () => {
  it('switches reminders and the Monday summary', async () => {
    const onChange = vi.fn();
    render(<ReminderEmailSettings value={value} onChange={onChange} />);
    await userEvent.click(screen.getByTestId('setting-reminders'));
    expect(onChange).toHaveBeenCalledWith({ reminders: false });
    await userEvent.click(screen.getByTestId('setting-weekly-summary'));
    expect(onChange).toHaveBeenCalledWith({ weeklySummary: true });
  });

  it('starts from the default template, flags unknown merge fields and saves on leaving the field', () => {
    const onChange = vi.fn();
    render(<ReminderEmailSettings value={value} onChange={onChange} />);
    const box = screen.getByTestId('setting-email-template') as HTMLTextAreaElement;
    expect(box.value).toBe(defaultEmailTemplate());
    // Typing fires `input` events; a text field's onChange listens to them (Preact, like the browser).
    fireEvent.input(box, { target: { value: 'Hi {{client_first_name}}, {{totl}}' } });
    expect(screen.getByTestId('field-error').textContent).toBe('Not a merge field: {{totl}}');
    fireEvent.blur(box);
    expect(onChange).toHaveBeenCalledWith({ emailTemplate: 'Hi {{client_first_name}}, {{totl}}' });
    fireEvent.click(screen.getByTestId('setting-email-reset'));
    expect(onChange).toHaveBeenLastCalledWith({ emailTemplate: '' });
    expect(box.value).toBe(defaultEmailTemplate());
  });
});
