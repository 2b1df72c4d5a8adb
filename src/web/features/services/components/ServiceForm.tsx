import { Button, Flex, Form } from 'antd';
import { Input } from '../../../components/Input';
import { NativeSelect } from '../../../components/NativeSelect';
import { TagsInput } from '../../../components/TagsInput';
import { Alert } from '../../../components/Alert';
import { useMessage } from '../../../components/message';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useSaveService, type SubmitReply } from '../api/provider';
import {
  applyFieldErrors,
  isApiError,
  useErrorText,
  useSession,
  type ServiceContent,
  type ServiceDetail,
} from '../deps';
import { GalleryField, MainImageField } from './ImageFields';
import { PackagesEditor, type SpecValues } from './PackagesEditor';
import { RichText } from './RichText';

type Values = Omit<ServiceContent, 'packages'> & {
  appId?: string | null;
  packages: Array<{ name: string; specs: SpecValues[] }>;
};

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
          <NativeSelect
            data-testid="service-app"
            placeholder={t('common.select')}
            options={apps.map((a) => ({ value: a.id, label: a.name }))}
            style={{ width: '100%', maxWidth: 360 }}
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
        <TagsInput
          data-testid="service-tags"
          aria-label={t('services.field.tags')}
          style={{ maxWidth: 480 }}
        />
      </Form.Item>
      <PackagesEditor />
      <Flex gap="small" align="center" style={{ marginTop: 24 }}>
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
      </Flex>
    </Form>
  );
}
