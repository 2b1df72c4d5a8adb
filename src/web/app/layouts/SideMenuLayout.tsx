import { Layout, Menu } from 'antd';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { AppHeader } from '../../components/AppHeader';
import { AccountActions } from './AccountActions';

export interface SideMenuItem {
  /** The route the item opens; also selects the item for every route below it. */
  path: string;
  label: ReactNode;
  icon?: ReactNode;
}

interface Props {
  title: string;
  home: string;
  items: SideMenuItem[];
  afterLogout: string;
  /** Shown above every page of the console (e.g. operator warnings). */
  banner?: ReactNode;
}

/** A console: header with account and language, side menu, routed content. */
export function SideMenuLayout({ title, home, items, afterLogout, banner }: Props) {
  const location = useLocation();
  const navigate = useNavigate();
  const selected = items
    .filter((i) => location.pathname === i.path || location.pathname.startsWith(`${i.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader title={title} home={home} extra={<AccountActions after={afterLogout} />} />
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            style={{ height: '100%', borderInlineEnd: 0 }}
            items={items.map((i) => ({ key: i.path, label: i.label, icon: i.icon }))}
            onClick={({ key }) => void navigate(key)}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          {banner}
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
