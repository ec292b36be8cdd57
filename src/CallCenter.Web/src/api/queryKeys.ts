// Every react-query key in one place. A key's first element names what it caches, so invalidating a shorter key
// (e.g. queryKeys.workOrders.all) refreshes every longer one under it (each list, each filter).
export const queryKeys = {
  acd: {
    queues: ['acd-queues'] as const,
    settings: ['acd-settings'] as const,
    agent: (userId: string | undefined) => ['acd-agent', userId] as const,
  },
  account: { me: ['account', 'me'] as const },
  settings: { company: ['settings', 'company'] as const },
  auditLogs: { list: (query: unknown) => ['audit-logs', query] as const },
  businessCalendar: {
    all: ['business-calendar'] as const,
    status: ['business-calendar', 'status'] as const,
  },
  calls: {
    list: (query: unknown) => ['calls', query] as const,
    detail: (id: string) => ['call', id] as const,
  },
  callbacks: { all: ['callbacks'] as const },
  contacts: { byHousehold: (householdId: string) => ['contacts', householdId] as const },
  departments: { all: ['departments'] as const },
  dispositions: {
    all: ['dispositions'] as const,
    active: ['dispositions', 'active'] as const,
    tree: ['dispositions', 'all'] as const,
  },
  households: {
    all: ['households'] as const,
    list: (query: unknown) => ['households', query] as const,
    detail: (id: string | undefined) => ['household', id] as const,
    history: (id: string) => ['household', id, 'history'] as const,
  },
  interruptions: {
    all: ['interruptions'] as const,
    list: (activeOnly: boolean) => ['interruptions', activeOnly] as const,
  },
  knowledge: {
    article: (id: string | undefined) => ['knowledge-article', id] as const,
    categories: ['knowledge-categories'] as const,
    searches: ['knowledge-search'] as const,
    search: (q: string, categoryId: unknown, page: number, status: unknown) =>
      ['knowledge-search', q, categoryId, page, status] as const,
    suggestions: (text: string | undefined, categoryCode: unknown, take: number) =>
      ['knowledge-suggestions', text, categoryCode, take] as const,
    synonyms: ['knowledge-synonyms'] as const,
    versions: (id: string) => ['knowledge-versions', id] as const,
  },
  myJobs: {
    all: ['my-jobs'] as const,
    list: (show: unknown) => ['my-jobs', show] as const,
  },
  outbox: {
    all: ['outbox'] as const,
    list: (query: unknown) => ['outbox', query] as const,
  },
  permissions: {
    all: ['permissions'] as const,
    groups: ['permissions', 'groups'] as const,
  },
  prompts: { all: ['prompts'] as const },
  screenPop: { byPhone: (phone: string) => ['screen-pop', phone] as const },
  roles: { all: ['roles'] as const },
  slaPolicies: { all: ['sla-policies'] as const },
  stations: {
    all: ['stations'] as const,
    detail: (id: string) => ['station', id] as const,
  },
  supervision: {
    all: ['supervision'] as const,
    list: (query: unknown) => ['supervision', query] as const,
  },
  technicians: {
    all: ['technicians'] as const,
    byStation: (stationId: string | null | undefined) => ['technicians', stationId ?? 'all'] as const,
  },
  users: {
    all: ['users'] as const,
    list: (query: unknown) => ['users', query] as const,
  },
  workOrders: {
    all: ['work-orders'] as const,
    list: (query: unknown) => ['work-orders', query] as const,
    byHousehold: (householdId: string) => ['work-orders', { householdId }] as const,
    children: (parentId: string) => ['work-orders', 'children', parentId] as const,
    massIncidents: ['work-orders', 'mass-incidents'] as const,
    massIncidentCandidates: (householdId: unknown, categoryId: unknown) =>
      ['mass-incident-candidates', householdId, categoryId] as const,
    detail: (id: string) => ['work-order', id] as const,
  },
  workflows: {
    all: ['workflows'] as const,
    definition: (definitionId: string) => ['workflow-definition', definitionId] as const,
    published: (definitionId: string) => ['workflow-published', definitionId] as const,
    versions: (definitionId: string) => ['workflow-versions', definitionId] as const,
    descriptors: ['workflow-descriptors'] as const,
    instances: (filter: unknown) => ['workflow-instances', filter] as const,
    instance: (id: string) => ['workflow-instance', id] as const,
    instanceDefinition: (id: string) => ['workflow-instance-definition', id] as const,
  },
};
