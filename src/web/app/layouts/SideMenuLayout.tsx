import type { ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
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

/**
 * A console: header with account and language, side menu, routed content. The menu is a list of
 * links styled like antd's inline Menu (`.fuwu-side-nav` in styles.css): antd's Menu with its
 * overflow, tooltip and popup machinery cost ~15 KB gzip on every console page.
 */
export function SideMenuLayout({ title, home, items, afterLogout, banner }: Props) {
  const location = useLocation();
  const selected = items
    .filter((i) => location.pathname === i.path || location.pathname.startsWith(`${i.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
  return (
    <div className="fuwu-layout">
      <AppHeader title={title} home={home} extra={<AccountActions after={afterLogout} />} />
      <div className="fuwu-console">
        <nav className="fuwu-side-nav">
          <ul role="menu">
            {items.map((i) => (
              <li key={i.path} role="none">
                <Link
                  to={i.path}
                  role="menuitem"
                  aria-current={i.path === selected ? 'page' : undefined}
                >
                  {i.icon}
                  <span>{i.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main className="fuwu-console-content">
          {banner}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
