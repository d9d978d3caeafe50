// Kind id → the module that builds it. The type makes a kind added to core/documents/kinds.ts without
// its module (or a module of no kind) a compile error.
import type { KindModule } from './kind-module.ts';
import type { DocumentKind } from './kinds.ts';
import { baoCao } from './kinds/bao-cao.ts';
import { bienBanHop } from './kinds/bien-ban-hop.ts';
import { congVanDonDoc } from './kinds/cong-van-don-doc.ts';
import { giayMoi } from './kinds/giay-moi.ts';
import { keHoach } from './kinds/ke-hoach.ts';
import { quyetDinh } from './kinds/quyet-dinh.ts';
import { toTrinhDeNghi } from './kinds/to-trinh-de-nghi.ts';
import { toTrinhKetQua } from './kinds/to-trinh-ket-qua.ts';

export const KIND_MODULES: Readonly<Record<DocumentKind, KindModule>> = {
  ke_hoach: keHoach,
  bao_cao: baoCao,
  cong_van_don_doc: congVanDonDoc,
  giay_moi: giayMoi,
  to_trinh_de_nghi: toTrinhDeNghi,
  to_trinh_ket_qua: toTrinhKetQua,
  bien_ban_hop: bienBanHop,
  quyet_dinh: quyetDinh,
};

export function kindModule(kind: DocumentKind): KindModule {
  return KIND_MODULES[kind];
}
