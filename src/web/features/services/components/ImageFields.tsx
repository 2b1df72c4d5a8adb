import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { Upload } from '../../../components/Upload';
import { Image } from '../../../components/Image';
import { useTranslation } from '../../../i18n';
import { useUploadImage } from '../api/provider';
import { useErrorText } from '../deps';

const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}`;

function Uploader({
  role,
  field,
  onUploaded,
  testId,
}: {
  role: 'main' | 'gallery';
  field: string;
  onUploaded: (id: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const upload = useUploadImage();
  const errorText = useErrorText();
  return (
    <Upload
      accept="image/jpeg,image/png"
      data-testid={testId}
      customRequest={({ file, onSuccess, onError }) => {
        upload.mutate(
          { file: file as File, role },
          {
            onSuccess: (ref) => {
              form.setFields([{ name: field, errors: [] }]);
              onUploaded(ref.id);
              onSuccess?.(ref);
            },
            onError: (e) => {
              form.setFields([{ name: field, errors: [errorText(e)] }]);
              onError?.(e);
            },
          },
        );
      }}
    >
      <Button icon={<PlusOutlined />} loading={upload.isPending}>
        {t(role === 'main' ? 'services.uploadMain' : 'services.uploadGallery')}
      </Button>
    </Upload>
  );
}

/** 服务主图: one image, checked against the policy's rules when it is uploaded. */
export function MainImageField({
  value,
  onChange,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
}) {
  return (
    <Flex gap={12} align="center">
      {value && (
        <Image width={80} height={80} src={fileUrl(value)} data-testid="service-main-preview" />
      )}
      <Uploader
        role="main"
        field="mainImageFileId"
        onUploaded={(id) => onChange?.(id)}
        testId="service-main-image"
      />
    </Flex>
  );
}

/** 服务图片: up to six gallery images, each removable. */
export function GalleryField({
  value = [],
  onChange,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} align="center" wrap>
      {value.map((id) => (
        <Flex key={id} vertical align="center">
          <Image width={64} height={64} src={fileUrl(id)} />
          <Button
            type="link"
            size="small"
            onClick={() => onChange?.(value.filter((x) => x !== id))}
          >
            {t('common.remove')}
          </Button>
        </Flex>
      ))}
      {value.length < 6 && (
        <Uploader
          role="gallery"
          field="galleryFileIds"
          onUploaded={(id) => onChange?.([...value, id])}
          testId="service-gallery-image"
        />
      )}
    </Flex>
  );
}
