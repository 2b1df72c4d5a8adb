import { Button, Empty, Select, Space } from 'antd';
import { Field } from '../../../components/Field';
import { Alert } from '../../../components/Alert';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Link, useNavigate } from 'react-router';
import { useCreateService, useServiceOptions } from '../api/provider';
import { ErrorAlert, formatFen, isApiError, PageSpinner } from '../deps';

type Values = { categoryId?: string; appId?: string };
type FieldName = keyof Values;

/**
 * 新增服务. kuaishou: only approved categories (else "apply" leads to 我的资质); a tool service
 * picks one of the online apps. xiaohongshu: the online apps without a service, and the category.
 */
export default function NewServicePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useServiceOptions();
  const create = useCreateService();
  const [values, setValues] = useState<Values>({});
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const { categoryId } = values;
  if (options.isPending) return <PageSpinner />;
  if (options.isError) return <ErrorAlert error={options.error} />;
  const o = options.data;
  const category = o.categories.find((c) => c.id === categoryId);
  const needsApp = o.mode === 'app' || category?.type === 'tool';
  const apps = o.apps.filter((a) => o.mode === 'category' || !a.hasService);

  const set = (name: FieldName) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setFieldErrors((f) => ({ ...f, [name]: undefined }));
  };
  const submit = () => {
    const missing: Partial<Record<FieldName, string>> = {};
    if (!values.categoryId) missing.categoryId = t('validation.required');
    if (needsApp && !values.appId) missing.appId = t('validation.required');
    setFieldErrors(missing);
    if (Object.keys(missing).length) return;
    setError(null);
    create.mutate(
      { categoryId: values.categoryId ?? '', appId: needsApp ? (values.appId ?? null) : null },
      {
        onSuccess: (s) => void navigate(`/provider/services/${s.id}`),
        onError: (e) => {
          setError(e);
          if (isApiError(e) && e.fields) setFieldErrors(e.fields);
        },
      },
    );
  };
  const appField = (extra?: string) => (
    <Field label={t('services.field.app')} required extra={extra} error={fieldErrors.appId}>
      <Select
        data-testid="service-new-app"
        placeholder={t('common.select')}
        style={{ width: '100%' }}
        status={fieldErrors.appId ? 'error' : undefined}
        value={values.appId}
        onChange={set('appId')}
        options={apps.map((a) => ({ value: a.id, label: a.name }))}
      />
    </Field>
  );

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
          <form
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
            style={{ maxWidth: 520 }}
            noValidate
          >
            {o.mode === 'app' && appField()}
            <Field
              label={t('services.field.category')}
              required
              error={fieldErrors.categoryId}
              extra={
                category && t('services.depositHint', { amount: formatFen(category.depositFen) })
              }
            >
              <Select
                data-testid="service-new-category"
                placeholder={t('common.select')}
                style={{ width: '100%' }}
                status={fieldErrors.categoryId ? 'error' : undefined}
                value={values.categoryId}
                onChange={set('categoryId')}
                options={o.categories.map((c) => ({
                  value: c.id,
                  disabled: c.taken,
                  label: `${c.group}-${c.name}（${t(`serviceType.${c.type}`)}）${c.taken ? ` · ${t('services.taken')}` : ''}`,
                }))}
              />
            </Field>
            {o.mode === 'category' &&
              category?.type === 'tool' &&
              appField(t('services.toolNeedsApp'))}
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
          </form>
        </>
      )}
    </Card>
  );
}
