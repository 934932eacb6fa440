/**
 * The vocabulary of asking, as data: the cue phrases that say what a question asks for (who,
 * when, how many, a figure, a follow-up…), the phrases that mark a question the directive cannot
 * answer (fees, fines, personal procedures, schedules, news after 2023), the words that only ask
 * (left out of the topic), and how local government is named. All match the folded, shorthand-
 * expanded question (see clean.ts). The rule table (rules.ts) decides what each cue leads to.
 */

/**
 * Words naming the directive itself or Đề án 06, folded: "Chỉ thị 05/CT-TTg", "chỉ thị 5", "Đề án 6",
 * "directive No 05".
 */
export const SELF_WORDS =
  String.raw`\b(?:chi thi(?: so)?(?: 0?5(?:\/ct ttg)?)?|ct ttg|de an 0?6|directive(?: (?:no )?0?5)?|` +
  String.raw`0?5\/ct-ttg|project 0?6)\b`;

export type Cue =
  | 'who'
  | 'when'
  | 'count'
  | 'recurring'
  | 'obligation'
  | 'lead'
  | 'coop'
  | 'sign'
  | 'date'
  | 'recipients'
  | 'title'
  | 'praised'
  | 'bottleneck'
  | 'restructure'
  | 'narrow'
  | 'switch'
  | 'what'
  | 'offTopic'
  | 'otherDocument'
  | 'list'
  /** The question names the directive itself, or Đề án 06. */
  | 'self'
  | 'project'
  /** Asks for a row's product ("sản phẩm", "kết quả đầu ra"). */
  | 'product'
  /** Asks which of the last rows is due first or last ("cái nào hạn sớm hơn"). */
  | 'earliest'
  | 'latest'
  /** Asks what is past due at a month ("quá hạn", "trễ hạn", "overdue"). */
  | 'overdue'
  /** Asks where something is mentioned ("được nhắc ở những nhiệm vụ nào"). */
  | 'mention'
  /** Asks for a figure: a number, a share, a target ("bao nhiêu", "tỷ lệ", "mục tiêu", "mấy"). */
  | 'figure'
  /** Refers to the task or list the conversation is on ("việc đó", "cái đó", "nó", "that task"). */
  | 'that'
  /** Asks which body has the most tasks. */
  | 'most'
  /** Asks for an overview of the directive ("nói gì", "tóm tắt", "gồm mấy phần", "vì sao chậm"). */
  | 'overview'
  | 'why'
  /** Asks how the appendix or the directive is organised. */
  | 'structure'
  /** Asks which rows have a month deadline ("cái nào có hạn tháng cụ thể"). */
  | 'dated'
  /** Asks what starts in a month ("bắt đầu từ tháng 5"). */
  | 'starts'
  /** Asks how far something has got, or for later plans and figures ("đã xong chưa", "kế hoạch năm 2025"). */
  | 'status';

export const CUES: ReadonlyArray<readonly [Cue, RegExp]> = [
  [
    'who',
    new RegExp(
      String.raw`\b(?:ai|ben nao|don vi nao|co quan nao|bo nao|nganh nao|who|which (?:ministry|agency|body|` +
        String.raw`bodies|ministries|agencies)(?! of)|chiu trach nhiem|phu trach|dau moi)\b`,
      'u',
    ),
  ],
  ['lead', /\b(?:chu tri|lead|leads|led|leading|in charge)\b/u],
  ['coop', /\b(?:phoi hop|cooperat\w*|coordinat\w*|support\w*|assist\w*|ho tro thuc hien)\b/u],
  [
    'when',
    new RegExp(
      String.raw`\b(?:thang may|thang nao|tu khi nao|bat dau tu (?:khi|luc) nao|what month|which month|` +
        String.raw`khi nao|bao gio|luc nao|thoi han|han chot|han cuoi|thoi gian hoan thanh|han (?:hoan thanh|` +
        String.raw`xong|nop|trinh|la)|^han\b|(?:^|\bthe |\bvay |\bcon )han\b|\bhan\s*$|deadline|due|when|` +
        String.raw`by when|den bao gio)\b`,
      'u',
    ),
  ],
  [
    'count',
    new RegExp(
      String.raw`\b(?:(?:bao nhieu|how many|so luong|tong so|number of)\s+(?:nhiem vu|viec|dau viec|muc|` +
        String.raw`dong|diem nghen|phan(?! tram)|tasks?|items?|rows?|bottlenecks?|sections?|bo|tinh|co quan|` +
        String.raw`don vi|agenc\w*|ministr\w*)|may\s+(?:nhiem vu|viec|dau viec|muc|diem nghen|` +
        String.raw`phan)(?!\s+(?:do|tren|nay|kia)\b)|(?:co|gom)\s+(?:bao nhieu|may)\s*$|dem so)\b`,
      'u',
    ),
  ],
  ['recurring', /\b(?:thuong xuyen|recurring|ongoing|regular\w*|continuous\w*)\b/u],
  [
    'obligation',
    new RegExp(
      String.raw`\b(?:phai|nhiem vu|lam gi|viec gi|trach nhiem|duoc giao|giao|can lam|cong viec|hoan thanh|` +
        String.raw`xong|deliver\w*|duties|duty|tasks?|must|have to|has to|responsib\w*|assign\w*|` +
        String.raw`obligations?|need to|to do|owe\w*|lam nhung gi|vai tro|roles?|involved|involvement)\b`,
      'u',
    ),
  ],
  ['sign', /\b(?:ai ky|nguoi ky|ky boi|nguoi ban hanh|signed|signer|signatory|sign)\b/u],
  [
    'date',
    new RegExp(
      String.raw`\b(?:ngay ban hanh|ban hanh ngay|ban hanh khi nao|ban hanh nam nao|ky khi nao|ky ngay|` +
        String.raw`ngay ky|ngay nao|issued|issue date|date of)\b`,
      'u',
    ),
  ],
  ['recipients', /\b(?:noi nhan|gui (?:cho|den|toi) (?:nhung )?(?:ai|dau|co quan nao)|recipients?|sent to)\b/u],
  [
    'title',
    new RegExp(
      String.raw`\b(?:so hieu|trich yeu|ten day du|giai doan nao|tieu de|ten goi|title|full name|` +
        String.raw`ve viec gi|noi dung chinh|tom tat|summary|summari[sz]e|overview|tong quan)\b`,
      'u',
    ),
  ],
  ['praised', /\b(?:bieu duong|khen|tieu bieu|danh gia cao|praise\w*|commend\w*)\b/u],
  ['self', new RegExp(SELF_WORDS, 'u')],
  ['project', /\b(?:de an 0?6|project 0?6)\b/u],
  ['bottleneck', /\b(?:diem nghen|nut that|ton tai|han che|vuong mac|bottlenecks?|obstacles?)\b/u],
  [
    'restructure',
    new RegExp(
      String.raw`\bcon (?:ton tai|hoat dong)\b|^\S.* con (?:khong|ko)$|\b(?:gio gom|nay gom|gom nhung tinh|` +
        String.raw`sap xep lai|gio la|nay la|hien nay la|hien la|bay gio la|gio thuoc|nay thuoc|sap nhap|` +
        String.raw`sat nhap|(?<!phoi )hop nhat|giai the|doi ten|chia tach|tach ra|con ton tai|sau sap xep|` +
        String.raw`(?:gio|bay gio|hien nay|nay) (?:da )?thanh\b|thanh (?:bo|tinh) nao|merged?|renamed|` +
        String.raw`successor|restructur\w*|still exist\w*|new name|ten moi|tinh moi|thuoc tinh nao|` +
        String.raw`thuoc bo nao|now part of|what is .* now|become)\b`,
      'u',
    ),
  ],
  [
    'narrow',
    new RegExp(
      String.raw`\b(?:trong so (?:do|nay|tren)|trong (?:cac|nhung) (?:viec|nhiem vu) (?:do|tren|nay)|` +
        String.raw`nhung (?:viec|nhiem vu) (?:do|tren)|cac (?:viec|nhiem vu) (?:do|tren)|among (?:them|those|` +
        String.raw`these)|of (?:those|these|them)|which of)\b`,
      'u',
    ),
  ],
  ['switch', /^(?:con|the con|vay con|what about|how about|and)\b|\bthi sao\b|\bthe nao\s*$/u],
  [
    'what',
    /\b(?:la gi|noi gi|noi ve gi|gom gi|what is|what's|whats|what does .* say|describe|explain|chi tiet|cu the)\b/u,
  ],
  ['list', /\b(?:nhung|cac|liet ke|danh sach|list|which|nao)\b/u],
  ['product', /\b(?:san pham|ket qua dau ra|dau ra|output|deliverables?|products?)\b/u],
  [
    'earliest',
    new RegExp(
      String.raw`\b(?:som hon|som nhat|truoc nhat|gap nhat|earliest|earlier|soonest|first due|due first|` +
        String.raw`due soonest|due earliest)\b`,
      'u',
    ),
  ],
  ['latest', /\b(?:muon hon|muon nhat|tre nhat|latest|later)\b/u],
  ['overdue', /\b(?:qua han|tre han|cham tien do|da het han|het han roi|overdue|past due|late)\b/u],
  [
    'mention',
    new RegExp(
      String.raw`\b(?:duoc dung|dung o nhung|show(?:s)? up|appear(?:s|ed)? (?:in|anywhere)|anywhere in|` +
        String.raw`duoc nhac|nhac den|nhac toi|nhac o|nhac trong|co nhac|de cap|noi den|noi toi|xuat hien|` +
        String.raw`mentions?|mentioned|refers? to|cited)\b`,
      'u',
    ),
  ],
  [
    'figure',
    new RegExp(
      String.raw`\b(?:bao nhieu|may|ty le|phan tram|muc tieu|chi tieu|con so|so luong|toi thieu|it nhat|` +
        String.raw`how many|how much|what share|percent\w*|target|at least)\b|%`,
      'u',
    ),
  ],
  [
    'that',
    new RegExp(
      String.raw`\b(?:viec kia|cai kia|nhiem vu kia|y kia|y do|y nay|y tren|van de do|viec do|viec nay|` +
        String.raw`viec tren|nhiem vu do|nhiem vu nay|nhiem vu tren|cai do|cai nay|cai tren|muc do|muc nay|` +
        String.raw`dong do|no|that task|this task|that one|this one|it)\b`,
      'u',
    ),
  ],
  ['most', /\b(?:nhieu (?:\S+ ){0,4}nhat|the most|most tasks|the fewest)\b/u],
  [
    'overview',
    new RegExp(
      String.raw`\b(?:noi gi|noi ve gi|noi ve cai gi|tom tat|tom luoc|tong quan|khai quat|y chinh|` +
        String.raw`noi dung chinh|nutshell|summary|summari[sz]e|overview|in short|gom may phan|co may phan|` +
        String.raw`gom nhung phan nao|bo cuc|main points?)\b`,
      'u',
    ),
  ],
  ['why', /\b(?:vi sao|tai sao|ly do|nguyen nhan|why|reasons?)\b/u],
  [
    'structure',
    new RegExp(
      String.raw`\b(?:chia (?:lam|thanh)|phan a b c|phan a, b, c|tieu chi|theo tieu chi|cach chia|` +
        String.raw`how is .* organi[sz]ed|structure)\b`,
      'u',
    ),
  ],
  [
    'dated',
    new RegExp(
      String.raw`\b(?:han (?:thang )?cu the|co han thang|co thoi han (?:cu the|theo thang)|` +
        String.raw`specific (?:month|deadline)|a month deadline|dated)\b`,
      'u',
    ),
  ],
  ['starts', /\b(?:bat dau(?: thuc hien)?(?: tu)?|khoi dong|start(?:s|ing)?(?: from| in)?|begin(?:s|ning)?)\b/u],
  [
    'status',
    new RegExp(
      String.raw`\b(?:da (?:\S+ ){0,6}chua|xong chua|hoan thanh chua|tien do|so lieu|ke hoach|file|` +
        String.raw`chi tieu|actually|so far|had been|have been|progress)\b`,
      'u',
    ),
  ],
  [
    'offTopic',
    new RegExp(
      String.raw`\b(?:da bong|doi tuyen|tuyen viet nam|tran dau|ti so|ty so|giai dau|v league|thoi tiet|` +
        String.raw`nhiet do|du bao thoi tiet|mua bao|gia vang|ty gia|chung khoan|co phieu|bong da|world cup|` +
        String.raw`xo so|lo de|nau|mon an|pho bo|pho ga|cong thuc|recipe|weather|gold price|football|soccer|` +
        String.raw`bitcoin|crypto|phim|ca nhac|bai hat|tu vi|horoscope|stock price|exchange rate|co mua|` +
        String.raw`troi mua|mua khong|mua to|will it rain|joke|truyen cuoi)\b`,
      'u',
    ),
  ],
  [
    'otherDocument',
    new RegExp(
      String.raw`\b(?:nghi dinh|nghi quyet|thong tu|quyet dinh|luat|cong van|chi thi|decree|resolution|` +
        String.raw`decision|circular|law)\s*(?:so\s*|no\s*)?(\d+(?:\/\d{4})?(?:\/[a-z0-9&-]+)?)|(?<!phap |` +
        String.raw`xay dung |van ban )\bluat (?!cu tru\b|lien quan\b|phap\b|nam\b|sua doi\b)[a-z]+|` +
        String.raw`\bhieu luc\b`,
      'u',
    ),
  ],
];

/**
 * Words that ask rather than say what about. Syllables that are also halves of content words
 * ("báo cáo", "tổng hợp", "dịch vụ", "thanh toán", "hiện đại") are not here: the question phrases
 * they belong to are removed whole (QUESTION_PHRASES).
 */
export const QUESTION_WORDS = new Set(
  (
    'la gi nao cua co khong the ai khi may va voi trong cho ve duoc phai lam nhung cac mot nay ' +
    'do day oi hoi em anh chi minh toi ban ' +
    'vay sao thi o dau hay neu de tai tu den het truoc sau nam thang viec noi gom ra nhu giao can xong ' +
    'han con roi nganh ' +
    'what which who whom when where why how does do did is are was were the a an of to in on ' +
    'by for about with and or tasks task must have has ' +
    'deliver tell me show list please can you it its that this those these there their them ' +
    'directive ministry leads lead due deadline ' +
    'cooperate cooperates cooperating cooperation coordinate coordinates responsible charge ' +
    'agency agencies body bodies task tasks'
  ).split(' '),
);

/**
 * Question phrases, removed whole: those whose syllables alone can be content ("bao nhiêu" but
 * "báo cáo"), ways of asking for a figure, a deadline ("hạn chót", "chậm nhất"), a requirement or
 * what relates to something, and the verb of "nộp / gửi / làm / tổng hợp báo cáo" (the report is the topic).
 */
export const QUESTION_PHRASES = new RegExp(
  String.raw`\b(?:thuong xuyen|tach rieng|liet ke|cho biet|noi ro|giai thich|bao nhieu|bao gio|` +
    String.raw`phoi hop|thuc hien|hoan thanh|chu tri|co quan|don vi|chiu trach nhiem|trach nhiem|` +
    String.raw`phu trach|nhiem vu|dau moi|thoi han|han chot|cham nhat|muon nhat|thoi gian|ra sao|the nao|` +
    String.raw`nhu the nao|phan tram|ty le|yeu cau|cai gi|lien quan(?: den| toi)?|de cap(?: den| toi)?|` +
    String.raw`(?:nop|gui|lam|tong hop)(?= bao cao\b))\b`,
  'gu',
);

/**
 * Words that only ask or fill a chat message, for retrieval (retrieval.ts): they never count as
 * the topic, though they still form word pairs with their neighbours. Folded.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...QUESTION_WORDS,
  ...(
    'a ah ak da dạ vang u uh nhe nha nhi nhe ne oi hen ha hu chu nhi thi la ma ma thoi luon cung deu rat qua lai ' +
    'vua moi dang se sap da van con chua roi xong nua ca nhieu it hon nhat moi tung mot hai ba bon nam ' +
    'toi em anh chi minh ban ong ba bac co chu di cau con chau ho nguoi ta chung ai gi sao the nay kia ay ' +
    'neu thi nen vi bi boi tai do khi luc lan lan nao bay gio gio hien nay hom nay nam nay ' +
    'co khong duoc chua phai nen can muon biet hoi xin nho giup voi cho noi nghe thay doc phu trach ben ' +
    'admin ad bot chao cam kinh gui tran trong fwd fw re tu nguoi chi thi ' +
    'ct ttg 05 5 06 6 theo nao dau ' +
    'i my we our us they he she his her would could should will shall may might also just any some all more most ' +
    'people person someone supposed told required required get got go going make made say says said according'
  ).split(' '),
]);

/**
 * Questions the directive cannot answer, whatever their topic: amounts of money, fines, personal
 * procedures and papers, waiting times, contacts, schedules, rankings, news after 2023, politics.
 * Each is declined with its reason (rules.ts); the nearest rows may be offered as related.
 */
export type OutOfScope =
  | 'money'
  | 'penalty'
  | 'papers'
  | 'howTo'
  | 'contact'
  | 'caseStatus'
  | 'schedule'
  | 'ranking'
  | 'politics'
  | 'approval';

export const OUT_OF_SCOPE: ReadonlyArray<readonly [OutOfScope, RegExp]> = [
  [
    'money',
    new RegExp(
      String.raw`\b(?:bao nhieu tien|may tien|het bao nhieu|muc dong|muc phi|muc le phi|phu cap|` +
        String.raw`(?<!so )luong bao nhieu|(?:le phi|phi|` +
        String.raw`gia)\s+(?:\S+\s+){0,4}(?:la\s+)?bao nhieu(?!\s+(?:nhiem vu|viec|tai khoan|trieu))|` +
        String.raw`bao nhieu (?:mot|1) (?:nguoi|thang|nam|lan)|dong thue bao nhieu|how much (?:does|do|is|` +
        String.raw`will|would) (?:it|that|this)? ?cost|how much is the fee|what (?:does|do) it cost|` +
        String.raw`fee amount|cost to)\b`,
      'u',
    ),
  ],
  ['penalty', /\b(?:muc phat|bi phat|phat bao nhieu|xu phat|tien phat|fines?d?|penalt\w*|be fined)\b/u],
  [
    'papers',
    new RegExp(
      String.raw`\b(?:thi chung chi|chung chi tin hoc|thi o dau|can (?:mang|nop|` +
        String.raw`chuan bi)?\s*(?:theo\s+)?(?:nhung\s+)?giay to (?:gi|nao)|can nhung giay to|ho so (?:can|` +
        String.raw`gom) (?:nhung )?(?:gi|nhung gi)|can giay to gi|giay to gi|bao nhieu tuoi|may tuoi|du tuoi|` +
        String.raw`(?:\d{1,2}) tuoi thi|what documents do i need|which papers|how old)\b`,
      'u',
    ),
  ],
  [
    'howTo',
    new RegExp(
      String.raw`\b(?:mo khoa|bi khoa|khoa tai khoan|cac buoc|bam (?:ra sao|nhu the nao|the nao)|` +
        String.raw`thao tac (?:ra sao|the nao)|can chuan bi (?:anh|nhung gi|gi)|tung buoc|cach cai|cai dat|` +
        String.raw`cai app|tai app|kich hoat tai khoan|quen mat khau|lay lai mat khau|doi mat khau|` +
        String.raw`lay lai (?:tai khoan|the nao)|step by step|how do i install|install|activate|` +
        String.raw`reset (?:my )?password|forgot\w* (?:my )?password)\b`,
      'u',
    ),
  ],
  [
    'contact',
    new RegExp(
      String.raw`\b(?:sdt|so dt|xin so|email|zalo (?:cua|ca nhan)|fanpage|dia chi (?:email|lien lac)|` +
        String.raw`hotline|so dien thoai|so tong dai|dia chi lien he|email lien he|phone number|` +
        String.raw`contact number)\b`,
      'u',
    ),
  ],
  [
    'caseStatus',
    new RegExp(
      String.raw`\b(?:tra giup (?:toi |em |minh )?(?:ho so|don)|ma ho so|chua thay tien|` +
        String.raw`chua nhan duoc (?:tien|ket qua)|bao lau nua|chua co ket qua|bao nhieu ngay (?:thi|moi|de)|` +
        String.raw`mat may ngay|how many days|how long (?:does|will|would) it take|processing time|` +
        String.raw`kiem tra giup|tra giup (?:toi|em|minh) ho so|ho so (?:cua )?(?:toi|em|` +
        String.raw`minh) (?:\S+\s+){0,6}(?:chua co|chua xong|chua duoc)|sao (?:den gio|toi gio|` +
        String.raw`mai) (?:van )?chua|mat bao lau|bao lau (?:thi|moi) (?:co|xong|duoc)|lam lai mat|` +
        String.raw`how long (?:does|will) it take|my application)\b`,
      'u',
    ),
  ],
  [
    'schedule',
    new RegExp(
      String.raw`\b(?:hop (?:\S+ ){0,8}(?:lan toi|lan sau|sap toi|ngay cu the)|lich hop|hop giao ban|` +
        String.raw`lich lam viec|lich tiep dan|(?:hop|giao ban)\s+(?:\S+\s+){0,6}(?:ngay nao|thang nay|` +
        String.raw`tuan nay|hom nao)|meeting schedule|when is the next meeting)\b`,
      'u',
    ),
  ],
  [
    'ranking',
    new RegExp(
      String.raw`\b(?:xep thu (?:may|bao nhieu)|cham diem|diem so|ket qua danh gia|xep hang|dung dau|` +
        String.raw`dung cuoi|chi so dti|bang xep hang|top dau|ranking|ranked|ranks first)\b`,
      'u',
    ),
  ],
  [
    'politics',
    new RegExp(
      String.raw`\b(?:(?:hien nay|bay gio|hien tai|hien gio) (?:\S+ ){0,2}la ai|(?:hien nay|bay gio|` +
        String.raw`hien tai) ten (?:la )?gi|la ai (?:\S+ ){0,2}(?:hien nay|bay gio|hien tai)|` +
        String.raw`who is the current|nhiem ky|bau cu|ung cu|ai se lam thu tuong|thu tuong moi|tong bi thu|` +
        String.raw`dai hoi dang|next prime minister|election)\b`,
      'u',
    ),
  ],
  [
    'approval',
    new RegExp(
      String.raw`\b(?:phe duyet (?:\S+ ){0,3}(?:ngay nao|khi nao|chua|bao gio)|` +
        String.raw`(?:duoc )?thanh lap (?:theo )?(?:nghi quyet|quyet dinh|nghi dinh) nao|thanh lap (?:ngay|` +
        String.raw`khi) nao|phe duyet (?:bang|tai|theo) quyet dinh|quyet dinh (?:so may|nao) phe duyet|` +
        String.raw`duoc phe duyet (?:bang|tai|o)|phe duyet de an|approv\w* (?:by|in) (?:which|what) decision|` +
        String.raw`which decision approved)\b`,
      'u',
    ),
  ],
];

/**
 * Local government named without a province: "UBND tỉnh", "các địa phương", "Sở TT&TT",
 * "Công an tỉnh", "cấp huyện, xã", "provincial People's Committees". The directive addresses
 * "Ủy ban nhân dân các tỉnh, thành phố" (section 16, appendix part C); a Sở or a district acts
 * through its province.
 */
const DEPARTMENT =
  String.raw`(?<!co )so (?:tt&tt|tttt|tt tt|thong tin(?: va truyen thong)?|tu phap|y te|tai chinh|` +
  String.raw`noi vu|gd&dt|giao duc(?: va dao tao)?|ldtbxh|ld tb&xh|lao dong(?: thuong binh va xa hoi)?|` +
  String.raw`kh&dt|ke hoach(?: va dau tu)?|tn&mt|tai nguyen(?: va moi truong)?|gtvt|` +
  String.raw`giao thong(?: van tai)?|cong thuong|xay dung|nn&ptnt|` +
  String.raw`nong nghiep(?: va (?:phat trien nong thon|moi truong))?|kh&cn|khoa hoc(?: va cong nghe)?|` +
  String.raw`van hoa(?: the thao va du lich)?)`;

export const LOCAL_GOVERNMENT = new RegExp(
  String.raw`\b(?:(?:ubnd|uy ban nhan dan|ub|chinh quyen|lanh dao)\s*(?:cac\s*)?(?:cap\s*)?` +
    String.raw`(?:tinh|thanh pho|huyen|xa|phuong|dia phuong)|cac dia phuong|^dia phuong|cap (?:tinh|huyen|xa)|` +
    String.raw`${DEPARTMENT}|cong an (?:tinh|huyen|xa|phuong|quan)|provincial (?:people s )?committees?|` +
    String.raw`people s committees?|provinces|localities|local (?:authorities|governments?))\b`,
  'u',
);

/** Which kind of local body the question names: the note says who the directive addresses. */
export const LOCAL_BODY = new RegExp(
  String.raw`\b(${DEPARTMENT}|cong an (?:tinh|huyen|xa)|cap huyen|cap xa|ubnd (?:huyen|xa|phuong)|` +
    String.raw`uy ban nhan dan (?:huyen|xa|phuong))\b`,
  'u',
);

/**
 * Words typed with diacritics that fold like a cue but are not one: "bảo giờ chỉ nhận…" ("now
 * says…") folds like "bao giờ" ("when"). Matched on the lower-case text as typed; the cue matchers
 * then do not see them.
 */
export const CUE_LOOKALIKES: ReadonlyArray<readonly [typed: RegExp, folded: string]> = [
  [/(?<!\p{L})bảo giờ(?!\p{L})/u, 'bao gio'],
  [/(?<!\p{L})hàn(?!\p{L})/u, 'han'],
  [/(?<!\p{L})mây(?!\p{L})/u, 'may'],
];
