import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { Upload } from '../../../components/Upload';
import { Image } from '../../../components/Image';
import { Typography } from '../../../components/Typography';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useUploadLicence } from '../api/upload-licence';
import { useErrorText } from '../deps';

interface Props {
  /** The uploaded file's id (the form field `licenceFileId`). */
  value?: string;
  onChange?: (id: string) => void;
  /** Called after a successful upload, e.g. to save the draft. */
  onUploaded?: () => void;
  /** The name of the file already in the draft. */
  initialName?: string;
}

const maxBytes = 5 * 1024 * 1024;

/** Business-licence image: uploads at once, keeps the file id, previews it. */
export function LicenceUpload({ value, onChange, onUploaded, initialName }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const upload = useUploadLicence();
  const [name, setName] = useState(initialName);
  const errorText = useErrorText();

  const fail = (message: string) => form.setFields([{ name: 'licenceFileId', errors: [message] }]);

  return (
    <Flex vertical gap={8} align="start">
      <Upload
        accept="image/png,image/jpeg"
        data-testid="field-licence"
        beforeUpload={(file) => {
          if (file.size > maxBytes) {
            fail(t('onboarding.licence.tooLarge'));
            return false;
          }
          return true;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          upload.mutate(file as File, {
            onSuccess: (ref) => {
              onChange?.(ref.id);
              setName(ref.name);
              form.setFields([{ name: 'licenceFileId', errors: [] }]);
              onSuccess?.(ref);
              onUploaded?.();
            },
            onError: (error) => {
              fail(errorText(error));
              onError?.(error);
            },
          });
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {value ? t('onboarding.licence.replace') : t('onboarding.licence.upload')}
        </Button>
      </Upload>
      {value && name && (
        <Typography.Text type="secondary" data-testid="licence-name">
          {name}
        </Typography.Text>
      )}
      {value && (
        <Image
          width={240}
          src={`/api/files/${encodeURIComponent(value)}`}
          alt={t('onboardingField.licenceFileId')}
          data-testid="licence-preview"
        />
      )}
    </Flex>
  );
}
