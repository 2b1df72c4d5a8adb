import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { List } from '../../../components/List';
import { Typography } from '../../../components/Typography';
import { useTranslation } from '../../../i18n';
import type { Precheck } from '../deps';

/** The automatic pre-checks of a version, as the provider and the reviewer see them. */
export function PrecheckList({ checks }: { checks: Precheck[] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={checks}
      data-testid="service-prechecks"
      renderItem={(c) => (
        <List.Item data-testid={`precheck-${c.key}`} data-ok={String(c.ok)}>
          <List.Item.Meta
            avatar={
              c.ok ? (
                <CheckCircleFilled style={{ color: '#52c41a' }} />
              ) : (
                <CloseCircleFilled style={{ color: '#ff4d4f' }} />
              )
            }
            title={t(`services.precheck.${c.key}`)}
            description={
              <Typography.Text type={c.ok ? undefined : 'danger'}>{c.message}</Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
