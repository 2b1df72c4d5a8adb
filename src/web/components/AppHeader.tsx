import { Flex } from 'antd';
import { Typography } from './Typography';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  title: string;
  home: string;
  /** Links and account actions shown before the language switch. */
  extra?: ReactNode;
}

export function AppHeader({ title, home, extra }: Props) {
  return (
    <header className="fuwu-header">
      <Link to={home} style={{ marginRight: 'auto' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      </Link>
      <Flex align="center" gap={8}>
        {extra}
        <LanguageSwitch />
      </Flex>
    </header>
  );
}
