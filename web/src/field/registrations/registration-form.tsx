import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '@/shared/session';
import type { FieldKlicDetail } from '../api/field-api';
import { focusFirstInvalid } from '../app/focus-first-invalid';
import { fieldPaths } from '../app/paths';
import { addToOutbox, type RegistrationKind } from '../outbox';
import type { FormPhoto } from './form-photo';
import { interfaceLocale } from './interface-locale';
import { KindFields } from './kind-fields';
import { LocationField } from './location-field';
import { PhotoField } from './photo-field';
import type { PickedLocation } from './picked-location';
import {
  buildRegistrationBody,
  emptyFormValues,
  type FormErrors,
  type RegistrationFormValues,
} from './registration-body';
import { useFieldErrorText } from './use-field-error';

type Props = { klic: FieldKlicDetail; kind: RegistrationKind };

type Problem =
  | { key: 'fixErrors' | 'waitForPhotos' | 'saveFailed' }
  /** Photos (numbered from 1, as shown) that could not be read or reduced. */
  | { key: 'photoFailed'; numbers: number[] };

/**
 * A registration of one kind: its fields, the location, photos and a note. Saving puts it in the outbox
 * (the same with and without a connection); whatever goes wrong, what was entered stays in the form.
 */
export function RegistrationForm({ klic, kind }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const errorText = useFieldErrorText();
  const [values, setValues] = useState<RegistrationFormValues>(() => emptyFormValues(new Date()));
  const [errors, setErrors] = useState<FormErrors>({});
  const [location, setLocation] = useState<PickedLocation | null>(null);
  const [photos, setPhotos] = useState<FormPhoto[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  // Saving while photos are still being reduced: the form saves by itself once they are done.
  const [saveWhenReduced, setSaveWhenReduced] = useState(false);
  const reducing = photos.some((photo) => photo.status === 'compressing');
  const formRef = useRef<HTMLFormElement>(null);

  const change = (field: keyof RegistrationFormValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const changeLocation = (picked: PickedLocation | null) => {
    setLocation(picked);
    setErrors((current) => ({ ...current, position: undefined }));
  };

  const save = async () => {
    if (reducing) {
      setSaveWhenReduced(true);
      setProblem({ key: 'waitForPhotos' });
      return;
    }
    const result = buildRegistrationBody(kind, values, {
      idempotencyKey: crypto.randomUUID(),
      recordedAt: new Date(),
      position: location?.position ?? null,
      operators: klic.operators.map((operator) => operator.bronhoudercode),
    });
    // A photo that could not be reduced is never dropped silently: the worker removes or replaces it.
    const failedPhotos = photos.flatMap((photo, index) => (photo.status === 'failed' ? [index + 1] : []));
    if (!result.ok) setErrors(result.errors);
    if (!result.ok || failedPhotos.length > 0) {
      setProblem(
        failedPhotos.length > 0 ? { key: 'photoFailed', numbers: failedPhotos } : { key: 'fixErrors' },
      );
      focusFirstInvalid(formRef.current);
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await addToOutbox({
        kind: 'registration',
        klicId: klic.id,
        meldnummer: klic.meldnummer,
        user: { id: session.user.id, name: session.user.name },
        body: result.body,
        photos: photos.flatMap((photo) =>
          photo.status === 'ready' ? [{ idempotencyKey: photo.key, blob: photo.blob }] : [],
        ),
      });
      navigate(fieldPaths.klic(klic.id), { replace: true });
    } catch {
      setProblem({ key: 'saveFailed' });
      setSaving(false);
    }
  };

  useEffect(() => {
    if (!saveWhenReduced || reducing) return;
    setSaveWhenReduced(false);
    void save();
  });

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="lg">
        <KindFields
          kind={kind}
          values={values}
          errors={errors}
          onChange={change}
          operators={klic.operators}
        />
        <LocationField
          klicId={klic.id}
          value={location}
          onChange={changeLocation}
          error={errorText(errors.position)}
        />
        <PhotoField photos={photos} onChange={setPhotos} />
        <Textarea
          label={t('field.registration.form.note')}
          size="md"
          autosize
          minRows={2}
          maxRows={6}
          value={values.note}
          onChange={(event) => change('note', event.currentTarget.value)}
          error={errorText(errors.note)}
          data-testid="field-reg-note"
        />
        {problem && (
          <Alert
            color={problem.key === 'saveFailed' || problem.key === 'photoFailed' ? 'red' : 'orange'}
            role="alert"
            data-testid="field-reg-problem"
          >
            {problem.key === 'photoFailed'
              ? t('field.registration.form.photoFailed', {
                  count: problem.numbers.length,
                  numbers: new Intl.ListFormat(interfaceLocale(), { type: 'conjunction' }).format(
                    problem.numbers.map(String),
                  ),
                })
              : t(`field.registration.form.${problem.key}`)}
          </Alert>
        )}
        <Button type="submit" size="lg" loading={saving || saveWhenReduced} data-testid="field-reg-save">
          {t('field.registration.form.save')}
        </Button>
      </Stack>
    </form>
  );
}
