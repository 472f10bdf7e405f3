import { z } from 'zod';

/**
 * Plan lines of Decision 1719/QĐ-TTg: projects (Dự án), sub-projects (Tiểu dự án) and
 * contents (Nội dung). Codes are our stable workbook keys; names are the official ones.
 * A line's parent is its code minus the last dotted segment.
 */
export const lineCodeSchema = z.string().regex(/^DA\d+(\.[A-Z0-9]+)*$/, 'mã dòng không hợp lệ / invalid line code');

export const catalogLineSchema = z.object({
  code: lineCodeSchema,
  name: z.string().min(1),
  /** English gloss for the English UI. */
  nameEn: z.string().min(1),
});
export type CatalogLine = z.infer<typeof catalogLineSchema>;

export const catalogLinesSchema = z.array(catalogLineSchema).superRefine((lines, ctx) => {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.code)) {
      ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `duplicate line code ${line.code}` });
    }
    const parent = parentCode(line.code);
    if (parent !== null && !seen.has(parent)) {
      // Parents must exist and come first: hierarchy order is the template's row order.
      ctx.addIssue({
        code: 'custom',
        path: [i, 'code'],
        message: `parent ${parent} of ${line.code} missing or after it`,
      });
    }
    seen.add(line.code);
  });
});

/** Parent of a line or detail code, or null for a project (DA1…DA10). */
export function parentCode(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

export const CATALOG_LINES: CatalogLine[] = [
  {
    code: 'DA1',
    name: 'Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt',
    nameEn: 'Project 1: Residential land, housing, production land, domestic water',
  },
  { code: 'DA1.ND1', name: 'Nội dung số 01: Hỗ trợ đất ở', nameEn: 'Content 1: Residential land support' },
  { code: 'DA1.ND2', name: 'Nội dung số 02: Hỗ trợ nhà ở', nameEn: 'Content 2: Housing support' },
  {
    code: 'DA1.ND3',
    name: 'Nội dung số 03: Hỗ trợ đất sản xuất, chuyển đổi nghề',
    nameEn: 'Content 3: Production land, job conversion',
  },
  { code: 'DA1.ND4', name: 'Nội dung số 04: Hỗ trợ nước sinh hoạt', nameEn: 'Content 4: Domestic water' },
  { code: 'DA1.ND4.PT', name: 'Hỗ trợ nước sinh hoạt phân tán', nameEn: 'Dispersed domestic water support' },
  { code: 'DA1.ND4.TT', name: 'Đầu tư công trình nước sinh hoạt tập trung', nameEn: 'Centralised water works' },
  {
    code: 'DA2',
    name: 'Dự án 2: Quy hoạch, sắp xếp, bố trí, ổn định dân cư ở những nơi cần thiết',
    nameEn: 'Project 2: Resettlement and population stabilisation',
  },
  {
    code: 'DA3',
    name: 'Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững, phát huy tiềm năng, thế mạnh của các vùng miền để sản xuất hàng hóa theo chuỗi giá trị',
    nameEn: 'Project 3: Sustainable agriculture and forestry, value chains',
  },
  {
    code: 'DA3.TDA1',
    name: 'Tiểu dự án 1: Phát triển kinh tế nông, lâm nghiệp bền vững gắn với bảo vệ rừng và nâng cao thu nhập cho người dân',
    nameEn: 'Sub-project 1: Forestry economy and forest protection',
  },
  {
    code: 'DA3.TDA2',
    name: 'Tiểu dự án 2: Hỗ trợ phát triển sản xuất theo chuỗi giá trị, vùng trồng dược liệu quý, thúc đẩy khởi sự kinh doanh, khởi nghiệp và thu hút đầu tư vùng đồng bào DTTS&MN',
    nameEn: 'Sub-project 2: Value chains, medicinal plants, start-ups',
  },
  {
    code: 'DA3.TDA2.ND1',
    name: 'Nội dung số 01: Hỗ trợ phát triển sản xuất theo chuỗi giá trị',
    nameEn: 'Content 1: Value-chain production',
  },
  {
    code: 'DA3.TDA2.ND2',
    name: 'Nội dung số 02: Đầu tư, hỗ trợ phát triển vùng trồng dược liệu quý',
    nameEn: 'Content 2: Medicinal-plant areas',
  },
  {
    code: 'DA3.TDA2.ND3',
    name: 'Nội dung số 03: Thúc đẩy khởi sự kinh doanh, khởi nghiệp và thu hút đầu tư vùng đồng bào DTTS&MN',
    nameEn: 'Content 3: Start-ups and investment attraction',
  },
  {
    code: 'DA4',
    name: 'Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu, phục vụ sản xuất, đời sống trong vùng đồng bào DTTS&MN và các đơn vị sự nghiệp công lập của lĩnh vực dân tộc',
    nameEn: 'Project 4: Essential infrastructure and ethnic-affairs public units',
  },
  {
    code: 'DA4.TDA1',
    name: 'Tiểu dự án 1: Đầu tư cơ sở hạ tầng thiết yếu, phục vụ sản xuất, đời sống trong vùng đồng bào DTTS&MN',
    nameEn: 'Sub-project 1: Essential infrastructure',
  },
  {
    code: 'DA4.TDA1.ND1',
    name: 'Nội dung số 01: Đầu tư cơ sở hạ tầng thiết yếu vùng đồng bào DTTS&MN (bao gồm duy tu, bảo dưỡng)',
    nameEn: 'Content 1: Essential infrastructure (incl. maintenance)',
  },
  {
    code: 'DA4.TDA1.ND2',
    name: 'Nội dung số 02: Đầu tư xây dựng, cải tạo nâng cấp mạng lưới chợ vùng đồng bào DTTS&MN',
    nameEn: 'Content 2: Market network',
  },
  {
    code: 'DA4.TDA2',
    name: 'Tiểu dự án 2: Đầu tư xây dựng, cải tạo, nâng cấp các đơn vị sự nghiệp công lập của lĩnh vực công tác dân tộc',
    nameEn: 'Sub-project 2: Ethnic-affairs public units',
  },
  {
    code: 'DA5',
    name: 'Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực',
    nameEn: 'Project 5: Education and human resources',
  },
  {
    code: 'DA5.TDA1',
    name: 'Tiểu dự án 1: Đổi mới hoạt động, củng cố phát triển các trường PTDTNT, PTDTBT, trường phổ thông có học sinh ở bán trú và xóa mù chữ cho người dân vùng đồng bào DTTS',
    nameEn: 'Sub-project 1: Ethnic boarding schools and literacy',
  },
  {
    code: 'DA5.TDA2',
    name: 'Tiểu dự án 2: Bồi dưỡng kiến thức dân tộc; đào tạo dự bị đại học, đại học và sau đại học đáp ứng nhu cầu nhân lực cho vùng đồng bào DTTS&MN',
    nameEn: 'Sub-project 2: Ethnic knowledge, university training',
  },
  {
    code: 'DA5.TDA3',
    name: 'Tiểu dự án 3: Dự án phát triển giáo dục nghề nghiệp và giải quyết việc làm cho người lao động vùng DTTS&MN',
    nameEn: 'Sub-project 3: Vocational training and jobs',
  },
  {
    code: 'DA5.TDA4',
    name: 'Tiểu dự án 4: Đào tạo nâng cao năng lực cho cộng đồng và cán bộ triển khai Chương trình ở các cấp',
    nameEn: 'Sub-project 4: Capacity building',
  },
  {
    code: 'DA6',
    name: 'Dự án 6: Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc thiểu số gắn với phát triển du lịch',
    nameEn: 'Project 6: Culture and tourism',
  },
  {
    code: 'DA7',
    name: 'Dự án 7: Chăm sóc sức khỏe Nhân dân, nâng cao thể trạng, tầm vóc người dân tộc thiểu số; phòng chống suy dinh dưỡng trẻ em',
    nameEn: 'Project 7: Health and child nutrition',
  },
  {
    code: 'DA8',
    name: 'Dự án 8: Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em',
    nameEn: 'Project 8: Gender equality, women and children',
  },
  {
    code: 'DA9',
    name: 'Dự án 9: Đầu tư phát triển nhóm dân tộc thiểu số rất ít người và nhóm dân tộc còn nhiều khó khăn',
    nameEn: 'Project 9: Very small and disadvantaged ethnic groups',
  },
  {
    code: 'DA9.TDA1',
    name: 'Tiểu dự án 1: Đầu tư tạo sinh kế, phát triển kinh tế nhóm dân tộc thiểu số rất ít người, nhóm dân tộc còn gặp nhiều khó khăn, dân tộc có khó khăn đặc thù',
    nameEn: 'Sub-project 1: Livelihoods of very small groups',
  },
  {
    code: 'DA9.TDA2',
    name: 'Tiểu dự án 2: Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào DTTS&MN',
    nameEn: 'Sub-project 2: Child and consanguineous marriage',
  },
  {
    code: 'DA10',
    name: 'Dự án 10: Truyền thông, tuyên truyền, vận động trong vùng đồng bào DTTS&MN. Kiểm tra, giám sát đánh giá việc tổ chức thực hiện Chương trình',
    nameEn: 'Project 10: Communication, monitoring and evaluation',
  },
  {
    code: 'DA10.TDA1',
    name: 'Tiểu dự án 1: Biểu dương, tôn vinh điển hình tiên tiến, phát huy vai trò của người có uy tín; phổ biến, giáo dục pháp luật, trợ giúp pháp lý và tuyên truyền, vận động đồng bào; truyền thông phục vụ tổ chức triển khai thực hiện Đề án tổng thể và Chương trình',
    nameEn: 'Sub-project 1: Role models, prestigious persons, legal aid, communication',
  },
  {
    code: 'DA10.TDA2',
    name: 'Tiểu dự án 2: Ứng dụng công nghệ thông tin hỗ trợ phát triển kinh tế - xã hội và đảm bảo an ninh trật tự vùng đồng bào DTTS&MN',
    nameEn: 'Sub-project 2: IT for development and security',
  },
  {
    code: 'DA10.TDA3',
    name: 'Tiểu dự án 3: Kiểm tra, giám sát, đánh giá, đào tạo, tập huấn tổ chức thực hiện Chương trình',
    nameEn: 'Sub-project 3: Monitoring, evaluation, training',
  },
];
