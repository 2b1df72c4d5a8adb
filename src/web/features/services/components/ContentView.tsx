import { Flex } from 'antd';
import { Image } from '../../../components/Image';
import { Descriptions } from '../../../components/Descriptions';
import { Tag } from '../../../components/Tag';
import { Typography } from '../../../components/Typography';
import { useTranslation } from '../../../i18n';
import type { ServiceContent } from '../deps';
import { PackagesTable } from './PackagesTable';

/** The service's pictures, one preview with arrows between them. */
function ImageRow({ urls }: { urls: string[] }) {
  return (
    <Flex gap="small" align="center" wrap>
      {urls.map((u) => (
        <Image key={u} width={72} height={72} src={u} group={urls} />
      ))}
    </Flex>
  );
}

/** A version's (or the draft's) content, read-only; `imageUrl` turns a file id into a URL. */
export function ContentView({
  content,
  imageUrl,
}: {
  content: ServiceContent;
  imageUrl: (fileId: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap="small" vertical style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'name', label: t('services.field.name'), children: content.name || '—' },
          {
            key: 'classification',
            label: t('services.field.classification'),
            children: content.classification || '—',
          },
          {
            key: 'short',
            label: t('services.field.shortDescription'),
            children: content.shortDescription || '—',
          },
          {
            key: 'tags',
            label: t('services.field.tags'),
            children: content.tags.map((x) => <Tag key={x}>{x}</Tag>),
          },
          {
            key: 'images',
            label: t('services.field.images'),
            children: (
              <ImageRow
                urls={[content.mainImageFileId, ...content.galleryFileIds]
                  .filter((x): x is string => !!x)
                  .map(imageUrl)}
              />
            ),
          },
          {
            key: 'description',
            label: t('services.field.description'),
            children: (
              <Typography>
                {/* sanitized on the server (sanitize-html) before it is stored */}
                <div dangerouslySetInnerHTML={{ __html: content.descriptionHtml }} />
              </Typography>
            ),
          },
        ]}
      />
      <PackagesTable packages={content.packages} />
    </Flex>
  );
}
