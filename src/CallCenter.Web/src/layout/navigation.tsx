import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  BranchesOutlined,
  PhoneOutlined,
  SoundOutlined,
  WarningOutlined,
  ClusterOutlined,
  CustomerServiceOutlined,
  CalendarOutlined,
  FieldTimeOutlined,
  TagsOutlined,
  MailOutlined,
  ScheduleOutlined,
  ToolOutlined,
  HomeOutlined,
  NodeIndexOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Permissions } from '../api/permissions';
import { KnowledgePermissions } from '../api/knowledge';
import { VoicePermissions } from '../api/voice';
import { WorkflowPermissions } from '../api/workflows';
import { WorkOrderPermissions } from '../api/workorders';
import { ContactPermissions } from '../api/contacts';
import { NotificationPermissions } from '../api/notifications';
import { AcdPermissions } from '../api/acd';
import { DeskPermissions } from '../api/desk';

export interface NavItem {
  key: string;
  path?: string;
  labelKey: string;
  icon: ReactNode;
  /** Shown when the user holds any of these. */
  anyOf: string[];
  children?: NavItem[];
  /** Put first (menu and landing page) for a user holding none of these: a technician lands on their jobs. */
  firstUnless?: string[];
}

export const navigation: NavItem[] = [
  {
    key: 'households',
    path: '/households',
    labelKey: 'nav.households',
    icon: <HomeOutlined />,
    anyOf: [Permissions.Customers.Default],
  },
  {
    key: 'desk',
    path: '/desk',
    labelKey: 'nav.desk',
    icon: <CustomerServiceOutlined />,
    anyOf: [DeskPermissions.Desk],
  },
  {
    key: 'households-import',
    path: '/households/import',
    labelKey: 'nav.householdImport',
    icon: <UploadOutlined />,
    anyOf: [Permissions.Customers.Import],
  },
  {
    key: 'tech',
    path: '/tech',
    labelKey: 'nav.myJobs',
    icon: <ToolOutlined />,
    anyOf: [WorkOrderPermissions.Work],
    firstUnless: [Permissions.Customers.Edit, WorkOrderPermissions.Assign, WorkOrderPermissions.Dispatch],
  },
  {
    key: 'dispatch',
    path: '/dispatch',
    labelKey: 'nav.dispatch',
    icon: <ScheduleOutlined />,
    anyOf: [WorkOrderPermissions.Dispatch, WorkOrderPermissions.Assign, WorkOrderPermissions.Supervise],
    firstUnless: [Permissions.Customers.Edit],
  },
  {
    key: 'knowledge',
    path: '/knowledge',
    labelKey: 'nav.knowledge',
    icon: <BookOutlined />,
    anyOf: [KnowledgePermissions.Default],
  },
  {
    key: 'calls',
    path: '/calls',
    labelKey: 'nav.calls',
    icon: <PhoneOutlined />,
    anyOf: [VoicePermissions.Calls, VoicePermissions.Callbacks],
  },
  {
    key: 'interruptions',
    path: '/interruptions',
    labelKey: 'nav.interruptions',
    icon: <WarningOutlined />,
    anyOf: [VoicePermissions.Interruptions],
  },
  {
    key: 'prompts',
    path: '/prompts',
    labelKey: 'nav.prompts',
    icon: <SoundOutlined />,
    anyOf: [VoicePermissions.Prompts],
  },
  {
    key: 'stations',
    path: '/stations',
    labelKey: 'nav.stations',
    icon: <ApartmentOutlined />,
    anyOf: [Permissions.Stations.Default],
  },
  {
    key: 'identity',
    labelKey: 'nav.identity',
    icon: <TeamOutlined />,
    anyOf: [Permissions.Users.Default, Permissions.Roles.Default],
    children: [
      { key: 'users', path: '/users', labelKey: 'nav.users', icon: <UserOutlined />, anyOf: [Permissions.Users.Default] },
      {
        key: 'roles',
        path: '/roles',
        labelKey: 'nav.roles',
        icon: <SafetyCertificateOutlined />,
        anyOf: [Permissions.Roles.Default],
      },
    ],
  },
  {
    key: 'outbox',
    path: '/outbox',
    labelKey: 'nav.outbox',
    icon: <MailOutlined />,
    anyOf: [NotificationPermissions.Outbox],
  },
  // Queues (技能组) and the ACD settings: whoever may see the ACD's configuration (supervisors, administrators).
  {
    key: 'acd-queues',
    path: '/acd/queues',
    labelKey: 'nav.acdQueues',
    icon: <CustomerServiceOutlined />,
    anyOf: [AcdPermissions.Default],
  },
  {
    key: 'dispositions',
    path: '/dispositions',
    labelKey: 'nav.dispositions',
    icon: <ClusterOutlined />,
    anyOf: [ContactPermissions.ManageCategories],
  },
  // The calendar and SLA policies: administrators (and who else holds ManageSla, supervisors by default).
  {
    key: 'calendar',
    path: '/calendar',
    labelKey: 'nav.calendar',
    icon: <CalendarOutlined />,
    anyOf: [WorkOrderPermissions.ManageSla],
  },
  {
    key: 'sla-policies',
    path: '/sla-policies',
    labelKey: 'nav.slaPolicies',
    icon: <FieldTimeOutlined />,
    anyOf: [WorkOrderPermissions.ManageSla],
  },
  {
    key: 'knowledge-categories',
    path: '/knowledge-categories',
    labelKey: 'nav.knowledgeCategories',
    icon: <TagsOutlined />,
    anyOf: [KnowledgePermissions.Edit],
  },
  {
    key: 'audit-logs',
    path: '/audit-logs',
    labelKey: 'nav.auditLogs',
    icon: <AuditOutlined />,
    anyOf: [Permissions.AuditLogs.Default],
  },
  {
    key: 'workflows',
    path: '/workflows',
    labelKey: 'nav.workflows',
    icon: <BranchesOutlined />,
    anyOf: [Permissions.Workflows.Default],
  },
  {
    key: 'workflow-instances',
    path: '/workflow-instances',
    labelKey: 'nav.workflowInstances',
    icon: <NodeIndexOutlined />,
    anyOf: [WorkflowPermissions.Instances],
  },
];

export function visibleNavigation(has: (p: string) => boolean, items: NavItem[] = navigation): NavItem[] {
  const visible = items
    .filter((item) => item.anyOf.some(has))
    .map((item) => (item.children ? { ...item, children: visibleNavigation(has, item.children) } : item));
  const first = visible.filter((item) => item.firstUnless && !item.firstUnless.some(has));
  return [...first, ...visible.filter((item) => !first.includes(item))];
}

/** The first page the user may open, for "/" right after sign-in. */
export function firstPath(items: NavItem[]): string | undefined {
  for (const item of items) {
    if (item.path) return item.path;
    const child = item.children && firstPath(item.children);
    if (child) return child;
  }
  return undefined;
}

/** The menu key for a location: the longest path that prefixes it. */
export function selectedKey(items: NavItem[], pathname: string): string | undefined {
  let best: { key: string; length: number } | undefined;
  const visit = (list: NavItem[]) => {
    for (const item of list) {
      if (item.path && (pathname === item.path || pathname.startsWith(item.path + '/'))) {
        if (!best || item.path.length > best.length) best = { key: item.key, length: item.path.length };
      }
      if (item.children) visit(item.children);
    }
  };
  visit(items);
  return best?.key;
}
