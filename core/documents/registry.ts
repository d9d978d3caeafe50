// Kind id → the module that builds it. The type makes a kind added to core/documents/kinds.ts without
// its module (or a module of no kind) a compile error.
import type { DocumentKindModule } from './kind-module.ts';
import type { DocumentKind } from './kinds.ts';
import { baoCao } from './kinds/bao-cao.ts';
import { congVanDonDoc } from './kinds/cong-van-don-doc.ts';
import { giayMoi } from './kinds/giay-moi.ts';
import { keHoach } from './kinds/ke-hoach.ts';

export const KIND_MODULES: Readonly<Record<DocumentKind, DocumentKindModule>> = {
  ke_hoach: keHoach,
  bao_cao: baoCao,
  cong_van_don_doc: congVanDonDoc,
  giay_moi: giayMoi,
};

export function kindModule(kind: DocumentKind): DocumentKindModule {
  return KIND_MODULES[kind];
}
