import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Radio, Select, Space } from 'antd';
import { Field } from '../../../components/Field';
import { Alert } from '../../../components/Alert';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Link, useNavigate } from 'react-router';
import { useCreateApplication } from '../api/create-application';
import { useQualificationOptions, type CategoryOption } from '../api/get-options';
import { AppCategoryNotice } from '../components/AppCategoryNotice';
import { FieldErrorsAlert } from '../components/FieldErrorsAlert';
import { CategoryRequirementsList, ErrorAlert, PageSpinner, type ServiceType } from '../deps';

const p = 'qualifications.picker';

function optionLabel(c: CategoryOption) {
  return (
    <Flex vertical>
      <span>
        {c.group} / {c.name}
      </span>
      {c.refusals.map((r) => (
        <Typography.Text key={r.code} type="danger" style={{ fontSize: 12, whiteSpace: 'normal' }}>
          {r.message}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** Step 1 of 服务资质申请: service type, then a category of that type (refusals shown at once). */
export default function ApplyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useQualificationOptions();
  const create = useCreateApplication();
  const [type, setType] = useState<ServiceType>();
  const [categoryId, setCategoryId] = useState<string>();
  if (options.isPending) return <PageSpinner />;
  if (options.isError) return <ErrorAlert error={options.error} />;
  const data = options.data;
  if (data.mode !== 'per_category') return <AppCategoryNotice />;
  const ofType = data.categories.filter((c) => c.type === type);
  const chosen = ofType.find((c) => c.id === categoryId);

  const start = () => {
    if (!type || !categoryId) return;
    create.mutate(
      { serviceType: type, categoryId },
      { onSuccess: (a) => void navigate(`/provider/qualifications/${a.id}`, { replace: true }) },
    );
  };

  return (
    <Card
      title={
        <Space>
          <Link to="/provider/qualifications" aria-label={t('common.back')}>
            <ArrowLeftOutlined />
          </Link>
          {t(`${p}.title`)}
        </Space>
      }
    >
      <div style={{ maxWidth: 640 }}>
        <Field label={t(`${p}.serviceType`)} extra={t(`${p}.typeHint`)} required>
          <Radio.Group
            value={type}
            onChange={(e) => {
              setType(e.target.value as ServiceType);
              setCategoryId(undefined);
              create.reset();
            }}
          >
            {data.serviceTypes.map((s) => (
              <Radio.Button key={s} value={s} data-testid={`service-type-${s}`}>
                {t(`serviceType.${s}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Field>
        {type === 'tool' && !data.hasOnlineApp && (
          <Alert
            type="warning"
            showIcon
            data-testid="tool-app-required"
            title={t(`${p}.appRequired`)}
            action={<Link to="/provider/apps/new">{t(`${p}.createApp`)}</Link>}
            style={{ marginBottom: 16 }}
          />
        )}
        {type && (
          <Field label={t(`${p}.category`)} required>
            <Select
              showSearch={{ optionFilterProp: 'title' }}
              value={categoryId}
              placeholder={t(`${p}.placeholder`)}
              onChange={(v: string) => {
                setCategoryId(v);
                create.reset();
              }}
              data-testid="category-select"
              options={ofType.map((c) => ({
                value: c.id,
                title: `${c.group} / ${c.name}`,
                label: optionLabel(c),
                disabled: c.refusals.length > 0,
              }))}
            />
          </Field>
        )}
        {chosen && (
          <Field label={t(`${p}.requirements`)}>
            <CategoryRequirementsList req={chosen} depositFen={chosen.depositFen} />
          </Field>
        )}
        <FieldErrorsAlert error={create.error} testId="apply-error" />
        <Button
          type="primary"
          disabled={!chosen}
          loading={create.isPending}
          onClick={start}
          data-testid="apply-start"
        >
          {t(`${p}.start`)}
        </Button>
      </div>
    </Card>
  );
}
