import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { Typography } from '../../../components/Typography';
import { useTranslation } from '../../../i18n';
import { uploadMaterial } from '../api/upload-material';
import { FileUpload, type UploadedFile } from '../deps';

const f = 'qualifications.form';

/** 线索地推: documents or images proving outbound-call or ground-promotion capability. */
export function OutreachProofsField({ files }: { files: Record<string, UploadedFile> }) {
  const { t } = useTranslation();
  return (
    <Form.List name="outreachProofFileIds">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8} style={{ marginBottom: 24 }}>
          <Typography.Text strong>{t(`${f}.outreach`)}</Typography.Text>
          <Typography.Text type="secondary">{t(`${f}.outreachHint`)}</Typography.Text>
          {fields.map((field, i) => (
            <Flex key={field.key} gap={8} align="baseline">
              <Form.Item name={field.name} style={{ marginBottom: 0 }}>
                <OutreachFile index={i} name={field.name} files={files} />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.remove')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="outreach-add">
            {t(`${f}.addOutreach`)}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function OutreachFile(props: {
  index: number;
  name: number;
  files: Record<string, UploadedFile>;
  value?: string | null;
  onChange?: (id: string) => void;
}) {
  return (
    <FileUpload
      value={props.value}
      onChange={props.onChange}
      upload={(file) => uploadMaterial('document', file)}
      field={['outreachProofFileIds', props.name]}
      accept=".pdf,.docx,.pptx,image/png,image/jpeg"
      initialName={props.value ? props.files[props.value]?.name : undefined}
      testId={`outreach-file-${props.index}`}
    />
  );
}
