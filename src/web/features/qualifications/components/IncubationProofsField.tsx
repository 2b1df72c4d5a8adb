import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { NativeSelect } from '../../../components/NativeSelect';
import { NumberInput } from '../../../components/NumberInput';
import { Input } from '../../../components/Input';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { uploadMaterial } from '../api/upload-material';
import { FileUpload, type UploadedFile } from '../deps';

const f = 'qualifications.form';

/** 陪跑运营: merchants and anchors incubated, each with monthly GMV and a back-office screenshot. */
export function IncubationProofsField({ files }: { files: Record<string, UploadedFile> }) {
  const { t } = useTranslation();
  return (
    <Form.List name="incubationProofs">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={12} style={{ marginBottom: 24 }}>
          <Typography.Text strong>{t(`${f}.proofs`)}</Typography.Text>
          <Typography.Text type="secondary">{t(`${f}.proofsHint`)}</Typography.Text>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              title={t(`${f}.proofN`, { n: i + 1 })}
              extra={
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Flex gap={12} wrap>
                <Form.Item name={[field.name, 'name']} label={t(`${f}.proofName`)} required>
                  <Input maxLength={100} style={{ width: 220 }} data-testid={`proof-name-${i}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'kind']} label={t(`${f}.proofKind`)} required>
                  <NativeSelect
                    style={{ width: 120 }}
                    placeholder={t('common.select')}
                    data-testid={`proof-kind-${i}`}
                    options={(['merchant', 'anchor'] as const).map((k) => ({
                      value: k,
                      label: t(`${f}.${k}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'monthlyGmvYuan']} label={t(`${f}.gmv`)} required>
                  <NumberInput
                    min={0}
                    precision={2}
                    style={{ width: 180 }}
                    data-testid={`proof-gmv-${i}`}
                  />
                </Form.Item>
              </Flex>
              <Form.Item
                name={[field.name, 'screenshotFileId']}
                label={t(`${f}.screenshot`)}
                required
              >
                <ScreenshotUpload index={i} name={field.name} files={files} />
              </Form.Item>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid="proof-add">
            {t(`${f}.addProof`)}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function ScreenshotUpload(props: {
  index: number;
  name: number;
  files: Record<string, UploadedFile>;
  value?: string | null;
  onChange?: (id: string) => void;
}) {
  const { index, name, files, value, onChange } = props;
  return (
    <FileUpload
      value={value}
      onChange={onChange}
      upload={(file) => uploadMaterial('screenshot', file)}
      field={['incubationProofs', name, 'screenshotFileId']}
      accept="image/png,image/jpeg"
      initialName={value ? files[value]?.name : undefined}
      testId={`proof-screenshot-${index}`}
    />
  );
}
