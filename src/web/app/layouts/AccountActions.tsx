import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useMessage } from '../../components/message';
import { Typography } from '../../components/Typography';
import { useTranslation } from '../../i18n';
import { useLogout } from '../../features/auth';
import { useErrorText } from '../../lib/use-error-text';
import { useSession } from '../../lib/session';

/** The signed-in actor's name and a sign-out button; `after` is where sign-out leads. */
export function AccountActions({ after }: { after: string }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const session = useSession();
  const logout = useLogout();
  const actor = session.data?.actor;
  if (!actor) return null;
  const name = actor.kind === 'operator' ? actor.username : actor.mobileMasked;
  return (
    <>
      <Typography.Text>
        <UserOutlined /> {name}
      </Typography.Text>
      <Button
        type="text"
        icon={<LogoutOutlined />}
        data-testid="logout"
        loading={logout.isPending}
        onClick={() =>
          // A full page load after sign-out: nothing the previous actor loaded stays in memory.
          logout.mutateAsync().then(
            () => window.location.assign(after),
            (error: unknown) => void message.error(errorText(error)),
          )
        }
      >
        {t('common.logout')}
      </Button>
    </>
  );
}
