import { useMemo, useState } from 'react';
import { Collapse, Empty, Input, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityDescriptor } from '../../api/workflows';
import { localized } from '../../workflows/form';

interface Props {
  descriptors: ActivityDescriptor[];
  /** A press on an item starts a pointer drag; the designer follows the pointer and drops on the canvas. */
  onPointerDown: (descriptor: ActivityDescriptor, event: React.PointerEvent) => void;
  disabled?: boolean;
}

/** Activities by category, searchable by Chinese or English name, type and description. */
export default function Palette({ descriptors, onPointerDown, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const groups = useMemo(() => {
    const q = search.trim().toLowerCase();
    const match = (d: ActivityDescriptor) =>
      !q ||
      [d.type, d.displayName.zhHans, d.displayName.en, d.description.zhHans, d.description.en].some((s) => s?.toLowerCase().includes(q));
    const byCategory = new Map<string, ActivityDescriptor[]>();
    for (const d of descriptors.filter(match)) byCategory.set(d.category, [...(byCategory.get(d.category) ?? []), d]);
    return [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [descriptors, search]);

  return (
    <div className="wf-palette" data-testid="palette">
      <Input.Search allowClear placeholder={t('workflows.palette.search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="palette-search" />
      {groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflows.palette.none')} />}
      <Collapse
        size="small"
        ghost
        activeKey={groups.map(([c]) => c)}
        items={groups.map(([category, items]) => ({
          key: category,
          label: t(`workflows.categories.${category}`, { defaultValue: category }),
          children: items.map((d) => (
            <Tooltip key={d.type} title={localized(d.description, i18n.language)} placement="right" mouseEnterDelay={0.6}>
              <div
                className={`wf-palette-item${disabled ? ' wf-palette-item-disabled' : ''}`}
                data-testid={`palette-${d.type}`}
                onPointerDown={(e) => {
                  if (disabled || e.button !== 0) return;
                  e.preventDefault();
                  onPointerDown(d, e);
                }}
              >
                <div className="wf-palette-name">{localized(d.displayName, i18n.language)}</div>
                <div className="wf-palette-type">{d.type}</div>
              </div>
            </Tooltip>
          )),
        }))}
      />
    </div>
  );
}
