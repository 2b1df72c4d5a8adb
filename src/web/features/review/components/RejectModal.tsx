import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Form, List, Modal, Select } from 'antd';
import { Input } from '../../../components/Input';
import { Typography } from '../../../components/Typography';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useRejectReview } from '../api/reject-review';
import { applyFieldErrors, ErrorAlert, isOnboardingField, onboardingFieldOrder } from '../deps';

interface Props {
  id: string;
  open: boolean;
  onClose: () => void;
}

/** A general reason and any number of per-field reasons; at least one is required. */
export function RejectModal({ id, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [fieldReasons, setFieldReasons] = useState<Record<string, string>>({});
  const [field, setField] = useState<string>();
  const [fieldReason, setFieldReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reject = useRejectReview();
  const label = (name: string) => (isOnboardingField(name) ? t(`onboardingField.${name}`) : name);

  const addField = () => {
    if (!field || !fieldReason.trim()) return;
    setFieldReasons((r) => ({ ...r, [field]: fieldReason.trim() }));
    setField(undefined);
    setFieldReason('');
  };

  const confirm = () => {
    const reason = (form.getFieldValue('reason') as string | undefined)?.trim() ?? '';
    // A field and reason typed but not yet added count too.
    const all = { ...fieldReasons };
    if (field && fieldReason.trim()) all[field] = fieldReason.trim();
    if (!reason && Object.keys(all).length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    reject.mutate(
      { id, body: { reason, fieldReasons: all } },
      {
        onSuccess: () => {
          form.resetFields();
          setFieldReasons({});
          setField(undefined);
          setFieldReason('');
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('review.reject.title')}
      onCancel={onClose}
      width={640}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          danger
          loading={reject.isPending}
          onClick={confirm}
          data-testid="reject-confirm"
        >
          {t('review.reject.confirm')}
        </Button>,
      ]}
    >
      <ErrorAlert error={reject.error} />
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('review.reject.reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="reject-reason" />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('review.reject.fieldReasons')}</Typography.Text>
      <Flex gap={8} style={{ margin: '8px 0' }}>
        <Select
          style={{ width: 200 }}
          placeholder={t('review.reject.pickField')}
          value={field}
          onChange={setField}
          options={onboardingFieldOrder.map((name) => ({ value: name, label: label(name) }))}
          data-testid="reject-field-select"
        />
        <Input
          value={fieldReason}
          maxLength={200}
          placeholder={t('review.reject.fieldReason')}
          onChange={(e) => setFieldReason(e.target.value)}
          onPressEnter={addField}
          data-testid="reject-field-reason"
        />
        <Button
          onClick={addField}
          disabled={!field || !fieldReason.trim()}
          data-testid="reject-add-field"
        >
          {t('review.reject.add')}
        </Button>
      </Flex>
      <List
        size="small"
        bordered
        dataSource={Object.entries(fieldReasons)}
        locale={{ emptyText: t('review.reject.noFieldReasons') }}
        renderItem={([name, text]) => (
          <List.Item
            actions={[
              <Button
                key="remove"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.remove')}
                onClick={() => setFieldReasons(({ [name]: _removed, ...rest }) => rest)}
              />,
            ]}
          >
            {t('common.fieldLine', { field: label(name), reason: text })}
          </List.Item>
        )}
      />
      {missing && (
        <Typography.Text type="danger" data-testid="reject-missing">
          {t('review.reject.reasonRequired')}
        </Typography.Text>
      )}
    </Modal>
  );
}
