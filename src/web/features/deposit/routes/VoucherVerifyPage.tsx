import { Button, Descriptions, Form } from 'antd';
import { Input } from '../../../components/Input';
import { Alert } from '../../../components/Alert';
import { Card } from '../../../components/Card';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '../../../i18n';
import { useSearchParams } from 'react-router';
import { applyFieldErrors, ErrorAlert, formatDateTime, formatFen } from '../deps';
import { verifyVoucher } from '../api/verify-voucher';

type Values = { no: string; code: string };

/** Public page: anyone holding a 电子凭证 checks its number and verification code. */
export default function VoucherVerifyPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const check = useMutation({
    mutationFn: verifyVoucher,
    onError: (e) => applyFieldErrors(form, e),
  });
  const r = check.data;
  return (
    <Card title={t('voucher.verifyTitle')}>
      <p>{t('voucher.verifyIntro')}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ no: params.get('no') ?? '', code: '' }}
        onFinish={(v) => check.mutate(v)}
        onValuesChange={() => check.reset()}
      >
        <Form.Item
          name="no"
          label={t('voucher.no')}
          rules={[{ required: true, whitespace: true, message: t('voucher.noRequired') }]}
        >
          <Input maxLength={40} data-testid="voucher-no" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('voucher.code')}
          rules={[{ required: true, whitespace: true, message: t('voucher.codeRequired') }]}
        >
          <Input maxLength={40} placeholder="XXXXX-XXXXX-XXXXX-XXXXX" data-testid="voucher-code" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={check.isPending}
          data-testid="voucher-check"
        >
          {t('voucher.check')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <ErrorAlert error={check.error} />
        {r?.genuine === false && (
          <Alert
            type="error"
            showIcon
            title={t('voucher.notGenuine')}
            data-testid="voucher-result"
            data-genuine="false"
          />
        )}
        {r?.genuine === true && (
          <Alert
            type="success"
            showIcon
            data-testid="voucher-result"
            data-genuine="true"
            title={t('voucher.genuine')}
            description={
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('voucher.no')}>{r.voucherNo}</Descriptions.Item>
                <Descriptions.Item label={t('deposit.col.kind')}>
                  {t(`deposit.kind.${r.kind}`, { defaultValue: r.kind })}
                </Descriptions.Item>
                <Descriptions.Item label={t('deposit.col.amount')}>
                  {formatFen(r.amountFen)}
                </Descriptions.Item>
                <Descriptions.Item label={t('deposit.col.at')}>
                  {formatDateTime(r.at)}
                </Descriptions.Item>
              </Descriptions>
            }
          />
        )}
      </div>
    </Card>
  );
}
