/**
 * English words → the folded Vietnamese words the directive uses, so an English question
 * ("Who leads the national land database?") can be matched against the Vietnamese text.
 * Only terms of this directive's subject matter; pure data.
 */
const GLOSSARY: Readonly<Record<string, string>> = {
  national: 'quoc gia', land: 'dat dai', database: 'co so du lieu', databases: 'co so du lieu', data: 'du lieu',
  population: 'dan cu', resident: 'dan cu', residents: 'dan cu', residence: 'cu tru', electronic: 'dien tu', digital: 'so',
  identification: 'dinh danh', identity: 'can cuoc dinh danh', id: 'dinh danh', authentication: 'xac thuc', authenticate: 'xac thuc',
  health: 'suc khoe y te', medical: 'y te', hospital: 'benh vien', hospitals: 'benh vien', vaccination: 'tiem chung', vaccine: 'tiem chung',
  covid: 'covid', birth: 'khai sinh', certificate: 'giay', certificates: 'giay', death: 'khai tu', insurance: 'bao hiem',
  social: 'xa hoi', welfare: 'an sinh xa hoi', card: 'the', cards: 'the', chip: 'chip', citizen: 'cong dan', citizens: 'cong dan nguoi dan',
  account: 'tai khoan', accounts: 'tai khoan', million: 'trieu', signature: 'chu ky', signatures: 'chu ky', center: 'trung tam', centre: 'trung tam',
  housing: 'nha o', house: 'nha o', estate: 'bat dong san', property: 'bat dong san', driving: 'lai xe', driver: 'lai xe', license: 'giay phep',
  licence: 'giay phep', tax: 'thue', invoice: 'hoa don', invoices: 'hoa don', enterprise: 'doanh nghiep', enterprises: 'doanh nghiep',
  business: 'doanh nghiep', businesses: 'doanh nghiep', student: 'hoc sinh sinh vien', students: 'hoc sinh sinh vien', school: 'hoc sinh',
  public: 'cong', service: 'dich vu', services: 'dich vu', online: 'truc tuyen', payment: 'thanh toan', payments: 'thanh toan',
  cashless: 'khong dung tien mat', cash: 'tien mat', security: 'an ninh an toan', cybersecurity: 'an ninh mang', cyber: 'mang',
  information: 'thong tin', telecom: 'vien thong', telecommunications: 'vien thong', subscriber: 'thue bao', subscribers: 'thue bao',
  sms: 'sms', household: 'ho khau', registration: 'dang ky', register: 'dang ky', budget: 'kinh phi ngan sach', funding: 'kinh phi',
  funds: 'kinh phi', training: 'dao tao tap huan', staff: 'can bo', officials: 'can bo cong chuc', archive: 'luu tru', archiving: 'luu tru',
  map: 'ban do', maps: 'ban do', address: 'dia chi', poverty: 'ngheo', poor: 'ngheo', civil: 'cong chuc', servants: 'vien chuc',
  mobile: 'di dong', internet: 'internet', coverage: 'phu song', fibre: 'cap quang', fiber: 'cap quang', villages: 'thon', village: 'thon',
  procedure: 'thu tuc', procedures: 'thu tuc', administrative: 'hanh chinh', portal: 'cong', form: 'to khai', forms: 'to khai',
  declaration: 'khai bao', reduce: 'cat giam', reduction: 'cat giam', cut: 'cat giam', digitization: 'so hoa', digitisation: 'so hoa',
  digitize: 'so hoa', accommodation: 'luu tru', hotel: 'khach san', hotels: 'khach san', employment: 'viec lam', jobs: 'viec lam',
  architecture: 'kien truc', government: 'chinh phu', planning: 'quy hoach', infrastructure: 'ha tang', international: 'quoc te',
  cooperation: 'hop tac', communication: 'truyen thong', propaganda: 'tuyen truyen', awareness: 'tuyen truyen', media: 'bao chi',
  decree: 'nghi dinh', law: 'luat', legal: 'phap luat', justice: 'tu phap', civil_status: 'ho tich', marriage: 'ket hon',
  fees: 'phi le phi', fee: 'phi le phi', fines: 'phat', working: 'to cong tac', group: 'to', meetings: 'hop', meeting: 'hop',
  notification: 'thong bao', notifications: 'thong bao', notify: 'thong bao', free: 'mien phi', carriers: 'nha mang', operators: 'nha mang',
  vneid: 'vneid', cccd: 'can cuoc cong dan', tuition: 'hoc phi', hospital_fees: 'vien phi',
};

/** Folded Vietnamese words for the English words of a question (unknown words kept as they are). */
export function translateTopic(words: readonly string[]): string[] {
  return words.flatMap((w) => (GLOSSARY[w] ?? w).split(' '));
}
