import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { Upload } from '../../../components/Upload';
import { Image } from '../../../components/Image';
import { useTranslation } from '../../../i18n';
import { useUploadLogo } from '../api/upload-logo';
import { useErrorText } from '../deps';

interface Props {
  /** The uploaded file's id (the form field `logoFileId`). */
  value?: string | null;
  onChange?: (id: string | null) => void;
}

const maxBytes = 5 * 1024 * 1024;

/** The app logo: uploads at once (JPG or PNG), keeps the file id, previews it. */
export function LogoUpload({ value, onChange }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const upload = useUploadLogo();
  const errorText = useErrorText();
  const fail = (message: string) => form.setFields([{ name: 'logoFileId', errors: [message] }]);

  return (
    <Flex gap={16} align="center">
      {value && (
        <Image
          width={64}
          height={64}
          src={`/api/files/${encodeURIComponent(value)}`}
          alt={t('apps.field.logo')}
          data-testid="app-logo-preview"
        />
      )}
      <Upload
        accept="image/png,image/jpeg"
        data-testid="app-logo"
        beforeUpload={(file) => {
          if (file.size <= maxBytes) return true;
          fail(t('apps.logoTooLarge'));
          return false;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          upload.mutate(file as File, {
            onSuccess: (ref) => {
              onChange?.(ref.id);
              form.setFields([{ name: 'logoFileId', errors: [] }]);
              onSuccess?.(ref);
            },
            onError: (error) => {
              fail(errorText(error));
              onError?.(error);
            },
          });
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {value ? t('apps.logoReplace') : t('apps.logoUpload')}
        </Button>
      </Upload>
      {value && (
        <Button type="link" onClick={() => onChange?.(null)}>
          {t('apps.logoRemove')}
        </Button>
      )}
    </Flex>
  );
}
