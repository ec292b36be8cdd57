import { Suspense, useMemo, useState } from 'react';
import { LogoutOutlined, MenuOutlined, FireOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Dropdown, Grid, Layout, Menu, Skeleton, Tag, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { CompanyProvider, useCompany } from '../auth/CompanyContext';
import { errorMessage } from '../api/client';
import LanguageSwitch from './LanguageSwitch';
import { selectedKey, visibleNavigation, type NavItem } from './navigation';

const { Header, Sider, Content } = Layout;

export default function AppLayout() {
  return (
    <CompanyProvider>
      <Shell />
    </CompanyProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { user, hasPermission, signOut } = useAuth();
  const company = useCompany();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();

  const nav = useMemo(() => visibleNavigation(hasPermission), [hasPermission]);
  const current = selectedKey(nav, location.pathname);

  const toMenuItems = (items: NavItem[]): MenuProps['items'] =>
    items.map((item) => ({
      key: item.key,
      icon: item.icon,
      label: <span data-testid={`nav-${item.key}`}>{t(item.labelKey)}</span>,
      children: item.children ? toMenuItems(item.children) : undefined,
    }));

  const paths = useMemo(() => {
    const map = new Map<string, string>();
    const visit = (items: NavItem[]) =>
      items.forEach((item) => {
        if (item.path) map.set(item.key, item.path);
        if (item.children) visit(item.children);
      });
    visit(nav);
    return map;
  }, [nav]);

  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={current ? [current] : []}
      defaultOpenKeys={['identity']}
      items={toMenuItems(nav)}
      onClick={({ key }) => {
        const path = paths.get(key);
        if (path) navigate(path);
        setDrawerOpen(false);
      }}
      data-testid="nav-menu"
    />
  );

  const brand = (small: boolean) => (
    <div className={small ? 'cc-brand cc-brand-collapsed' : 'cc-brand'}>
      <FireOutlined style={{ color: '#ff7a45' }} />
      {!small && <span>{company?.name || t('app.title')}</span>}
    </div>
  );

  const onSignOut = async () => {
    try {
      await signOut();
      navigate('/login', { replace: true });
    } catch (error) {
      message.error(errorMessage(error, t('common.requestFailed')));
    }
  };

  const userMenu: MenuProps = {
    items: [
      ...(user?.stationName
        ? [{ key: 'station', disabled: true, label: `${t('header.station')}: ${user.stationName}` }]
        : []),
      {
        key: 'logout',
        icon: <LogoutOutlined />,
        label: <span data-testid="logout">{t('header.signOut')}</span>,
        onClick: () => void onSignOut(),
      },
    ],
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isPhone && (
        <Sider collapsible collapsed={collapsed} trigger={null} width={220} data-testid="sider">
          {brand(collapsed)}
          {menu}
        </Sider>
      )}
      {isPhone && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={260}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
          data-testid="nav-drawer"
          rootClassName="cc-nav-drawer"
        >
          {brand(false)}
          {menu}
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Header className="cc-header">
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
            <Button
              type="text"
              icon={isPhone ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => (isPhone ? setDrawerOpen(true) : setCollapsed(!collapsed))}
              aria-label={t('header.toggleMenu')}
              data-testid="menu-toggle"
            />
            {isPhone && <strong style={{ whiteSpace: 'nowrap' }}>{t('app.shortTitle')}</strong>}
          </div>
          <div className="cc-header-right">
            {user?.stationName && !isPhone && (
              <Tag color="volcano" data-testid="header-station">
                {user.stationName}
              </Tag>
            )}
            <LanguageSwitch />
            <Dropdown menu={userMenu} trigger={['click']}>
              <Button type="text" data-testid="user-menu" className="cc-user">
                {user?.displayName || user?.userName}
              </Button>
            </Dropdown>
          </div>
        </Header>
        <Content className="cc-content">
          <Suspense fallback={<Skeleton active />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
