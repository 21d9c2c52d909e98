// The end of every short form: the save error (announced), then Save and Cancel.
import { t } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';
interface Props {
  error: string | null;
  saveLabel: string;
  saveTestId: string;
  onCancel: () => void;
}

export function FormFooter({ error, saveLabel, saveTestId, onCancel }: Props) {
  return (
    <>
      {error && (
        <p className="sk-error" role="alert">
          {error}
        </p>
      )}
      <div className="sk-row">
        <Button type="submit" kind="primary" data-testid={saveTestId}>
          {saveLabel}
        </Button>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </>
  );
}
