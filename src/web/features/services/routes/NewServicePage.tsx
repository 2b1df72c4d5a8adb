import { Button, Empty, Form, Select, Space } from 'antd';
import { Alert } from '../../../components/Alert';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Link, useNavigate } from 'react-router';
import { useCreateService, useServiceOptions } from '../api/provider';
import { applyFieldErrors, ErrorAlert, formatFen, PageSpinner } from '../deps';

type Values = { categoryId?: string; appId?: string };

/**
 * 新增服务. kuaishou: only approved categories (else "apply" leads to 我的资质); a tool service
 * picks one of the online apps. xiaohongshu: the online apps without a service, and the category.
 */
export default function NewServicePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useServiceOptions();
  const create = useCreateService();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const categoryId = Form.useWatch('categoryId', form);
  if (options.isPending) return <PageSpinner />;
  if (options.isError) return <ErrorAlert error={options.error} />;
  const o = options.data;
  const category = o.categories.find((c) => c.id === categoryId);
  const needsApp = o.mode === 'app' || category?.type === 'tool';
  const apps = o.apps.filter((a) => o.mode === 'category' || !a.hasService);

  const submit = (v: Values) => {
    setError(null);
    create.mutate(
      { categoryId: v.categoryId ?? '', appId: needsApp ? (v.appId ?? null) : null },
      {
        onSuccess: (s) => void navigate(`/provider/services/${s.id}`),
        onError: (e) => {
          setError(e);
          applyFieldErrors(form, e);
        },
      },
    );
  };

  return (
    <Card title={t('services.new')}>
      {o.mode === 'category' && !o.hasApprovedCategory ? (
        <Empty description={t('services.noApprovedCategory')}>
          <Link to="/provider/qualifications/apply" data-testid="service-apply-category">
            <Button type="primary">{t('services.applyCategory')}</Button>
          </Link>
        </Empty>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {o.mode === 'app' ? t('services.newIntroApp') : t('services.newIntroCategory')}{' '}
            {o.mode === 'category' && (
              <Link to="/provider/qualifications/apply">{t('services.applyCategory')}</Link>
            )}
          </Typography.Paragraph>
          {o.mode === 'app' && apps.length === 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('services.noOnlineApp')}
              style={{ marginBottom: 16 }}
            />
          )}
          <ErrorAlert error={error} />
          <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 520 }}>
            {o.mode === 'app' && (
              <Form.Item
                name="appId"
                label={t('services.field.app')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <Select
                  data-testid="service-new-app"
                  placeholder={t('common.select')}
                  options={apps.map((a) => ({ value: a.id, label: a.name }))}
                />
              </Form.Item>
            )}
            <Form.Item
              name="categoryId"
              label={t('services.field.category')}
              rules={[{ required: true, message: t('validation.required') }]}
              extra={
                category && t('services.depositHint', { amount: formatFen(category.depositFen) })
              }
            >
              <Select
                data-testid="service-new-category"
                placeholder={t('common.select')}
                options={o.categories.map((c) => ({
                  value: c.id,
                  disabled: c.taken,
                  label: `${c.group}-${c.name}（${t(`serviceType.${c.type}`)}）${c.taken ? ` · ${t('services.taken')}` : ''}`,
                }))}
              />
            </Form.Item>
            {o.mode === 'category' && category?.type === 'tool' && (
              <Form.Item
                name="appId"
                label={t('services.field.app')}
                rules={[{ required: true, message: t('validation.required') }]}
                extra={t('services.toolNeedsApp')}
              >
                <Select
                  data-testid="service-new-app"
                  placeholder={t('common.select')}
                  options={apps.map((a) => ({ value: a.id, label: a.name }))}
                />
              </Form.Item>
            )}
            <Space>
              <Button
                type="primary"
                htmlType="submit"
                loading={create.isPending}
                data-testid="service-create"
              >
                {t('services.create')}
              </Button>
              <Button onClick={() => void navigate('/provider/services')}>
                {t('common.cancel')}
              </Button>
            </Space>
          </Form>
        </>
      )}
    </Card>
  );
}
