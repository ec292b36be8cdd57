import { lazy, useEffect } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ApiError } from './api/client';
import { AuthProvider } from './auth/AuthContext';
import { RequireAuth, RequirePermission } from './auth/guards';
import { AcdPermissions } from './api/acd';
import { Permissions } from './api/permissions';
import { KnowledgePermissions } from './api/knowledge';
import { VoicePermissions } from './api/voice';
import { WorkflowPermissions } from './api/workflows';
import { WorkOrderPermissions } from './api/workorders';
import { ContactPermissions } from './api/contacts';
import { NotificationPermissions } from './api/notifications';
import { DeskPermissions } from './api/desk';
import AppLayout from './layout/AppLayout';
import HomeRedirect from './layout/HomeRedirect';
import LoginPage from './pages/LoginPage';
import NotFoundPage from './pages/NotFoundPage';
import HouseholdListPage from './pages/households/HouseholdListPage';
import HouseholdDetailPage from './pages/households/HouseholdDetailPage';
import HouseholdEditPage from './pages/households/HouseholdEditPage';
import { queryKeys } from './api/queryKeys';

// Pages an agent rarely opens load on demand, so the first screen on a phone stays light.
const WorkflowListPage = lazy(() => import('./pages/workflows/WorkflowListPage'));
const WorkflowDesignerPage = lazy(() => import('./pages/workflows/WorkflowDesignerPage'));
const InstanceListPage = lazy(() => import('./pages/workflows/InstanceListPage'));
const InstanceViewerPage = lazy(() => import('./pages/workflows/InstanceViewerPage'));
const HouseholdImportPage = lazy(() => import('./pages/households/HouseholdImportPage'));
const StationListPage = lazy(() => import('./pages/stations/StationListPage'));
const StationDetailPage = lazy(() => import('./pages/stations/StationDetailPage'));
const UsersPage = lazy(() => import('./pages/identity/UsersPage'));
const RolesPage = lazy(() => import('./pages/identity/RolesPage'));
const AuditLogPage = lazy(() => import('./pages/audit/AuditLogPage'));
const KnowledgeSearchPage = lazy(() => import('./pages/knowledge/KnowledgeSearchPage'));
const KnowledgeArticlePage = lazy(() => import('./pages/knowledge/KnowledgeArticlePage'));
const KnowledgeEditorPage = lazy(() => import('./pages/knowledge/KnowledgeEditorPage'));
const CallsPage = lazy(() => import('./pages/calls/CallsPage'));
const InterruptionsPage = lazy(() => import('./pages/interruptions/InterruptionsPage'));
const PromptsPage = lazy(() => import('./pages/prompts/PromptsPage'));
const TechnicianJobsPage = lazy(() => import('./pages/technician/TechnicianJobsPage'));
const TechnicianJobPage = lazy(() => import('./pages/technician/TechnicianJobPage'));
const DispatchBoardPage = lazy(() => import('./pages/dispatch/DispatchBoardPage'));
const WorkOrderDetailPage = lazy(() => import('./pages/workorders/WorkOrderDetailPage'));
const OutboxPage = lazy(() => import('./pages/outbox/OutboxPage'));
const DispositionTreePage = lazy(() => import('./pages/dispositions/DispositionTreePage'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage'));
const SlaPoliciesPage = lazy(() => import('./pages/sla/SlaPoliciesPage'));
const AcdQueuesPage = lazy(() => import('./pages/acd/AcdQueuesPage'));
const KnowledgeCategoriesPage = lazy(() => import('./pages/knowledge/KnowledgeCategoriesPage'));
const DeskPage = lazy(() => import('./pages/desk/DeskPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Retrying a 4xx only repeats the same answer; retry once for network trouble and 5xx.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
    },
  },
});

export default function App() {
  const { i18n } = useTranslation();
  useEffect(() => {
    // The server localizes permission and role names by Accept-Language: fetch them again in the new language.
    void queryClient.invalidateQueries({ queryKey: queryKeys.permissions.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.roles.all });
  }, [i18n.language]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={i18n.language === 'en' ? enUS : zhCN}
        theme={{ token: { colorPrimary: '#d4380d', borderRadius: 6 } }}
      >
        <AntApp>
          <BrowserRouter>
            <AuthProvider>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route
                  element={
                    <RequireAuth>
                      <AppLayout />
                    </RequireAuth>
                  }
                >
                  <Route index element={<HomeRedirect />} />
                  <Route element={<RequirePermission permission={Permissions.Customers.Default} />}>
                    <Route path="households" element={<HouseholdListPage />} />
                    <Route path="households/:id" element={<HouseholdDetailPage />} />
                    <Route element={<RequirePermission permission={Permissions.Customers.Edit} />}>
                      <Route path="households/new" element={<HouseholdEditPage />} />
                      <Route path="households/:id/edit" element={<HouseholdEditPage />} />
                    </Route>
                    <Route element={<RequirePermission permission={Permissions.Customers.Import} />}>
                      <Route path="households/import" element={<HouseholdImportPage />} />
                    </Route>
                  </Route>
                  <Route element={<RequirePermission permission={KnowledgePermissions.Default} />}>
                    <Route path="knowledge" element={<KnowledgeSearchPage />} />
                    <Route path="knowledge/:id" element={<KnowledgeArticlePage />} />
                    <Route element={<RequirePermission permission={KnowledgePermissions.Edit} />}>
                      <Route path="knowledge/new" element={<KnowledgeEditorPage />} />
                      <Route path="knowledge/:id/edit" element={<KnowledgeEditorPage />} />
                    </Route>
                  </Route>
                  {/* Calls or callbacks: the page shows the tabs the user may see and a 403 when neither. */}
                  <Route path="calls" element={<CallsPage />} />
                  <Route element={<RequirePermission permission={VoicePermissions.Interruptions} />}>
                    <Route path="interruptions" element={<InterruptionsPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={VoicePermissions.Prompts} />}>
                    <Route path="prompts" element={<PromptsPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={Permissions.Stations.Default} />}>
                    <Route path="stations" element={<StationListPage />} />
                    <Route path="stations/:id" element={<StationDetailPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={Permissions.Users.Default} />}>
                    <Route path="users" element={<UsersPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={Permissions.Roles.Default} />}>
                    <Route path="roles" element={<RolesPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={Permissions.AuditLogs.Default} />}>
                    <Route path="audit-logs" element={<AuditLogPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={WorkflowPermissions.Default} />}>
                    <Route path="workflows" element={<WorkflowListPage />} />
                    <Route path="workflows/:definitionId" element={<WorkflowDesignerPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={WorkflowPermissions.Instances} />}>
                    <Route path="workflow-instances" element={<InstanceListPage />} />
                    <Route path="workflow-instances/:id" element={<InstanceViewerPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={WorkOrderPermissions.Work} />}>
                    <Route path="tech" element={<TechnicianJobsPage />} />
                    <Route path="tech/jobs/:id" element={<TechnicianJobPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={WorkOrderPermissions.Default} />}>
                    <Route path="dispatch" element={<DispatchBoardPage />} />
                    <Route path="work-orders/:id" element={<WorkOrderDetailPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={NotificationPermissions.Outbox} />}>
                    <Route path="outbox" element={<OutboxPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={ContactPermissions.ManageCategories} />}>
                    <Route path="dispositions" element={<DispositionTreePage />} />
                  </Route>
                  <Route element={<RequirePermission permission={WorkOrderPermissions.ManageSla} />}>
                    <Route path="calendar" element={<CalendarPage />} />
                    <Route path="sla-policies" element={<SlaPoliciesPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={KnowledgePermissions.Edit} />}>
                    <Route path="knowledge-categories" element={<KnowledgeCategoriesPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={AcdPermissions.Default} />}>
                    <Route path="acd/queues" element={<AcdQueuesPage />} />
                  </Route>
                  <Route element={<RequirePermission permission={DeskPermissions.Desk} />}>
                    <Route path="desk" element={<DeskPage />} />
                  </Route>
                  <Route path="home" element={<Navigate to="/" replace />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </AuthProvider>
          </BrowserRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
