/**
 * The agency registry: every alias resolves to its agency, real phrasings are found, group cells
 * of the seed resolve, and the 2025 maps of ministries and provinces are complete.
 */
import { describe, expect, it } from 'vitest';
import { AGENCIES, createAgencyRegistry, PROVINCES_2025 } from '../../src/knowledge/agencies.js';
import { canonical, fold } from '../../src/knowledge/text.js';
import { readSeed } from '../../src/seed-file.js';

const reg = createAgencyRegistry();
const first = (text: string) => reg.find(text)[0]?.agencyId;

describe('the agency registry', () => {
  it('when every alias of every agency is looked up, then it resolves to that agency', () => {
    for (const a of AGENCIES) {
      for (const alias of [a.name, ...a.aliases, ...a.upperOnlyAliases]) {
        const found = reg.find(alias).map((m) => m.agencyId);
        expect(found, `${alias} → ${a.id}`).toContain(a.id);
      }
    }
  });

  // [typed, expected id, why]
  const phrasings: Array<[string, string | undefined, string]> = [
    ['bo y te', 'y-te', 'no diacritics'],
    ['BỘ Y TẾ', 'y-te', 'capitals'],
    ['Bộ Y tể', 'y-te', 'a wrong tone mark folds away'],
    ['BCA', 'cong-an', 'abbreviation'],
    ['bộ tt&tt', 'thong-tin-truyen-thong', 'abbreviation with ampersand, lower case'],
    ['Bộ TTTT', 'thong-tin-truyen-thong', 'abbreviation without ampersand'],
    ['MIC', 'thong-tin-truyen-thong', 'English acronym in capitals'],
    ['Ministry of Information and Communications', 'thong-tin-truyen-thong', 'English name'],
    ['UBND tỉnh Thanh Hóa', 'tinh-thanh-hoa', 'the committee of a province'],
    ['thanh hoa', 'tinh-thanh-hoa', 'a bare province name without diacritics'],
    ['Khánh Hoà', 'tinh-khanh-hoa', 'old tone placement'],
    ['Khánh Hòa', 'tinh-khanh-hoa', 'new tone placement'],
    ['dak nong', 'tinh-dak-nong', 'no diacritics'],
    ['Đắc Nông', 'tinh-dak-nong', 'a common misspelling'],
    ['Bộ Lao động Thương binh và Xã hội', 'lao-dong-tbxh', 'the seed’s spelling without a dash'],
    ['Bộ Văn hóa, Thể thao và Du lịch', 'van-hoa-tt-dl', 'a ministry the directive does not name'],
    ['TP.HCM', 'tp-ho-chi-minh', 'city abbreviation'],
    ['một việc', undefined, '"một" folds to "mot" but MOT counts only in capitals'],
    ['tài chính công', undefined, 'a topic, not the ministry'],
    ['diễn biến phức tạp', undefined, '"diễn biến" folds like Điện Biên but its diacritics differ'],
  ];
  for (const [text, id, why] of phrasings) {
    it(`when "${text}" is typed, then it resolves to ${id ?? 'nothing'} (${why})`, () => expect(first(text)).toBe(id));
  }

  it('when "Hà Nam" is typed, then only Hà Nam is found', () => {
    expect(reg.find('tỉnh Hà Nam').map((m) => m.agencyId)).toEqual(['tinh-ha-nam']);
  });

  it('when Bộ Khoa học và Công nghệ is asked about, then its predecessor is the Ministry of Information and Communications', () => {
    expect(reg.predecessorsOf('khoa-hoc-cong-nghe').map((a) => a.id)).toEqual(['thong-tin-truyen-thong']);
    expect(reg.successorsOf('thong-tin-truyen-thong').map((a) => a.id)).toEqual(['khoa-hoc-cong-nghe']);
  });

  it('when the 34 provincial units of 2025 are listed, then they cover the 63 provinces of 2023 exactly once', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    const covered = PROVINCES_2025.flat();
    expect(new Set(covered).size).toBe(covered.length);
    expect([...covered].sort()).toEqual(reg.provinces().map((p) => p.id).sort());
    expect(reg.provinces()).toHaveLength(63);
    expect(reg.provinceSince2025('tinh-dak-nong')?.id).toBe('tinh-lam-dong');
    expect(reg.formerProvincesOf('tinh-lam-dong').map((p) => p.id)).toEqual(['tinh-lam-dong', 'tinh-dak-nong', 'tinh-binh-thuan']);
  });

  it('when C.5’s cell is resolved, then exactly its eight provinces are bound and no group', () => {
    const party = reg.resolveParty('Ủy ban nhân dân các tỉnh: Bắc Kạn, Bình Phước, Đắk Nông, Gia Lai, Khánh Hòa, Phú Yên, Thanh Hóa, Vĩnh Long');
    expect(party.groups).toEqual([]);
    expect(party.agencyIds).toHaveLength(8);
    expect(reg.binds(party, 'tinh-thanh-hoa')).toBe(true);
    expect(reg.binds(party, 'tinh-nghe-an')).toBe(false);
  });

  it('when group cells are resolved, then they bind what they say', () => {
    const all = reg.resolveParty('Các bộ, ngành, địa phương');
    expect(reg.binds(all, 'y-te')).toBe(true);
    expect(reg.binds(all, 'tinh-nghe-an')).toBe(true);
    const provinces = reg.resolveParty('Ủy ban nhân dân các tỉnh, thành phố');
    expect(reg.binds(provinces, 'tinh-nghe-an')).toBe(true);
    expect(reg.binds(provinces, 'y-te')).toBe(false);
    expect(reg.resolveParty('Các bộ, ngành, địa phương liên quan').groups).toEqual(['related']);
    expect(reg.resolveParty('Các bộ, ngành được giao tại Đề án 06 và Quyết định số 422/QĐ-TTg').groups).toEqual(['assigned']);
  });

  it('when every lead and cooperation cell of the seed is resolved, then each names an agency or a group and no ministry is left unresolved', () => {
    const seed = readSeed();
    const table = seed.slice(seed.indexOf('\nSTT\n'));
    const cells: string[] = [];
    let current: string[] = [];
    for (const line of table.split('\n').slice(1)) {
      if (line.trim() === '|') { cells.push(current.join(' ').trim()); current = []; } else if (line.trim() !== '') current.push(line.trim());
    }
    const rows: string[][] = [];
    for (let i = 6; i < cells.length; i++) {
      if (/^\d+$/u.test(cells[i]!)) { rows.push(cells.slice(i, i + 6)); i += 5; }
    }
    expect(rows).toHaveLength(72);
    for (const [no, , lead, coop] of rows) {
      for (const cell of [lead!, coop!].filter((c) => c !== '')) {
        const party = reg.resolveParty(cell);
        expect(party.agencyIds.length + party.groups.length, `row ${no}: ${cell}`).toBeGreaterThan(0);
        const ministries = [...fold(canonical(cell)).matchAll(/\bbo (?!nganh|co quan)[a-z]+/gu)].length;
        const named = party.agencyIds.filter((id) => reg.byId(id)?.kind === 'ministry').length;
        expect(named, `row ${no}: ${cell}`).toBeGreaterThanOrEqual(ministries);
      }
    }
  });
});
