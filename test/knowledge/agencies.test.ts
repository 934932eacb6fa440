/**
 * The agency registry (src/knowledge/agencies.ts): data, `find`, `resolveParty`, `binds` and the
 * 2025 restructuring (ministries of 1 March 2025, the 34 provincial units of 1 July 2025).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENCIES, createAgencyRegistry, PROVINCE_UNITS_2025, PROVINCES_2025 } from '../../src/knowledge/agencies.js';
import { AgencySchema, type PartyRef } from '../../src/knowledge/schema.js';
import { hasVietnameseMarks as hasMarks } from '../../src/knowledge/text.js';

const reg = createAgencyRegistry();
const ids = (text: string) => reg.find(text).map((m) => m.agencyId);
const idsOf = (agencies: ReadonlyArray<{ id: string }>) => agencies.map((a) => a.id);

/** The appendix cells of the seed: separated by lines holding only "|", an empty cell is two "|" in a row. */
function appendixRows(): string[][] {
  const seed = readFileSync(new URL('../../seeds/chi-thi-05-CT-TTg-2023.txt', import.meta.url), 'utf8');
  const lines = seed.split('\n');
  const cells: string[] = [];
  let current: string[] = [];
  for (const line of lines.slice(lines.findIndex((l) => l.trim() === 'PHỤ LỤC'))) {
    if (line.trim() === '|') {
      cells.push(current.join(' ').replace(/\s+/gu, ' ').trim());
      current = [];
    } else if (line.trim() !== '') current.push(line.trim());
  }
  const rows: string[][] = [];
  for (let i = 0; i + 5 < cells.length; i++) {
    if (/^\d+$/u.test(cells[i]!)) rows.push(cells.slice(i, (i += 5) + 1));
  }
  return rows;
}

describe('the registry data', () => {
  const canonicalIds = [
    'cong-an',
    'tu-phap',
    'y-te',
    'lao-dong-tbxh',
    'tai-chinh',
    'tai-nguyen-moi-truong',
    'noi-vu',
    'thong-tin-truyen-thong',
    'ke-hoach-dau-tu',
    'cong-thuong',
    'quoc-phong',
    'xay-dung',
    'giao-duc-dao-tao',
    'giao-thong-van-tai',
    'ngan-hang-nha-nuoc',
    'thanh-tra-chinh-phu',
    'van-phong-chinh-phu',
    'bao-hiem-xa-hoi',
    'ban-co-yeu',
    'buu-dien-vn',
    'ubqlv',
    'dai-truyen-hinh',
    'dai-tieng-noi',
    'thong-tan-xa',
    'cong-ttdt-chinh-phu',
    'evn',
    'tong-cuc-thue',
    'khoa-hoc-cong-nghe',
    'nong-nghiep-moi-truong',
    'nong-nghiep-ptnt',
    'van-hoa-tt-dl',
    'ngoai-giao',
    'uy-ban-dan-toc',
    'dan-toc-ton-giao',
    'tp-ha-noi',
    'tp-ho-chi-minh',
    'tp-hai-phong',
    'tp-da-nang',
    'tp-can-tho',
    'tinh-thua-thien-hue',
  ];

  it('when the canonical ids are looked up, then each exists', () => {
    expect(canonicalIds.filter((id) => reg.byId(id) === undefined)).toEqual([]);
  });

  it('when every entry is parsed with AgencySchema, then it passes and ids are unique', () => {
    for (const a of AGENCIES) expect(AgencySchema.safeParse(a).success, a.id).toBe(true);
    expect(new Set(AGENCIES.map((a) => a.id)).size).toBe(AGENCIES.length);
  });

  it(
    'when kinds are read, then Tổng cục Thuế is "other", the 2023 ministries are ministries ' + 'and provinces are 63',
    () => {
      expect(reg.byId('tong-cuc-thue')?.kind).toBe('other');
      expect(reg.byId('ngan-hang-nha-nuoc')?.kind).toBe('ministry-level');
      expect(reg.byId('bao-hiem-xa-hoi')?.kind).toBe('government-agency');
      expect(reg.provinces()).toHaveLength(63);
      const ministries = idsOf(reg.ministries());
      for (const id of [
        'cong-an',
        'ngoai-giao',
        'van-hoa-tt-dl',
        'uy-ban-dan-toc',
        'nong-nghiep-ptnt',
        'van-phong-chinh-phu',
      ])
        expect(ministries).toContain(id);
      for (const id of ['nong-nghiep-moi-truong', 'dan-toc-ton-giao', 'tinh-thanh-hoa', 'evn', 'ban-co-yeu'])
        expect(ministries).not.toContain(id);
    },
  );

  it('when agencies formed in 2025 are listed, then they are exactly Bộ NN&MT and Bộ Dân tộc và Tôn giáo', () => {
    expect(idsOf(AGENCIES.filter((a) => a.formedAfterDirective)).sort()).toEqual([
      'dan-toc-ton-giao',
      'nong-nghiep-moi-truong',
    ]);
  });

  it(
    'when the ministry changes of 1 March 2025 are read, then only the stated ones are ' +
      'recorded, with date and source',
    () => {
      const changed = AGENCIES.filter((a) => a.succession && a.kind !== 'province');
      expect(
        Object.fromEntries(changed.map((a) => [a.id, [a.succession!.change, ...a.succession!.successorIds]])),
      ).toEqual({
        'thong-tin-truyen-thong': ['merged', 'khoa-hoc-cong-nghe'],
        'ke-hoach-dau-tu': ['merged', 'tai-chinh'],
        'tai-nguyen-moi-truong': ['merged', 'nong-nghiep-moi-truong'],
        'nong-nghiep-ptnt': ['merged', 'nong-nghiep-moi-truong'],
        'giao-thong-van-tai': ['merged', 'xay-dung'],
        'lao-dong-tbxh': ['split', 'noi-vu', 'y-te', 'giao-duc-dao-tao', 'nong-nghiep-moi-truong'],
        'uy-ban-dan-toc': ['merged', 'dan-toc-ton-giao'],
      });
      for (const a of changed) {
        expect(a.succession!.effective).toBe('2025-03-01');
        expect(a.succession!.source).toBe(
          'Nghị quyết số 176/2025/QH15 của Quốc hội (và các nghị định quy định chức năng, nhiệm vụ của các bộ)',
        );
      }
      const split = reg.byId('lao-dong-tbxh')!.succession!;
      expect(split.note).toContain('giáo dục nghề nghiệp → Bộ Giáo dục và Đào tạo');
      expect(split.noteEn).toContain('poverty reduction → Ministry of Agriculture and Environment');
    },
  );

  it(
    'when Bộ Khoa học và Công nghệ is asked about, then its predecessor is Bộ TT&TT and the ' +
      'other absorbing ministries list theirs',
    () => {
      expect(ids('Bộ Khoa học và Công nghệ')).toEqual(['khoa-hoc-cong-nghe']);
      expect(idsOf(reg.predecessorsOf('khoa-hoc-cong-nghe'))).toEqual(['thong-tin-truyen-thong']);
      expect(idsOf(reg.successorsOf('thong-tin-truyen-thong'))).toEqual(['khoa-hoc-cong-nghe']);
      expect(idsOf(reg.predecessorsOf('tai-chinh'))).toEqual(['ke-hoach-dau-tu']);
      expect(idsOf(reg.predecessorsOf('xay-dung'))).toEqual(['giao-thong-van-tai']);
      expect(idsOf(reg.predecessorsOf('nong-nghiep-moi-truong'))).toEqual([
        'tai-nguyen-moi-truong',
        'nong-nghiep-ptnt',
        'lao-dong-tbxh',
      ]);
      expect(idsOf(reg.predecessorsOf('dan-toc-ton-giao'))).toEqual(['uy-ban-dan-toc']);
      for (const id of ['noi-vu', 'y-te', 'giao-duc-dao-tao'])
        expect(idsOf(reg.predecessorsOf(id))).toEqual(['lao-dong-tbxh']);
      expect(reg.successorsOf('cong-an')).toEqual([]);
    },
  );

  it('when successions and predecessors are cross-checked, then each link is recorded on both sides', () => {
    for (const a of AGENCIES) {
      for (const s of reg.successorsOf(a.id)) expect(s.predecessorIds, `${a.id} → ${s.id}`).toContain(a.id);
      for (const p of reg.predecessorsOf(a.id)) expect(p.succession?.successorIds, `${p.id} → ${a.id}`).toContain(a.id);
    }
  });
});

describe('find', () => {
  it(
    'when every alias of every agency is scanned as typed, then it resolves back to that ' + 'agency, whole and exact',
    () => {
      const wrong: string[] = [];
      for (const a of AGENCIES) {
        for (const alias of [a.name, a.short, a.nameEn, ...a.aliases, ...a.upperOnlyAliases]) {
          const found = reg.find(alias);
          const m = found[0];
          if (
            found.length !== 1 ||
            m!.agencyId !== a.id ||
            m!.start !== 0 ||
            m!.end !== alias.length ||
            (hasMarks(alias) && !m!.exact)
          ) {
            wrong.push(`${alias} → ${JSON.stringify(found)} (expected ${a.id})`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  // [typed, expected ids, why]
  const phrasings: Array<[string, string[], string]> = [
    ['bo y te', ['y-te'], 'no diacritics'],
    ['BỘ Y TẾ', ['y-te'], 'capitals'],
    ['Bộ Y tể', ['y-te'], 'a wrong tone mark folds away'],
    ['BCA', ['cong-an'], 'abbreviation'],
    ['bộ tt&tt', ['thong-tin-truyen-thong'], 'abbreviation with "&", lower case'],
    ['Bộ TT & TT', ['thong-tin-truyen-thong'], 'spaces around "&"'],
    ['Bộ TTTT', ['thong-tin-truyen-thong'], 'abbreviation without "&"'],
    ['MIC phải làm gì?', ['thong-tin-truyen-thong'], 'English acronym in capitals'],
    ['Ministry of Information and Communications', ['thong-tin-truyen-thong'], 'English name'],
    ['what must the ministry of health do?', ['y-te'], 'English name in lower case'],
    ['UBND tỉnh Thanh Hóa', ['tinh-thanh-hoa'], 'the committee of a province'],
    ['thanh hoa', ['tinh-thanh-hoa'], 'a bare province name without diacritics'],
    ['Khánh Hoà', ['tinh-khanh-hoa'], 'old tone placement'],
    ['Khánh Hòa', ['tinh-khanh-hoa'], 'new tone placement'],
    ['Đắk Nông', ['tinh-dak-nong'], 'as the directive writes it'],
    ['dak nong', ['tinh-dak-nong'], 'no diacritics'],
    ['Đắc Nông', ['tinh-dak-nong'], 'a common spelling'],
    ['Đăk Nông', ['tinh-dak-nong'], 'another tone on the same letters'],
    ['Bộ Lao động Thương binh và Xã hội', ['lao-dong-tbxh'], 'the seed’s spelling without a dash'],
    ['LĐTBXH', ['lao-dong-tbxh'], 'abbreviation'],
    ['Bộ Văn hóa, Thể thao và Du lịch phải làm gì?', ['van-hoa-tt-dl'], 'a ministry the directive does not name'],
    ['Ngân hàng Nhà nước', ['ngan-hang-nha-nuoc'], 'the seed’s spelling without "Việt Nam"'],
    ['Bảo hiểm xã hội\nViệt Nam', ['bao-hiem-xa-hoi'], 'a name wrapped over a line'],
    ['TP.HCM', ['tp-ho-chi-minh'], 'city abbreviation'],
    ['tphcm', ['tp-ho-chi-minh'], 'city abbreviation run together'],
    ['Sài Gòn', ['tp-ho-chi-minh'], 'the old name'],
    ['Huế', ['tinh-thua-thien-hue'], 'the 2025 name of Thừa Thiên Huế'],
    ['BRVT', ['tinh-ba-ria-vung-tau'], 'abbreviation'],
    ['Đắc Lắk', ['tinh-dak-lak'], 'a common spelling'],
    ['Bắc Cạn', ['tinh-bac-kan'], 'a common spelling'],
    ['tỉnh hòa bình', ['tinh-hoa-binh'], 'with "tỉnh" an everyday phrase is a province'],
    ['Bộ Nông nghiệp', ['nong-nghiep-moi-truong'], 'today’s ministry; the 2023 one needs its full name'],
    ['công an xã', ['cong-an'], '"Công an" alone names the ministry’s force'],
    [
      'Bộ Công an, Văn phòng Chính phủ và UBND tỉnh Thanh Hóa',
      ['cong-an', 'van-phong-chinh-phu', 'tinh-thanh-hoa'],
      'several, in order',
    ],
    ['Nam Định và Hà Nam', ['tinh-nam-dinh', 'tinh-ha-nam'], 'two provinces sharing "Nam"'],
    [
      'Thứ trưởng các Bộ: Tài chính, Tư pháp, Thông tin và Truyền thông, Giáo dục và Đào tạo',
      ['tai-chinh', 'tu-phap', 'thong-tin-truyen-thong', 'giao-duc-dao-tao'],
      'after "các Bộ:" names count without "Bộ"',
    ],
    // Negative cases.
    ['một việc', [], '"một" folds to "mot" but MOT counts only in capitals'],
    ['most tasks', [], 'MOST counts only in capitals'],
    ['tài chính công', [], 'a topic, not Bộ Tài chính'],
    ['hồ sơ y tế điện tử', [], 'a topic, not Bộ Y tế'],
    ['phiếu lý lịch tư pháp', [], 'a topic, not Bộ Tư pháp'],
    ['thông tin bảo hiểm xã hội', [], 'a topic, not Bảo hiểm xã hội Việt Nam'],
    ['an ninh quốc phòng', [], 'a topic, not Bộ Quốc phòng'],
    ['diễn biến phức tạp', [], '"diễn biến" folds like Điện Biên but its letters differ'],
    ['dien bien phuc tap', [], 'Điện Biên counts bare only when capitalised'],
    ['trong năm định kỳ', [], '"năm" is not "Nam" (ă ≠ a)'],
    ['bỏ thông tin', [], '"bỏ" is not "Bộ" (o ≠ ô)'],
    ['các bộ, y tế cơ sở', [], 'a name does not run across a comma'],
    ['hòa bình', [], 'peace, not the province: everyday names count bare only when capitalised'],
    ['hoa huệ', [], 'a flower, not Huế'],
  ];
  for (const [text, expected, why] of phrasings) {
    const shown = text.replace(/\n/gu, '\\n');
    it(`when "${shown}" is scanned, then it finds ${expected.join(', ') || 'nothing'} (${why})`, () => {
      expect(ids(text)).toEqual(expected);
    });
  }

  it('when the abbreviations and English names people type are scanned, then each resolves to its agency', () => {
    const typed: Record<string, string[]> = {
      'cong-an': ['BCA', 'MPS', 'Ministry of Public Security'],
      'tu-phap': ['BTP', 'MOJ', 'Ministry of Justice'],
      'y-te': ['BYT', 'MOH', 'Ministry of Health'],
      'lao-dong-tbxh': [
        'LĐTBXH',
        'LĐ-TB&XH',
        'LDTBXH',
        'BLĐTBXH',
        'MOLISA',
        'Ministry of Labour, Invalids and Social Affairs',
      ],
      'tai-chinh': ['BTC', 'MOF', 'Ministry of Finance'],
      'tai-nguyen-moi-truong': ['TN&MT', 'TNMT', 'BTNMT', 'MONRE', 'Ministry of Natural Resources and Environment'],
      'noi-vu': ['BNV', 'MOHA', 'Ministry of Home Affairs'],
      'thong-tin-truyen-thong': ['TT&TT', 'TTTT', 'BTTTT', 'Bộ TT&TT', 'MIC'],
      'ke-hoach-dau-tu': ['KH&ĐT', 'KHĐT', 'KHDT', 'BKHĐT', 'MPI', 'Ministry of Planning and Investment'],
      'cong-thuong': ['BCT', 'MOIT', 'Ministry of Industry and Trade'],
      'quoc-phong': ['BQP', 'MOND', 'Ministry of National Defence'],
      'xay-dung': ['BXD', 'MOC', 'Ministry of Construction'],
      'giao-duc-dao-tao': ['GD&ĐT', 'GDĐT', 'BGDĐT', 'MOET', 'Ministry of Education and Training'],
      'giao-thong-van-tai': ['GTVT', 'BGTVT', 'MOT', 'Ministry of Transport'],
      'ngan-hang-nha-nuoc': ['NHNN', 'NHNNVN', 'SBV', 'State Bank of Vietnam'],
      'thanh-tra-chinh-phu': ['TTCP', 'Government Inspectorate'],
      'van-phong-chinh-phu': ['VPCP', 'Government Office'],
      'bao-hiem-xa-hoi': ['BHXH', 'BHXH VN', 'VSS', 'Vietnam Social Security'],
      'khoa-hoc-cong-nghe': ['KH&CN', 'KHCN', 'MOST', 'Ministry of Science and Technology'],
      'nong-nghiep-moi-truong': ['NN&MT', 'MAE', 'Ministry of Agriculture and Environment'],
      'nong-nghiep-ptnt': ['NN&PTNT', 'MARD', 'Ministry of Agriculture and Rural Development'],
      'ngoai-giao': ['MOFA', 'Ministry of Foreign Affairs'],
      'van-hoa-tt-dl': ['VHTTDL', 'MOCST', 'Ministry of Culture, Sports and Tourism'],
      'dai-truyen-hinh': ['VTV'],
      'dai-tieng-noi': ['VOV'],
      'thong-tan-xa': ['TTXVN'],
      evn: ['EVN'],
      'buu-dien-vn': ['VNPost'],
      'tp-ho-chi-minh': ['HCM', 'TP.HCM', 'TPHCM', 'Sài Gòn'],
      'tp-ha-noi': ['Hà Nội', 'HN'],
      'tinh-thua-thien-hue': ['Huế', 'Thừa Thiên Huế'],
      'tinh-ba-ria-vung-tau': ['Bà Rịa - Vũng Tàu', 'BRVT'],
      'tinh-dak-lak': ['Đắk Lắk', 'Đắc Lắk'],
      'tinh-kon-tum': ['Kon Tum'],
    };
    const wrong = Object.entries(typed).flatMap(([id, names]) =>
      names.filter((n) => ids(`${n} phải làm gì?`).join() !== id).map((n) => `${n} ≠ ${id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('when a text names no agency or is empty, then nothing is found', () => {
    expect(reg.find('')).toEqual([]);
    expect(reg.find(' ?!… ')).toEqual([]);
    expect(reg.find('Hạn chót của nhiệm vụ A.3 là khi nào?')).toEqual([]);
  });

  it('when "Hà Nam" is scanned, then only Hà Nam is found, with no bogus "Nam…"', () => {
    expect(reg.find('Tỉnh Hà Nam phải làm gì?')).toEqual([
      { agencyId: 'tinh-ha-nam', start: 0, end: 11, alias: 'Tỉnh Hà Nam', exact: true },
    ]);
  });

  it(
    'when a mention is found, then its offsets point into the text as given and exact tells ' +
      'whether diacritics matched',
    () => {
      const text = '  Hỏi:  Bộ   Y tế phải làm gì?';
      const [m] = reg.find(text);
      expect(text.slice(m!.start, m!.end)).toBe('Bộ   Y tế');
      expect(m).toMatchObject({ agencyId: 'y-te', alias: 'Bộ Y tế', exact: true });
      expect(reg.find('bo y te')[0]).toMatchObject({ alias: 'Bộ Y tế', exact: false });
      expect(reg.find('Bộ Y tể')[0]?.exact).toBe(false);
    },
  );

  it('when the longer of two names fits, then it wins', () => {
    expect(reg.find('Bộ Lao động - Thương binh và Xã hội')).toHaveLength(1);
    expect(reg.find('Bộ Nông nghiệp và Phát triển nông thôn')[0]?.agencyId).toBe('nong-nghiep-ptnt');
    expect(reg.find('Ủy ban nhân dân thành phố Hồ Chí Minh')[0]).toMatchObject({
      agencyId: 'tp-ho-chi-minh',
      start: 0,
    });
  });

  it('when a 100-character question is scanned many times, then each scan takes well under 0.1 ms', () => {
    const question =
      'Bộ Thông tin và Truyền thông và UBND tỉnh Thanh Hóa phải hoàn thành nhiệm vụ gì trong tháng 6/2023?';
    for (let i = 0; i < 500; i++) reg.find(question);
    const runs = 5000;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) reg.find(question);
    expect((performance.now() - t0) / runs).toBeLessThan(0.1);
  });
});

describe('resolveParty', () => {
  // [cell or addressee, agency ids, groups]
  const cells: Array<[string, string[], string[]]> = [
    ['Các bộ, ngành, địa phương', [], ['all-ministries', 'all-provinces']],
    ['Bộ, ngành, địa phương', [], ['all-ministries', 'all-provinces']],
    ['Các bộ, ngành, địa phương:', [], ['all-ministries', 'all-provinces']],
    ['Ủy ban nhân dân các tỉnh, thành phố', [], ['all-provinces']],
    ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', [], ['all-provinces']],
    ['Các bộ, cơ quan liên quan', [], ['related']],
    ['Các bộ, ngành liên quan', [], ['related']],
    ['Bộ, ngành có liên quan', [], ['related']],
    ['Các bộ, ngành, địa phương liên quan', [], ['related']],
    [
      'Bộ Công an, Bộ Thông tin và Truyền thông và các cơ quan có liên quan',
      ['cong-an', 'thong-tin-truyen-thong'],
      ['related'],
    ],
    [
      'Ngân hàng Nhà nước Việt Nam, Bộ Công an và các cơ quan liên quan',
      ['ngan-hang-nha-nuoc', 'cong-an'],
      ['related'],
    ],
    ['Bộ Công an, các bộ, cơ quan có liên quan', ['cong-an'], ['related']],
    ['Văn phòng Chính phủ và các bộ, ngành, địa phương', ['van-phong-chinh-phu'], ['all-ministries', 'all-provinces']],
    ['Bộ Tài chính, các bộ, ngành, địa phương', ['tai-chinh'], ['all-ministries', 'all-provinces']],
    ['Các bộ, ngành được giao tại Đề án 06 và Quyết định số 422/QĐ-TTg', [], ['assigned']],
    [
      'Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam, Cổng Thông tin ' +
        'điện tử Chính phủ và các cơ quan thông tấn báo chí Trung ương, địa phương',
      ['dai-truyen-hinh', 'dai-tieng-noi', 'thong-tan-xa', 'cong-ttdt-chinh-phu'],
      ['press-all'],
    ],
    [
      'Ủy ban nhân dân các tỉnh: Bắc Kạn, Bình Phước, Đắk Nông, Gia Lai, Khánh Hòa, Phú Yên, Thanh Hóa, Vĩnh Long',
      [
        'tinh-bac-kan',
        'tinh-binh-phuoc',
        'tinh-dak-nong',
        'tinh-gia-lai',
        'tinh-khanh-hoa',
        'tinh-phu-yen',
        'tinh-thanh-hoa',
        'tinh-vinh-long',
      ],
      [],
    ],
    [
      'Từng đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, các đồng ' +
        'chí Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương',
      [],
      ['all-ministries', 'all-provinces'],
    ],
    [
      'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ' +
        'ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      [],
      ['all-ministries', 'all-provinces'],
    ],
    ['Bộ Công an, Văn phòng Chính phủ và các bộ, ngành liên quan', ['cong-an', 'van-phong-chinh-phu'], ['related']],
    ['Bộ Lao động Thương binh và Xã hội', ['lao-dong-tbxh'], []],
  ];
  for (const [text, agencyIds, groups] of cells) {
    it(`when "${text}" is resolved, then it gives [${agencyIds.join(', ')}] and groups [${groups.join(', ')}]`, () => {
      const party = reg.resolveParty(text);
      expect(party.text).toBe(text);
      expect(party.agencyIds).toEqual(agencyIds);
      expect([...party.groups].sort()).toEqual([...groups].sort());
    });
  }

  it(
    'when every lead and cooperation cell of the seed’s appendix is resolved, then each names ' +
      'an agency or a group and every body it names is resolved',
    () => {
      const rows = appendixRows();
      expect(rows).toHaveLength(72);
      const nameStart = new RegExp(
        String.raw`(?<!\p{L})(?:Bộ|Ngân hàng|Văn phòng|Thanh tra|Bảo hiểm|Ban|Tổng công ty|Tổng cục|` +
          String.raw`Ủy ban(?! nhân dân)|Đài|Thông tấn|Cổng|Tập đoàn) (?=\p{Lu})`,
        'gu',
      );
      const problems: string[] = [];
      for (const [no, , lead, coop] of rows) {
        for (const cell of [lead!, coop!].filter((c) => c !== '')) {
          const party = reg.resolveParty(cell);
          if (party.agencyIds.length + party.groups.length === 0) problems.push(`row ${no}: nothing in "${cell}"`);
          const mentions = reg.find(cell);
          for (const m of cell.matchAll(nameStart)) {
            if (!mentions.some((x) => x.start <= m.index && m.index < x.end))
              problems.push(`row ${no}: "${cell.slice(m.index, m.index + 30)}…" not resolved`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('binds', () => {
  const c5 = reg.resolveParty(
    'Ủy ban nhân dân các tỉnh: Bắc Kạn, Bình Phước, Đắk Nông, Gia Lai, Khánh Hòa, Phú Yên, Thanh Hóa, Vĩnh Long',
  );

  it('when C.5’s cell is read, then exactly its eight provinces are bound', () => {
    const bound = idsOf(AGENCIES.filter((a) => reg.binds(c5, a.id)));
    expect(bound.sort()).toEqual([
      'tinh-bac-kan',
      'tinh-binh-phuoc',
      'tinh-dak-nong',
      'tinh-gia-lai',
      'tinh-khanh-hoa',
      'tinh-phu-yen',
      'tinh-thanh-hoa',
      'tinh-vinh-long',
    ]);
  });

  it('when the all-provinces group is read, then every 2023 province is bound and no ministry', () => {
    const party = reg.resolveParty('Ủy ban nhân dân các tỉnh, thành phố');
    expect(reg.provinces().every((p) => reg.binds(party, p.id))).toBe(true);
    expect(reg.binds(party, 'y-te')).toBe(false);
  });

  it(
    'when the all-ministries group is read, then 2023 ministries and government agencies are ' +
      'bound, not later ministries or provinces',
    () => {
      const party: PartyRef = { text: 'Các bộ, ngành', agencyIds: [], groups: ['all-ministries'] };
      for (const id of ['y-te', 'ngan-hang-nha-nuoc', 'bao-hiem-xa-hoi', 'ngoai-giao'])
        expect(reg.binds(party, id), id).toBe(true);
      for (const id of ['nong-nghiep-moi-truong', 'tinh-thanh-hoa', 'evn', 'unknown-id'])
        expect(reg.binds(party, id), id).toBe(false);
    },
  );

  it('when a group names nobody in particular (related, assigned, press-all), then it binds no agency', () => {
    const party: PartyRef = { text: '', agencyIds: [], groups: ['related', 'assigned', 'press-all'] };
    expect(AGENCIES.filter((a) => reg.binds(party, a.id))).toEqual([]);
  });
});

describe('the provinces of 2023 and the 34 units of 2025', () => {
  it('when the 34 units are listed, then they cover the 63 provinces of 2023 exactly once', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    const covered = PROVINCES_2025.flat();
    expect(covered).toHaveLength(63);
    expect(new Set(covered).size).toBe(63);
    expect([...covered].sort()).toEqual(idsOf(reg.provinces()).sort());
    const cities = PROVINCE_UNITS_2025.filter((u) => u.name.startsWith('Thành phố')).map((u) => u.keeperId);
    expect(cities.sort()).toEqual([
      'tinh-thua-thien-hue',
      'tp-can-tho',
      'tp-da-nang',
      'tp-ha-noi',
      'tp-hai-phong',
      'tp-ho-chi-minh',
    ]);
  });

  it('when the units are compared with Nghị quyết 202/2025/QH15, then each merger is as stated', () => {
    const stated =
      'Tuyên Quang + Hà Giang; Lào Cai + Yên Bái; Thái Nguyên + Bắc Kạn; Phú Thọ + Vĩnh Phúc + ' +
      'Hòa Bình; Bắc Ninh + Bắc Giang; Hưng Yên + Thái Bình; ' +
      'Hải Phòng + Hải Dương; Ninh Bình + Hà Nam + Nam Định; Quảng Trị + Quảng Bình; Đà Nẵng + ' +
      'Quảng Nam; Quảng Ngãi + Kon Tum; Gia Lai + Bình Định; ' +
      'Khánh Hòa + Ninh Thuận; Lâm Đồng + Đắk Nông + Bình Thuận; Đắk Lắk + Phú Yên; TP HCM + ' +
      'Bình Dương + Bà Rịa - Vũng Tàu; Đồng Nai + Bình Phước; ' +
      'Tây Ninh + Long An; Cần Thơ + Sóc Trăng + Hậu Giang; Vĩnh Long + Bến Tre + Trà Vinh; Đồng ' +
      'Tháp + Tiền Giang; Cà Mau + Bạc Liêu; An Giang + Kiên Giang; ' +
      'Hà Nội; Huế; Lai Châu; Điện Biên; Sơn La; Lạng Sơn; Quảng Ninh; Thanh Hóa; Nghệ An; Hà Tĩnh; Cao Bằng';
    const units = stated.split('; ').map((unit) => unit.split(' + ').map((name) => ids(name)[0]));
    expect(units).toEqual(
      PROVINCES_2025.filter((u) => u.length > 1).concat(PROVINCES_2025.filter((u) => u.length === 1)),
    );
  });

  it('when a province was merged away, then it records the merger and the helpers lead to its 2025 province', () => {
    expect(reg.byId('tinh-dak-nong')?.succession).toMatchObject({
      successorIds: ['tinh-lam-dong'],
      change: 'merged',
      effective: '2025-07-01',
      source: 'Nghị quyết số 202/2025/QH15',
    });
    expect(reg.provinceSince2025('tinh-dak-nong')?.id).toBe('tinh-lam-dong');
    expect(reg.provinceSince2025('tinh-lam-dong')?.id).toBe('tinh-lam-dong');
    expect(idsOf(reg.formerProvincesOf('tinh-lam-dong'))).toEqual([
      'tinh-lam-dong',
      'tinh-dak-nong',
      'tinh-binh-thuan',
    ]);
    expect(reg.formerProvincesOf('tinh-dak-nong')).toEqual([]);
    expect(reg.provinceSince2025('y-te')).toBeUndefined();
  });

  it('when a province kept its name or was unchanged, then it records no succession', () => {
    const keepers = PROVINCES_2025.map((u) => u[0]!);
    expect(keepers.filter((id) => reg.byId(id)?.succession !== undefined)).toEqual([]);
    expect(AGENCIES.filter((a) => a.kind === 'province' && a.succession)).toHaveLength(63 - 34);
    expect(idsOf(reg.formerProvincesOf('tinh-thanh-hoa'))).toEqual(['tinh-thanh-hoa']);
  });

  it('when Thừa Thiên Huế is looked up for 2025, then its unit is the city of Huế', () => {
    expect(reg.unitSince2025('tinh-thua-thien-hue')).toMatchObject({
      name: 'Thành phố Huế',
      short: 'Huế',
      memberIds: ['tinh-thua-thien-hue'],
    });
    expect(reg.unitSince2025('tinh-binh-duong')?.keeperId).toBe('tp-ho-chi-minh');
  });
});
