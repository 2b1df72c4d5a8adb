import { Button, Form, InputNumber } from 'antd';
import { Input } from '../../../components/Input';
import { Alert } from '../../../components/Alert';
import { useTranslation } from '../../../i18n';
import { applyFieldErrors, ErrorAlert } from '../deps';
import { useProposeDeduction } from '../api/money-outs';

type Values = { providerId: string; amountFen: number; rule: string; reason: string };

/** 违规扣除: an operator proposes a deduction citing the rule; another operator approves it. */
export function DeductionForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const propose = useProposeDeduction();
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 560 }}
      data-testid="deduction-form"
      onValuesChange={() => propose.reset()}
      onFinish={(v) =>
        propose.mutate(
          // The form takes yuan; the API takes integer fen.
          { ...v, amountFen: Math.round(v.amountFen * 100) },
          {
            onSuccess: () => form.resetFields(),
            onError: (e) => applyFieldErrors(form, e),
          },
        )
      }
    >
      <Form.Item
        name="providerId"
        label={t('moneyOut.form.providerId')}
        rules={[
          { required: true, whitespace: true, message: t('moneyOut.form.providerIdRequired') },
        ]}
      >
        <Input placeholder="prv_…" maxLength={64} data-testid="deduction-provider" />
      </Form.Item>
      <Form.Item
        name="amountFen"
        label={t('moneyOut.form.amountYuan')}
        rules={[{ required: true, message: t('moneyOut.form.amountRequired') }]}
      >
        <InputNumber
          min={0.01}
          step={100}
          precision={2}
          style={{ width: 220 }}
          data-testid="deduction-amount"
        />
      </Form.Item>
      <Form.Item
        name="rule"
        label={t('moneyOut.form.rule')}
        extra={t('moneyOut.form.ruleHint')}
        rules={[{ required: true, whitespace: true, message: t('moneyOut.form.ruleRequired') }]}
      >
        <Input maxLength={100} data-testid="deduction-rule" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('moneyOut.form.reason')}
        rules={[{ required: true, whitespace: true, message: t('moneyOut.form.reasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="deduction-reason" />
      </Form.Item>
      <ErrorAlert error={propose.error} testId="deduction-error" />
      {propose.isSuccess && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('moneyOut.form.proposed')}
          data-testid="deduction-proposed"
        />
      )}
      <Button
        type="primary"
        danger
        htmlType="submit"
        loading={propose.isPending}
        data-testid="deduction-submit"
      >
        {t('moneyOut.form.submit')}
      </Button>
    </Form>
  );
}
