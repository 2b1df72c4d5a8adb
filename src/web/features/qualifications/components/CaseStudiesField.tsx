import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { Input } from '../../../components/Input';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { uploadMaterial } from '../api/upload-material';
import { FileUpload, type UploadedFile } from '../deps';

const f = 'qualifications.form';

export function CaseStudiesField(props: { min: number; files: Record<string, UploadedFile> }) {
  const { t } = useTranslation();
  return (
    <Form.List name="caseStudies">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={12} style={{ marginBottom: 24 }}>
          <Typography.Text strong>{t(`${f}.caseStudies`)}</Typography.Text>
          <Typography.Text type="secondary">
            {t(`${f}.casesHint`, { n: props.min })}
          </Typography.Text>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              extra={
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Form.Item name={[field.name, 'title']} label={t(`${f}.caseTitle`)} required>
                <Input maxLength={100} data-testid={`case-title-${i}`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'description']}
                label={t(`${f}.caseDescription`)}
                required
              >
                <Input.TextArea rows={2} maxLength={2000} data-testid={`case-description-${i}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'fileId']} label={t(`${f}.caseFile`)}>
                <CaseFile index={i} name={field.name} files={props.files} />
              </Form.Item>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid="case-add">
            {t(`${f}.addCase`)}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function CaseFile(props: {
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
      field={['caseStudies', props.name, 'fileId']}
      accept=".pdf,.docx,.pptx,image/png,image/jpeg"
      initialName={props.value ? props.files[props.value]?.name : undefined}
      testId={`case-file-${props.index}`}
    />
  );
}
