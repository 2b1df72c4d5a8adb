import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, InputNumber, Radio, Select, Space } from 'antd';
import { Input } from '../../../components/Input';
import { Alert } from '../../../components/Alert';
import { useMessage } from '../../../components/message';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useSaveService, type SubmitReply } from '../api/provider';
import {
  applyFieldErrors,
  isApiError,
  useErrorText,
  SERVICE_DURATIONS,
  useSession,
  type ServiceContent,
  type ServiceDetail,
} from '../deps';
import { GalleryField, MainImageField } from './ImageFields';
import { RichText } from './RichText';

type SpecValues = {
  version: string;
  durationDays: number;
  priceYuan: number | null;
  trial: boolean;
};
type Values = Omit<ServiceContent, 'packages'> & {
  appId?: string | null;
  packages: Array<{ name: string; specs: SpecValues[] }>;
};

const newSpec = (): SpecValues => ({
  version: '',
  durationDays: 31,
  priceYuan: null,
  trial: false,
});

function toValues(d: ServiceDetail): Values {
  return {
    ...d.draft,
    appId: d.appId,
    packages: d.draft.packages.map((p) => ({
      name: p.name,
      specs: p.specs.map((s) => ({ ...s, priceYuan: s.priceFen / 100 })),
    })),
  };
}

function toContent(v: Values): ServiceContent {
  return {
    classification: v.classification ?? '',
    name: v.name ?? '',
    shortDescription: v.shortDescription ?? '',
    descriptionHtml: v.descriptionHtml ?? '',
    mainImageFileId: v.mainImageFileId ?? null,
    galleryFileIds: v.galleryFileIds ?? [],
    tags: v.tags ?? [],
    packages: (v.packages ?? []).map((p) => ({
      name: p.name ?? '',
      specs: (p.specs ?? []).map((s) => ({
        version: s.version ?? '',
        durationDays: s.durationDays as 31,
        priceFen: Math.round((s.priceYuan ?? 0) * 100),
        trial: Boolean(s.trial),
      })),
    })),
  };
}

/** The server's refusal with every field it names, so errors on lists (packages) are seen too. */
function FieldErrors({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  if (!error) return null;
  const fields = isApiError(error) ? Object.entries(error.fields ?? {}) : [];
  const label = (f: string) => {
    const [head, ...rest] = f.split('.');
    const name = (head === 'descriptionHtml' ? 'description' : head) as 'name';
    const key = `services.field.${name}` as const;
    return `${i18n.exists(key) ? t(key) : head}${rest.length ? ` ${rest.map((x) => (/^\d+$/.test(x) ? Number(x) + 1 : x)).join(' ')}` : ''}`;
  };
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="service-form-error"
      title={errorText(error)}
      description={
        fields.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {fields.map(([f, m]) => (
              <li key={f} data-testid={`service-error-${f}`}>
                {t('common.fieldLine', { field: label(f), reason: m })}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/** The service's editable content: images, texts, tags and packages with spec rows. */
export function ServiceForm({
  service,
  apps,
  onSubmitted,
}: {
  service: ServiceDetail;
  apps: Array<{ id: string; name: string }>;
  onSubmitted: (r: SubmitReply) => void;
}) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const save = useSaveService(service.id);
  const policy = useSession().data?.policy;
  const maxName = policy?.serviceNameMaxChars ?? undefined;
  const maxShort = policy?.shortDescriptionMaxChars ?? undefined;
  const tagsExactly = policy?.serviceTagsExactly ?? null;

  const run = (submit: boolean) => {
    setError(null);
    const values = form.getFieldsValue(true) as Values;
    save.mutate(
      { content: toContent(values), appId: values.appId, submit },
      {
        onSuccess: (r) => {
          if (r) onSubmitted(r);
          else void message.success(t('services.saved'));
        },
        onError: (e) => {
          setError(e);
          applyFieldErrors(form, e);
        },
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={toValues(service)}
      data-testid="service-form"
    >
      <FieldErrors error={error} />
      {service.serviceType === 'tool' && (
        <Form.Item name="appId" label={t('services.field.app')}>
          <Select
            data-testid="service-app"
            options={apps.map((a) => ({ value: a.id, label: a.name }))}
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
      )}
      <Form.Item name="classification" label={t('services.field.classification')} required>
        <Input maxLength={30} data-testid="service-classification" style={{ maxWidth: 360 }} />
      </Form.Item>
      <Form.Item
        name="mainImageFileId"
        label={t('services.field.mainImage')}
        required
        extra={t('services.imageHint')}
      >
        <MainImageField />
      </Form.Item>
      <Form.Item name="galleryFileIds" label={t('services.field.gallery')}>
        <GalleryField />
      </Form.Item>
      <Form.Item name="name" label={t('services.field.name')} required>
        <Input
          showCount={!!maxName}
          maxLength={maxName ? maxName + 10 : 60}
          data-testid="service-name"
          style={{ maxWidth: 480 }}
        />
      </Form.Item>
      <Form.Item name="shortDescription" label={t('services.field.shortDescription')} required>
        <Input.TextArea rows={2} showCount={!!maxShort} data-testid="service-short" />
      </Form.Item>
      <Form.Item name="descriptionHtml" label={t('services.field.description')} required>
        <RichText />
      </Form.Item>
      <Form.Item
        name="tags"
        label={t('services.field.tags')}
        extra={tagsExactly ? t('services.tagsExactly', { n: tagsExactly }) : t('services.tagsHint')}
      >
        <Select
          mode="tags"
          tokenSeparators={[',', '，']}
          open={false}
          data-testid="service-tags"
          style={{ maxWidth: 480 }}
        />
      </Form.Item>
      <Typography.Title level={5}>{t('services.field.packages')}</Typography.Title>
      <Form.List name="packages">
        {(pkgs, { add, remove }, { errors }) => (
          <Flex vertical gap={12} data-testid="service-packages-edit">
            {pkgs.map((pkg) => (
              <Card
                key={pkg.key}
                size="small"
                data-testid={`package-${pkg.name}`}
                title={
                  <Form.Item name={[pkg.name, 'name']} noStyle>
                    <Input
                      placeholder={t('services.field.packageName')}
                      style={{ maxWidth: 240 }}
                      data-testid={`package-name-${pkg.name}`}
                    />
                  </Form.Item>
                }
                extra={
                  <Button
                    danger
                    type="link"
                    onClick={() => remove(pkg.name)}
                    data-testid={`package-remove-${pkg.name}`}
                  >
                    {t('services.removePackage')}
                  </Button>
                }
              >
                <Form.List name={[pkg.name, 'specs']}>
                  {(specs, specOps) => (
                    <Flex vertical gap={4}>
                      {specs.map((spec) => {
                        const id = `${pkg.name}-${spec.name}`;
                        return (
                          <Space key={spec.key} align="baseline" wrap data-testid={`spec-${id}`}>
                            <Form.Item
                              name={[spec.name, 'version']}
                              label={t('services.field.version')}
                            >
                              <Input style={{ width: 140 }} data-testid={`spec-version-${id}`} />
                            </Form.Item>
                            <Form.Item
                              name={[spec.name, 'durationDays']}
                              label={t('services.field.duration')}
                            >
                              <Radio.Group
                                optionType="button"
                                size="small"
                                data-testid={`spec-duration-${id}`}
                                options={SERVICE_DURATIONS.map((d) => ({
                                  value: d,
                                  label: t(`services.duration.${d}`),
                                }))}
                              />
                            </Form.Item>
                            <Form.Item
                              name={[spec.name, 'priceYuan']}
                              label={t('services.field.priceYuan')}
                            >
                              <InputNumber
                                min={0}
                                precision={2}
                                style={{ width: 130 }}
                                data-testid={`spec-price-${id}`}
                              />
                            </Form.Item>
                            <Form.Item name={[spec.name, 'trial']} valuePropName="checked">
                              <Checkbox data-testid={`spec-trial-${id}`}>
                                {t('services.field.trial')}
                              </Checkbox>
                            </Form.Item>
                            <Button
                              type="text"
                              icon={<MinusCircleOutlined />}
                              aria-label={t('services.removeSpec')}
                              onClick={() => specOps.remove(spec.name)}
                              data-testid={`spec-remove-${id}`}
                            />
                          </Space>
                        );
                      })}
                      <Button
                        type="dashed"
                        icon={<PlusOutlined />}
                        onClick={() => specOps.add(newSpec())}
                        data-testid={`spec-add-${pkg.name}`}
                      >
                        {t('services.addSpec')}
                      </Button>
                    </Flex>
                  )}
                </Form.List>
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', specs: [newSpec()] })}
              data-testid="package-add"
            >
              {t('services.addPackage')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Space style={{ marginTop: 24 }}>
        <Button onClick={() => run(false)} loading={save.isPending} data-testid="service-save">
          {t('services.saveDraft')}
        </Button>
        <Button
          type="primary"
          onClick={() => run(true)}
          loading={save.isPending}
          data-testid="service-submit"
        >
          {t('services.submit')}
        </Button>
      </Space>
    </Form>
  );
}
