/**
 * The parsed model of the real seed, pinned field by field where a mistake would mislead users,
 * and the parser's refusal of a seed whose table cells slid out of place.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { KnowledgeModelSchema } from '../../src/knowledge/schema.js';
import { readSeed } from '../../src/seed-file.js';

const seed = readSeed();
const loaded = loadKnowledge(seed);
if (!loaded.ok) throw new Error(`seed did not parse: ${loaded.error.message}`);
const kb = loaded.kb;
const row = (id: string) => {
  const r = kb.row(id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('when the real seed is parsed', () => {
  it('then the model validates against its schema', () => {
    expect(KnowledgeModelSchema.safeParse(kb.model).success).toBe(true);
  });

  it('then it has 18/46/8 appendix rows, 8 bottlenecks and 19 sections', () => {
    expect(kb.rowsOfPart('A')).toHaveLength(18);
    expect(kb.rowsOfPart('B')).toHaveLength(46);
    expect(kb.rowsOfPart('C')).toHaveLength(8);
    expect(kb.model.bottlenecks.map((b) => b.id)).toEqual(['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8']);
    expect(kb.model.sections.map((s) => s.id)).toEqual(Array.from({ length: 19 }, (_, i) => `S${i + 1}`));
  });

  it('then the metadata is the directive’s own', () => {
    const m = kb.model.meta;
    expect(m.number).toBe('05/CT-TTg');
    expect(m.date).toBe('2023-02-23');
    expect(m.place).toBe('Hà Nội');
    expect(m.signer).toEqual({ name: 'Phạm Minh Chính', title: 'THỦ TƯỚNG' });
    expect(m.issuer).toBe('THỦ TƯỚNG CHÍNH PHỦ');
    expect(m.title).toMatch(/^TIẾP TỤC ĐẨY MẠNH TRIỂN KHAI ĐỀ ÁN/u);
    expect(m.recipients).toContain('Ban Bí thư Trung ương Đảng');
    expect(m.recipients).toHaveLength(17);
  });

  it('then the preamble names the praised agencies and provinces', () => {
    const ids = kb.model.preamble.praised.agencyIds;
    for (const id of [
      'cong-an',
      'van-phong-chinh-phu',
      'giao-duc-dao-tao',
      'tai-chinh',
      'ke-hoach-dau-tu',
      'ngan-hang-nha-nuoc',
      'evn',
      'bao-hiem-xa-hoi',
      'tp-ha-noi',
      'tp-ho-chi-minh',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('then the bottlenecks hold their own text and nothing of their neighbours', () => {
    expect(kb.bottleneck(1)!.text).toMatch(/^Nhiều hệ thống thông tin.*manh mún.*dịch vụ công trực tuyến$/u);
    expect(kb.bottleneck(4)!.text).toContain('chiếm khoảng 70%');
    expect(kb.bottleneck(8)!.text).toBe(
      'Một số bộ, ngành, địa phương chưa bố trí kinh phí kịp thời cho việc triển khai Đề án 06',
    );
    for (const b of kb.model.bottlenecks) expect(b.text).not.toMatch(/\(\d\)/u);
  });

  // Each row: [id, task starts with, lead, coop, deadline kind, deadline text, product starts with, why it is pinned]
  const pinned: Array<[string, string, string, string, string, string, string, string]> = [
    [
      'A.1',
      'Báo cáo, đề xuất cấp ủy Đảng',
      'Các bộ, ngành, địa phương',
      '',
      'month',
      'Tháng 3/2023',
      'Nghị quyết, Chỉ thị',
      'the first row, with an empty cooperation cell',
    ],
    [
      'A.8',
      'Đẩy nhanh tiến độ số hóa',
      'Các bộ, ngành, địa phương',
      'Văn phòng Chính phủ',
      'external',
      'Theo tiến độ của Nghị quyết số 50/NQ-CP ngày 08/4/2022 và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021',
      'Dữ liệu điện tử',
      "A.8 follows another document's schedule",
    ],
    [
      'A.11',
      'Quán triệt, chỉ đạo cụ thể',
      'Bộ, ngành, địa phương',
      'Bộ Công an',
      'recurring',
      'Thực hiện thường xuyên',
      'Văn bản chỉ đạo',
      'lead written without "Các"',
    ],
    [
      'B.6',
      'Hoàn thiện ứng dụng VNeID',
      'Bộ Công an',
      '',
      'month',
      'Tháng 6/2023',
      'Cấp 40 triệu tài khoản',
      'the 40-million-accounts target users ask about',
    ],
    [
      'B.7',
      'Bảo đảm an toàn thông tin',
      'Bộ Công an',
      '',
      'from',
      'Từ tháng 02/2023',
      'Báo cáo phân tích',
      'a start-month deadline',
    ],
    [
      'B.22',
      'Rà soát cập nhật khung Kiến trúc',
      'Bộ Thông tin và Truyền thông',
      '',
      'month',
      'Tháng 9/2023',
      'Kiến trúc Chính phủ điện tử 2.0',
      'no cooperators: the empty cell must stay empty',
    ],
    [
      'B.23',
      'Rà soát, bổ sung vào Dự thảo',
      'Bộ Thông tin và Truyền thông',
      '',
      'month',
      'Tháng 3/2023',
      'Quy hoạch hạ tầng',
      'no cooperators either',
    ],
    [
      'B.34',
      'Khẩn trương thực hiện cấp Giấy khai sinh điện tử',
      'Bộ Tư pháp',
      '',
      'month',
      'Tháng 6/2023',
      'Giấy khai sinh điện tử',
      'electronic birth certificates',
    ],
    [
      'B.43',
      'Tích cực thông tin, truyền thông',
      'Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam, Cổng Thông tin ' +
        'điện tử Chính phủ và các cơ quan thông tấn báo chí Trung ương, địa phương',
      'Bộ Thông tin và Truyền thông',
      'recurring',
      'Thực hiện thường xuyên',
      'Các video, ấn phẩm',
      'four press agencies lead it',
    ],
    [
      'B.46',
      'Tăng cường hợp tác quốc tế',
      'Văn phòng Chính phủ, Bộ Công an',
      'Các bộ, ngành liên quan',
      'from',
      'Từ tháng 5/2023',
      'Tổ chức các Đoàn ra',
      'led by two agencies',
    ],
    [
      'C.5',
      'Ủy ban nhân dân các tỉnh: Bắc Kạn',
      'Ủy ban nhân dân các tỉnh: Bắc Kạn, Bình Phước, Đắk Nông, Gia Lai, Khánh Hòa, Phú Yên, Thanh Hóa, Vĩnh Long',
      'Bộ Công an',
      'month',
      'Tháng 3/2023',
      'Tra cứu, xác thực thông tin',
      'binds exactly eight provinces',
    ],
    [
      'C.8',
      'Thường xuyên tuyên truyền',
      'Ủy ban nhân dân các tỉnh, thành phố',
      '',
      'recurring',
      'Thực hiện thường xuyên',
      'Nâng cao kỹ năng số',
      'the last cell of the file, with no closing separator',
    ],
  ];
  for (const [id, task, lead, coop, kind, deadline, product, why] of pinned) {
    it(`then row ${id} holds its six cells exactly (${why})`, () => {
      const r = row(id);
      expect(r.task.startsWith(task)).toBe(true);
      expect(r.lead.text).toBe(lead);
      expect(r.coop.text).toBe(coop);
      expect(r.deadline.kind).toBe(kind);
      expect(r.deadline.text).toBe(deadline);
      expect(r.product.startsWith(product)).toBe(true);
    });
  }

  it('then B.43 resolves to its four press agencies, B.46 to its two leads, C.5 to its eight provinces', () => {
    expect(row('B.43').lead.agencyIds).toEqual(
      expect.arrayContaining(['dai-truyen-hinh', 'dai-tieng-noi', 'thong-tan-xa', 'cong-ttdt-chinh-phu']),
    );
    expect(row('B.46').lead.agencyIds.sort()).toEqual(['cong-an', 'van-phong-chinh-phu']);
    expect(row('C.5').lead.agencyIds).toHaveLength(8);
    expect(row('C.5').lead.groups).toEqual([]);
    expect(row('C.1').lead.groups).toContain('all-provinces');
    expect(row('A.1').lead.groups).toEqual(expect.arrayContaining(['all-ministries', 'all-provinces']));
  });

  it('then month deadlines carry year and month as numbers', () => {
    expect(row('B.29').deadline).toMatchObject({ kind: 'month', year: 2023, month: 12 });
    expect(row('B.27').deadline).toMatchObject({ kind: 'month', year: 2023, month: 2 });
    expect(row('A.8').deadline).toMatchObject({ kind: 'external', documents: ['50/NQ-CP', '107/2021/NĐ-CP'] });
  });

  it('then every appendix row links to the body paragraph stating the same duty, both ways', () => {
    const expected: Record<string, string[]> = {
      'A.1': ['S1.1'],
      'B.6': ['S3.6'],
      'B.34': ['S10.2'],
      'B.44': ['S18.1', 'S19.1'],
      'C.5': ['S16.6'],
      'B.46': ['S15.1'],
      'B.43': ['S17.1'],
    };
    for (const [id, body] of Object.entries(expected)) expect(row(id).bodyIds).toEqual(body);
    for (const r of kb.model.appendix) {
      expect(r.bodyIds.length, `${r.id} has no body paragraph`).toBeGreaterThan(0);
      for (const p of r.bodyIds) expect(kb.paragraph(p)!.appendixIds).toContain(r.id);
    }
  });

  it('then paragraphs keep the deadlines they state, and bullets holding two sentences stay one paragraph', () => {
    expect(kb.paragraph('S3.6')!.text).toMatch(/40 triệu tài khoản.*Tuyên truyền, vận động/u);
    expect(kb.paragraph('S2.3')!.deadlines.map((d) => d.text)).toEqual([
      'hoàn thành trong tháng 9 năm 2023',
      'hoàn thành trong tháng 6 năm 2023',
    ]);
    expect(kb.paragraph('S3.7')!.deadlines[0]).toMatchObject({ kind: 'from', month: 2 });
    expect(kb.paragraph('S3.2')!.deadlines[0]).toMatchObject({ kind: 'recurring' });
    expect(kb.section(3)!.addressee.agencyIds).toEqual(['cong-an']);
    expect(kb.section(16)!.addressee.groups).toContain('all-provinces');
  });
});

describe('when the seed is damaged', () => {
  it('then a missing cell separator is reported with its row and line, and no model is returned', () => {
    const lines = seed.split('\n');
    // Remove the "|" between B.22's lead and its (empty) cooperation cell: every later cell slides.
    const at = lines.findIndex(
      (l, i) =>
        l.trim() === 'Bộ Thông tin và Truyền thông' && lines[i + 1]?.trim() === '|' && lines[i + 2]?.trim() === '|',
    );
    expect(at).toBeGreaterThan(0);
    lines.splice(at + 1, 1);
    const result = loadKnowledge(lines.join('\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/B\.22/u);
      expect(result.error.line).toBeGreaterThan(0);
    }
  });

  it('then a missing section is named', () => {
    const result = loadKnowledge(seed.replace(/\n7\. Bộ Tài nguyên/u, '\nBộ Tài nguyên'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/section 7 is missing/u);
  });

  it('then an empty text fails with a clear message instead of throwing', () => {
    const result = loadKnowledge('');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/seed has no/u);
  });
});
