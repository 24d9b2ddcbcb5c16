import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import '../../zod-config';
import { z } from 'zod';
import type { Assessment } from '../../assessment/assessment-schema';
import { renameAssessment } from '../../storage/assessments';
import { TextField } from '../../ui/text-field';
import { describeStorageError } from '../storage-messages';

/** The title's own rule, as in the assessment schema; blank means "use the default name". */
const renameSchema = z.object({ title: z.string().trim().max(200, { error: 'list.errors.titleTooLong' }) });
type RenameInput = z.infer<typeof renameSchema>;

export function RenameForm({
  assessment,
  currentName,
  onDone,
  onError,
}: {
  assessment: Assessment;
  currentName: string;
  onDone: () => void;
  onError: (messageKey: string) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<RenameInput>({
    resolver: zodResolver(renameSchema),
    defaultValues: { title: assessment.title ?? currentName },
  });
  const error = form.formState.errors.title?.message;
  const id = `rename-${assessment.id}`;
  // Focus moves into the field the user asked to edit (done here, not with autoFocus, which fires on any mount).
  useEffect(() => form.setFocus('title', { shouldSelect: true }), [form]);
  return (
    <form
      noValidate
      className="inline-form"
      onSubmit={(event) =>
        void form.handleSubmit(async ({ title }) => {
          // Unchanged default name: keep no custom title, so the name still follows the language.
          if (!assessment.title && title.trim() === currentName) return onDone();
          try {
            await renameAssessment(assessment.id, title);
            onDone();
          } catch (failure) {
            onError(describeStorageError(failure));
          }
        })(event)
      }
    >
      <TextField
        id={id}
        label={t('list.newName')}
        hint={t('list.newNameHint')}
        error={error ? t(error) : undefined}
        registration={form.register('title')}
      />
      <div className="button-group">
        <button type="submit" className="button">
          {t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
