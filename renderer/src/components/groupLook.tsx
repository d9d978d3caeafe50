// How a khối or a cụm is marked wherever groups are listed: one colour per kind, the same on every page.
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { GroupRow } from '../../../core/api/types.ts';
import { groupKindLabel } from '../../../core/api/labels.ts';

const KIND_COLOR: Record<GroupRow['kind'], string> = { khoi: 'blue', cum: 'gold' };

/** The kind's name by default; a unit's list passes the group's own name. */
export function GroupKindTag({ kind, title, children }: { kind: GroupRow['kind']; title?: string; children?: ReactNode }) {
  return (
    <Tag color={KIND_COLOR[kind]} title={title}>
      {children ?? groupKindLabel[kind]}
    </Tag>
  );
}
