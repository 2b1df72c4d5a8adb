import { Tag } from './Tag';
import { useTranslation } from '../i18n';
import type { QualificationState } from '../../contracts/qualifications';
import type { CertificationState } from '../../contracts/certification';

const colors: Record<QualificationState | CertificationState, string> = {
  none: 'default',
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  revoked: 'error',
};

/** A qualification or certification state; `data-state` carries the raw value for tests. */
export function QualificationStateTag({
  state,
  testId,
}: {
  state: QualificationState | CertificationState;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[state]} data-testid={testId} data-state={state}>
      {t(`qualifications.state.${state}`)}
    </Tag>
  );
}
