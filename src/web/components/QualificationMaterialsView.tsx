import { Flex } from 'antd';
import { Image } from './Image';
import { Descriptions } from './Descriptions';
import { List } from './List';
import { Typography } from './Typography';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import type { Materials } from '../../contracts/qualifications';
import type { UploadedFile } from './FileUpload';

const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}`;

function FileLink({ id, files }: { id?: string | null; files: Record<string, UploadedFile> }) {
  if (!id) return <>—</>;
  const f = files[id];
  if (f?.mime.startsWith('image/')) return <Image width={160} src={fileUrl(id)} alt={f.name} />;
  return (
    <Typography.Link href={fileUrl(id)} target="_blank">
      {f?.name ?? id}
    </Typography.Link>
  );
}

/** Submitted materials, read-only: for the provider's history and the reviewer. */
export function QualificationMaterialsView({
  materials: m,
  files,
}: {
  materials: Materials;
  files: Record<string, UploadedFile>;
}) {
  const { t } = useTranslation();
  const f = 'qualifications.form';
  const items: Array<{ key: string; label: string; children: ReactNode }> = [];
  if (m.incubationProofs)
    items.push({
      key: 'proofs',
      label: t(`${f}.proofs`),
      children: (
        <List
          size="small"
          dataSource={m.incubationProofs}
          renderItem={(p, i) => (
            <List.Item data-testid={`view-proof-${i}`}>
              <Flex gap="small" align="center" wrap>
                <Typography.Text strong>{p.name}</Typography.Text>
                {p.kind && t(`${f}.${p.kind}`)}
                {t(`${f}.gmvValue`, { value: (p.monthlyGmvYuan ?? 0).toLocaleString() })}
                <FileLink id={p.screenshotFileId} files={files} />
              </Flex>
            </List.Item>
          )}
        />
      ),
    });
  if (m.outreachProofFileIds)
    items.push({
      key: 'outreach',
      label: t(`${f}.outreach`),
      children: (
        <Flex gap="small" align="center" wrap>
          {m.outreachProofFileIds.map((id) => (
            <FileLink key={id} id={id} files={files} />
          ))}
        </Flex>
      ),
    });
  if (m.companyProfile)
    for (const k of ['capability', 'team', 'cases', 'strengths'] as const)
      items.push({ key: k, label: t(`${f}.${k}`), children: m.companyProfile[k] || '—' });
  if ('deckFileId' in m)
    items.push({
      key: 'deck',
      label: t(`${f}.deck`),
      children: <FileLink id={m.deckFileId} files={files} />,
    });
  if ('mrdPrdFileId' in m)
    items.push({
      key: 'mrd',
      label: t(`${f}.mrdPrd`),
      children: <FileLink id={m.mrdPrdFileId} files={files} />,
    });
  if ('customerService5x8Confirmed' in m)
    items.push({
      key: 'cs',
      label: t(`${f}.cs5x8Short`),
      children: m.customerService5x8Confirmed ? t(`${f}.yes`) : t(`${f}.no`),
    });
  if (m.caseStudies)
    items.push({
      key: 'cases',
      label: t(`${f}.caseStudies`),
      children: (
        <List
          size="small"
          dataSource={m.caseStudies}
          renderItem={(c) => (
            <List.Item>
              <Flex vertical>
                <Typography.Text strong>{c.title}</Typography.Text>
                <Typography.Text>{c.description}</Typography.Text>
                {c.fileId && <FileLink id={c.fileId} files={files} />}
              </Flex>
            </List.Item>
          )}
        />
      ),
    });
  return <Descriptions column={1} size="small" bordered items={items} />;
}
