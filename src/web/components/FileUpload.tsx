import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { Upload } from './Upload';
import { Typography } from './Typography';
import type { NamePath } from 'antd/es/form/interface';
import { useState } from 'react';
import { useTranslation } from '../i18n';
import { useErrorText } from '../lib/use-error-text';

export type UploadedFile = { id: string; name: string; mime: string; size: number };

interface Props {
  /** The uploaded file's id (a form field's value). */
  value?: string | null;
  onChange?: (id: string) => void;
  /** Stores the bytes and answers the server's file reference. */
  upload: (file: File) => Promise<UploadedFile>;
  /** The form field this control fills, to show an upload error under it. */
  field: NamePath;
  accept: string;
  /** The name of a file already in the form (from the server's file list). */
  initialName?: string;
  testId: string;
  maxBytes?: number;
}

/** One file, uploaded as soon as it is chosen; the form keeps its id. Shared by features. */
export function FileUpload(props: Props) {
  const { value, onChange, upload, field, accept, initialName, testId } = props;
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const errorText = useErrorText();
  const [name, setName] = useState(initialName);
  const [busy, setBusy] = useState(false);
  const maxBytes = props.maxBytes ?? 5 * 1024 * 1024;
  const fail = (message: string) => form.setFields([{ name: field, errors: [message] }]);

  return (
    <Flex gap={8} align="center" wrap>
      <Upload
        accept={accept}
        data-testid={testId}
        beforeUpload={(file) => {
          if (file.size <= maxBytes) return true;
          fail(t('qualifications.upload.tooLarge'));
          return false;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          setBusy(true);
          upload(file as File)
            .then((ref) => {
              setName(ref.name);
              onChange?.(ref.id);
              form.setFields([{ name: field, errors: [] }]);
              onSuccess?.(ref);
            })
            .catch((error: unknown) => {
              fail(errorText(error));
              onError?.(error as Error);
            })
            .finally(() => setBusy(false));
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy}>
          {value ? t('qualifications.upload.replace') : t('qualifications.upload.choose')}
        </Button>
      </Upload>
      {value && (
        <Typography.Link
          href={`/api/files/${encodeURIComponent(value)}`}
          target="_blank"
          data-testid={`${testId}-name`}
        >
          <PaperClipOutlined /> {name ?? value}
        </Typography.Link>
      )}
    </Flex>
  );
}
