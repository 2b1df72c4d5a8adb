import { Button, Space } from 'antd';
import { useMessage } from '../../../components/message';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useDecide, type Decision } from '../api/decide';
import { useErrorText } from '../deps';

const r = 'qualifications.review';
/** The reject dialog (Modal, Form, TextArea: ~45 KB gzip) loads when the reviewer opens it. */
const RejectDialog = lazy(() => import('./RejectDialog'));

/** Approve, or reject with a reason (required); `prefix` names the test ids. */
export function DecisionBar({
  queue,
  id,
  prefix,
}: {
  queue: Decision['queue'];
  id: string;
  prefix: string;
}) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const decide = useDecide();
  const [open, setOpen] = useState(false);

  const approve = () =>
    decide.mutate(
      { queue, id, decision: 'approve' },
      {
        onSuccess: () => void message.success(t(`${r}.approved`)),
        onError: (e) => void message.error(errorText(e)),
      },
    );

  return (
    <>
      <Space>
        <Button
          type="primary"
          loading={decide.isPending}
          onClick={approve}
          data-testid={`${prefix}-approve`}
        >
          {t(`${r}.approve`)}
        </Button>
        <Button danger onClick={() => setOpen(true)} data-testid={`${prefix}-reject`}>
          {t(`${r}.reject`)}
        </Button>
      </Space>
      {open && (
        <Suspense fallback={null}>
          <RejectDialog queue={queue} id={id} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
