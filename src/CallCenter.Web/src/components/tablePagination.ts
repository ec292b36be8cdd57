import type { TFunction } from 'i18next';

/** The paging every server-paged list uses: page and size from the page's state, the total from the server, a size changer and "共 N 条". */
export function tablePagination(
  t: TFunction,
  page: number,
  pageSize: number,
  total: number | undefined,
  onChange: (page: number, pageSize: number) => void,
) {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    showTotal: (count: number) => t('common.total', { count }),
    onChange,
  };
}
