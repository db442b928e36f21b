//! Each code's title (shown under the caret when a diagnostic has no label,
//! and by `chitieu explain`) and what `chitieu explain CODE` prints, in
//! Vietnamese; the English stands beside each code in `diagnostic/codes.rs`.

use crate::diagnostic::Code;

pub const TITLES: &[(Code, &str)] = &[
    (Code::SyntaxError, "lỗi cú pháp"),
    (Code::UnterminatedString, "văn bản chưa đóng"),
    (Code::InvalidNumber, "số không hợp lệ"),
    (Code::NestingTooDeep, "biểu thức lồng quá sâu"),
    (Code::FileTooLarge, "tệp kế hoạch quá lớn"),
    (Code::TooManyStatements, "quá nhiều câu lệnh"),
    (Code::NotUtf8, "tệp không phải văn bản UTF-8"),
    (Code::UnknownStatement, "câu lệnh không xác định"),
    (Code::UnknownWord, "từ không xác định"),
    (Code::RepeatedClause, "mệnh đề khai hai lần"),
    (Code::ControlCharacter, "ký tự vô hình trong văn bản"),
    (Code::NumberSpelling, "số viết theo kiểu văn bản, bảng tính"),
    (Code::UnitNotTaken, "đơn vị ngôn ngữ kế hoạch không nhận"),
    (
        Code::GradeNumberWithoutUnit,
        "xếp loại so tổng điểm với một số trần",
    ),
    (Code::ThousandsDot, "dấu chấm có thể là dấu tách hàng nghìn"),
    (Code::UndeclaredMetric, "chỉ số chưa khai báo"),
    (Code::MetricCycle, "vòng lặp giữa các chỉ số suy ra"),
    (Code::DuplicateMetric, "chỉ số khai báo hai lần"),
    (Code::UnusedMetric, "chỉ số khai báo nhưng không dùng"),
    (Code::DuplicateTargetId, "hai chỉ tiêu trùng mã"),
    (Code::DuplicateOwner, "đơn vị chủ trì khai báo hai lần"),
    (Code::DuplicateHeader, "phần đầu kế hoạch khai hai lần"),
    (Code::TypeMismatch, "sai kiểu"),
    (Code::UnitMismatch, "đơn vị đo không kết hợp được"),
    (Code::RatioOutOfRange, "ngưỡng tỷ lệ ngoài 0..100%"),
    (Code::BoolOrdering, "chỉ số có/không bị so sánh lớn nhỏ"),
    (Code::CountNotWhole, "ngưỡng số đếm không phải số nguyên"),
    (
        Code::ScoringMismatch,
        "cách tính điểm không hợp với chỉ tiêu",
    ),
    (Code::DivisionByZero, "chia cho 0"),
    (Code::InvalidPoints, "điểm không hợp lệ"),
    (Code::UnknownFunction, "hàm không xác định"),
    (Code::FunctionArity, "sai số đối số"),
    (Code::ArgumentsDiffer, "đối số của max hoặc min khác kiểu"),
    (Code::AlternativesDiffer, "hai vế của else khác kiểu"),
    (
        Code::RoundPlaces,
        "số chữ số thập phân của round không phải số nguyên từ 0 đến 10",
    ),
    (
        Code::ConstantOutsideShare,
        "hằng số trong công thức của tỷ lệ nằm ngoài 0..100%",
    ),
    (
        Code::BaselineNotAMetric,
        "đối số của baseline không phải tên chỉ số",
    ),
    (
        Code::BaselineBeforeBaseline,
        "giá trị kỳ gốc của một chỉ số mà không tệp nào cho được",
    ),
    (Code::NoBaseline, "đơn vị không có giá trị kỳ gốc"),
    (
        Code::OwnerListedTwice,
        "một đơn vị được ghi hai lần cho một chỉ tiêu",
    ),
    (
        Code::BaselineNotEarlier,
        "kỳ của tệp kỳ gốc không trước kỳ được đánh giá",
    ),
    (Code::DuplicateTarget, "chỉ tiêu trùng lặp"),
    (Code::Contradiction, "các chỉ tiêu mâu thuẫn nhau"),
    (Code::EmptyRange, "khoảng rỗng"),
    (
        Code::TierPaysFailure,
        "một bậc cho điểm cả giá trị không đạt chỉ tiêu",
    ),
    (
        Code::TiersMissValues,
        "giá trị đạt chỉ tiêu mà không được bậc nào",
    ),
    (
        Code::ScoringNeedsCondition,
        "cách tính điểm cần điều kiện mà chỉ tiêu không có",
    ),
    (Code::SaturatesAt, "mức bão hòa đặt sai chỗ"),
    (Code::RoundStep, "bước làm tròn không hợp lệ"),
    (
        Code::PointsFromData,
        "điểm tối đa lấy từ số liệu không phù hợp",
    ),
    (
        Code::NothingToShareWith,
        "điểm cần chia lại mà không có chỉ tiêu nào nhận",
    ),
    (Code::RoundMisfit, "bước làm tròn không hợp với chỉ tiêu"),
    (
        Code::GradeBoundOutOfRange,
        "mốc xếp loại ngoài phạm vi có thể",
    ),
    (
        Code::GradeTestType,
        "phép so của xếp loại không cùng loại giá trị",
    ),
    (Code::DuplicateGrade, "xếp loại khai hai lần"),
    (
        Code::GradeWithoutPoints,
        "xếp loại theo tổng điểm của kế hoạch không có điểm",
    ),
    (
        Code::GradePointsAboveMaximum,
        "xếp loại theo số điểm lớn hơn điểm tối đa",
    ),
    (Code::UnreachableGrade, "xếp loại không đơn vị nào đạt được"),
    (Code::GradesNotCompared, "quá nhiều xếp loại để so với nhau"),
    (
        Code::GradeGap,
        "tổng điểm giữa các xếp loại không được xếp loại",
    ),
    (
        Code::GradeOnNoTasks,
        "xếp loại theo nhiệm vụ của kế hoạch không có nhiệm vụ",
    ),
    (Code::UnknownOwner, "đơn vị chủ trì không xác định"),
    (Code::LookAlike, "ký tự trông giống"),
    (Code::NoOwner, "chỉ tiêu không có đơn vị chủ trì"),
    (Code::ImpossibleDate, "ngày không có thật"),
    (Code::PeriodReversed, "kỳ kết thúc trước khi bắt đầu"),
    (Code::DeadlineOutsidePeriod, "ngày nằm ngoài kỳ kế hoạch"),
    (Code::NoDeadline, "nhiệm vụ không có hạn"),
    (Code::MilestoneNotDate, "mốc không phải là ngày"),
    (Code::MilestoneOutsidePeriod, "mốc nằm ngoài kỳ kế hoạch"),
    (
        Code::InheritedMilestoneOutside,
        "mốc kế thừa nằm ngoài kỳ kế hoạch",
    ),
    (Code::MilestoneOnTask, "mốc trên một nhiệm vụ"),
    (Code::ByEndWithoutPeriod, "`default by end` khi không có kỳ"),
    (
        Code::OtherPeriodsNotScored,
        "số liệu của kỳ khác không được chấm",
    ),
    (Code::PeriodOptionUnusable, "không đánh giá được kỳ đã chọn"),
    (
        Code::WindowNotDate,
        "mốc của khoảng thời gian không phải ngày",
    ),
    (
        Code::WindowReversed,
        "khoảng thời gian kết thúc trước khi bắt đầu",
    ),
    (
        Code::WindowOutsidePeriod,
        "khoảng thời gian nằm ngoài kỳ kế hoạch",
    ),
    (
        Code::CumulativeNotAdditive,
        "chỉ tiêu cộng dồn trên chỉ số không cộng được",
    ),
    (Code::CumulativeTask, "nhiệm vụ cộng dồn"),
    (Code::RecurrenceLongerThanPeriod, "chu kỳ lặp dài hơn kỳ"),
    (
        Code::MilestoneAfterWindow,
        "mốc sau khi khoảng thời gian kết thúc",
    ),
    (
        Code::PeriodsOverlap,
        "các kỳ chồng lên nhau dưới chỉ tiêu cộng dồn",
    ),
    (
        Code::NotOneRecurrencePeriod,
        "kỳ không phải một kỳ lặp của chỉ tiêu",
    ),
    (
        Code::MeasureEncoding,
        "tệp số liệu không phải UTF-8 hay UTF-16",
    ),
    (Code::MeasureUnreadable, "không đọc được tệp số liệu"),
    (Code::MissingColumns, "bảng số liệu thiếu cột"),
    (Code::ExtraColumn, "cột bị bỏ qua"),
    (Code::RaggedRow, "dòng không dùng được"),
    (Code::UnknownMetric, "chỉ số không có trong kế hoạch"),
    (
        Code::ConflictingValues,
        "chỉ số được báo cáo hai lần với hai giá trị khác nhau",
    ),
    (Code::RepeatedValue, "chỉ số được báo cáo hai lần"),
    (Code::UnreadableValue, "không đọc được giá trị"),
    (Code::WrongValueType, "giá trị sai kiểu"),
    (Code::ValueOutOfRange, "giá trị ngoài phạm vi"),
    (
        Code::PeriodOutsidePlan,
        "kỳ của số liệu nằm một phần ngoài kỳ kế hoạch",
    ),
    (Code::CellError, "ô bảng tính báo lỗi"),
    (Code::EmptyValue, "giá trị trống"),
    (Code::PlanNotUsable, "kế hoạch có lỗi"),
    (Code::MeasureLimit, "số liệu vượt giới hạn"),
    (
        Code::NotApplicableRefused,
        "không áp dụng ở chỗ kế hoạch không cho phép",
    ),
    (Code::ShareOutOfRange, "tỷ lệ suy ra nằm ngoài 0..100%"),
    (
        Code::ShareCapped,
        "chỉ số `rate` suy ra vượt 100%: điểm được giới hạn ở mức tối đa",
    ),
    (Code::InexactValue, "số không lưu được chính xác"),
    (
        Code::DisagreesWithCounts,
        "giá trị báo cáo không khớp với các số liệu của nó",
    ),
    (Code::PeriodNotPlanned, "số liệu của kỳ khác"),
    (
        Code::InexactComparison,
        "giá trị tính ra quá sát ngưỡng để đánh giá",
    ),
    (
        Code::NumberShownRounded,
        "số được đọc như bảng tính hiển thị",
    ),
    (Code::NoData, "tệp số liệu không có số liệu"),
    (Code::CannotOpen, "không mở được tệp hoặc thư mục"),
    (Code::NotAFile, "không phải tệp: bỏ qua"),
    (Code::NotRead, "tệp trong thư mục không được đọc"),
    (Code::NothingToRead, "thư mục không có gì để đọc"),
    (
        Code::SameFileName,
        "các tệp trùng tên: đơn vị được đặt tên theo đường dẫn",
    ),
    (Code::AmbiguousUnitColumn, "cột đơn vị không rõ nghĩa"),
    (Code::UnitOfMeasureUnfit, "đơn vị tính không hợp với chỉ số"),
    (
        Code::UnitOfMeasureDisagrees,
        "đơn vị của giá trị khác đơn vị tính của dòng",
    ),
    (Code::DuplicateColumn, "cột hoặc khóa xuất hiện hai lần"),
    (Code::FractionUnderPercent, "phân số dưới `%`"),
    (Code::RowsAboveHeader, "các dòng phía trên dòng tiêu đề cột"),
    (Code::SplitNumber, "số bị dấu phân cách của tệp tách ra"),
    (Code::SameFileTwice, "cùng một tệp được chỉ ra hai lần"),
    (
        Code::UnitOfMeasureNamesNoUnit,
        "đơn vị tính được ghi như đơn vị báo cáo",
    ),
    (
        Code::BadMaximum,
        "điểm tối đa lấy từ số liệu bị thiếu hoặc không phải số từ 0 đến 1.000.000",
    ),
    (
        Code::MaxBound,
        "giới hạn của điểm tối đa lấy từ số liệu không phải một khoảng điểm",
    ),
    (
        Code::MaxOutsideBound,
        "điểm tối đa lấy từ số liệu nằm ngoài giới hạn của kế hoạch",
    ),
    (
        Code::MaxUnbounded,
        "điểm tối đa lấy từ số liệu không có giới hạn",
    ),
    (
        Code::MoreLikeThis,
        "còn nhiều chẩn đoán như thế này, không hiện từng cái",
    ),
    (
        Code::UnclosedQuote,
        "dấu ngoặc kép chưa đóng trong một trường CSV nuốt các dòng sau nó",
    ),
    (
        Code::DamagedName,
        "tên chỉ số hoặc tên đơn vị có ký tự điều khiển: tệp bị hỏng",
    ),
    (
        Code::UnitNamesNone,
        "đơn vị báo cáo ghi bằng dấu gạch hoặc `n/a`",
    ),
    (
        Code::ComputedOnly,
        "báo cáo một giá trị mà kế hoạch chỉ tính từ các số đếm",
    ),
    (Code::UnitsWord, "giá trị suy ra được lấy theo lời đơn vị"),
    (Code::UnknownOverride, "không có chỉ tiêu kế thừa này"),
    (Code::LooserOverride, "ghi đè làm chỉ tiêu lỏng hơn"),
    (
        Code::ExtendsOutside,
        "kế hoạch được mở rộng nằm ngoài thư mục của kế hoạch",
    ),
    (
        Code::ExtendsCycle,
        "các kế hoạch mở rộng lẫn nhau thành vòng",
    ),
    (Code::ExtendsTooDeep, "chuỗi kế hoạch mở rộng nhau quá dài"),
    (
        Code::ExtendsUnreadable,
        "không đọc được kế hoạch được mở rộng",
    ),
    (Code::ExtendsBroken, "kế hoạch được mở rộng có lỗi"),
    (
        Code::OverrideWithoutExtends,
        "ghi đè trong kế hoạch không mở rộng kế hoạch nào",
    ),
    (Code::RegisterUnreadable, "không đọc được danh mục đơn vị"),
    (Code::RegisterMissingColumn, "danh mục đơn vị thiếu cột"),
    (
        Code::RegisterEmptyUnit,
        "dòng danh mục không ghi tên đơn vị",
    ),
    (
        Code::RegisterDuplicateUnit,
        "đơn vị ghi hai lần trong danh mục",
    ),
    (
        Code::RegisterUnknownParent,
        "đơn vị cấp trên không có trong danh mục",
    ),
    (Code::RegisterSelfParent, "đơn vị là cấp trên của chính nó"),
    (Code::RegisterCycle, "các đơn vị là cấp trên của nhau"),
    (
        Code::RegisterUnknownColumn,
        "cột của danh mục đơn vị không được đọc",
    ),
    (
        Code::RegisterUnclosedQuote,
        "dấu ngoặc kép chưa đóng trong danh mục đơn vị nuốt các dòng sau nó",
    ),
    (
        Code::RegisterBeyondHeader,
        "dòng danh mục dài hơn dòng tiêu đề",
    ),
    (
        Code::RegisterDamagedCell,
        "ký tự điều khiển trong danh mục đơn vị: tệp bị hỏng",
    ),
    (Code::RegisterRepeatedTag, "nhãn ghi hai lần cho một đơn vị"),
    (Code::ForNoUnit, "chỉ tiêu không áp dụng cho đơn vị nào"),
    (
        Code::ForUnknown,
        "`for` ghi tên không có trong danh mục đơn vị",
    ),
    (
        Code::ForWithoutRegister,
        "chỉ tiêu theo cấp hay nhãn cần danh mục đơn vị",
    ),
    (Code::UnitNotInRegister, "đơn vị không có trong danh mục"),
    (Code::ForRepeated, "mệnh đề `for` viết hai lần"),
    (
        Code::UnitsWithoutLevel,
        "đơn vị không có cấp, trong kế hoạch có chỉ tiêu theo cấp",
    ),
];

pub const EXPLANATIONS: &[(&str, &str)] = &[
    (
        "E0101",
        "Câu lệnh không theo đúng ngữ pháp của ngôn ngữ kế hoạch. Thông báo cho biết
ở vị trí đó cần có gì.

Ví dụ:
    target on_time_ratio 95%

Cách sửa: thêm phép so sánh.
    target on_time_ratio >= 95%",
    ),
    (
        "E0102",
        "Một đoạn văn bản trong ngoặc kép phải kết thúc bằng dấu ngoặc kép trên cùng dòng.

Ví dụ:
    owner \"VP HĐND-UBND

Cách sửa:
    owner \"VP HĐND-UBND\"",
    ),
    (
        "E0103",
        "Một số quá lớn hoặc có quá nhiều chữ số sau dấu thập phân để lưu chính xác
(tối đa 28 chữ số có nghĩa).

Ví dụ:
    target revenue >= 99999999999999999999999999999 VND

Cách sửa: viết số với ít chữ số hơn.",
    ),
    (
        "E0104",
        "Một công thức lồng nhiều ngoặc hơn giới hạn (64). Không kế hoạch thật nào cần
nhiều như vậy; giới hạn này giữ cho chitieu không cạn bộ nhớ ngăn xếp.

Ví dụ:
    metric x = ((((((((a))))))))   # ... 65 cấp

Cách sửa: bỏ các ngoặc thừa hoặc tách công thức thành nhiều chỉ số suy ra.",
    ),
    (
        "E0105",
        "Một tệp kế hoạch chứa tối đa 8 MiB. Kế hoạch thật chỉ vài kilobyte; tệp lớn hơn
nhiều khả năng không phải tệp kế hoạch.

Cách sửa: kiểm tra xem đã đưa đúng tệp chưa.",
    ),
    (
        "E0106",
        "Một tệp kế hoạch chứa tối đa 100000 câu lệnh.

Cách sửa: tách kế hoạch thành nhiều tệp.",
    ),
    (
        "E0107",
        "Tệp kế hoạch là văn bản UTF-8. Tệp lưu dạng UTF-16 (\"Unicode\" trong các công cụ
Windows) hoặc theo bảng mã cũ như Windows-1258 thì không đọc được, còn byte NUL
nghĩa là tệp hoàn toàn không phải văn bản.

Cách sửa: lưu tệp dạng UTF-8 (\"UTF-8\" trong hộp thoại Save as của Notepad).",
    ),
    (
        "E0108",
        "Mỗi câu lệnh bắt đầu bằng một trong các từ khóa `plan`, `period`, `extends`,
`default`, `owner`, `metric`, `section`, `target`, `task`, `override`,
`drop` hoặc `grade`. Một dòng không thụt lề bắt đầu câu lệnh mới, nên từ khóa gõ sai sẽ rơi
vào đây.

Ví dụ:
    targt online_payment_ratio >= 60%

Cách sửa:
    target online_payment_ratio >= 60%",
    ),
    (
        "E0109",
        "Kiểu chỉ số, cách tính điểm hoặc quy tắc không áp dụng không thuộc những gì
chitieu biết.

Các kiểu: ratio, count, number, minutes, money, date, bool.
Cách tính điểm: all_or_nothing, linear, saturating, tiers ...
Không áp dụng: full, zero, excluded.

Ví dụ:
    metric dossiers: cout

Cách sửa:
    metric dossiers: count",
    ),
    (
        "E0110",
        "Một chỉ tiêu hoặc nhiệm vụ khai cùng một mệnh đề hai lần, nên không rõ mệnh đề
nào có hiệu lực.

Ví dụ:
    target x >= 90% owner \"VHXH\" owner \"VP HĐND-UBND\"

Cách sửa: giữ lại một mệnh đề.",
    ),
    (
        "E0111",
        "Một đoạn văn bản trong ngoặc kép chứa ký tự điều khiển (như ESC, mà terminal
hiểu là bắt đầu một lệnh) hoặc ký tự vô hình (dấu thứ tự byte, khoảng trắng độ
rộng 0, dấu chỉ hướng). Chúng không nhìn thấy được, làm các tên trông giống
nhau lại khác nhau, và có thể thay đổi cách báo cáo hiện trên terminal.

Cách sửa: xóa ký tự đó và gõ lại phần văn bản quanh nó.",
    ),
    (
        "E0112",
        "Một số được viết như trong văn bản hay bảng tính, kiểu kế hoạch không nhận:
dấu phẩy thập phân, chữ số tách nhóm bằng dấu chấm hay dấu phẩy, hoặc dấu cách
giữa số và `%`. Kế hoạch chỉ viết số theo một cách, để một giá trị không bao
giờ đọc được theo hai nghĩa.

Ví dụ:
    target online_payment_ratio >= 60,5 %
    target fee_collected >= 1.000.000 VND

Cách sửa:
    target online_payment_ratio >= 60.5%
    target fee_collected >= 1_000_000 VND",
    ),
    (
        "E0113",
        "Một giá trị mang đơn vị mà kế hoạch không nhận. Thời lượng tính bằng phút
(`min` hoặc `phút`), tiền bằng `VND`, `đồng` hoặc `đ`, tỷ lệ viết với `%`, điểm
phần trăm với `pp`, còn số đếm là số trần (chỉ số đã nói nó đếm gì: không viết
`10 hồ sơ`). chitieu nói giá trị đó theo đơn vị kế hoạch nhận: giờ và ngày đổi ra
phút, `nghìn`, `triệu` và `tỷ` đổi ra đồng.

Ví dụ:
    target waiting_time <= 15 minutes
    target waiting_time <= 1 giờ 30 phút
    target fee_collected >= 5 triệu

Cách sửa:
    target waiting_time <= 15 min
    target waiting_time <= 90 min
    target fee_collected >= 5000000 VND",
    ),
    (
        "E0115",
        "Câu `grade` so tổng điểm của đơn vị với một giá trị, và một số trần không nói
đó là tỷ lệ trên điểm tối đa hay số điểm. Viết tỷ lệ phần trăm cho tỷ lệ trên
điểm tối đa (tỷ lệ báo cáo hiển thị), hoặc số kèm `points` cho chính số điểm.

Ví dụ:
    grade \"Tốt\" >= 80

Cách sửa:
    grade \"Tốt\" >= 80%
    grade \"Tốt\" >= 80 points",
    ),
    (
        "W0116",
        "Trong kế hoạch dấu chấm là dấu thập phân, nhưng văn bản tiếng Việt còn dùng nó để
tách hàng nghìn: `1.000` là một nghìn trong văn bản và là 1 trong kế hoạch. Một số
đếm, một số tiền hay một số nguyên viết với đúng ba chữ số sau dấu chấm nhiều khả
năng là một nghìn trở lên; chitieu đọc theo ngôn ngữ kế hoạch (1) và cảnh báo.

Ví dụ:
    metric trainings: count
    target trainings >= 1.000

Cách sửa:
    target trainings >= 1000
    target trainings >= 1_000
hoặc, nếu muốn nói 1, `target trainings >= 1.0`.",
    ),
    (
        "W0201",
        "Kế hoạch khai báo các chỉ số bằng `metric`, nhưng tên này không nằm trong số đó.
Có thể là lỗi gõ; chitieu gợi ý tên đã khai báo gần nhất.

Ví dụ:
    metric dossiers_on_time: count
    target dossier_on_time >= 95%

Cách sửa: dùng tên đã khai báo, hoặc khai báo chỉ số:
    metric dossier_on_time: ratio",
    ),
    (
        "E0202",
        "Một chỉ số suy ra phụ thuộc vào chính nó, trực tiếp hoặc qua chỉ số khác, nên
không bao giờ tính được.

Ví dụ:
    metric a = b + 1
    metric b = a * 2

Cách sửa: cho một trong hai chỉ dựa trên các chỉ số đo được.",
    ),
    (
        "E0203",
        "Hai câu lệnh `metric` khai báo cùng một tên.

Cách sửa: bỏ một câu lệnh hoặc đổi tên.",
    ),
    (
        "W0204",
        "Một chỉ số đã khai báo không được chỉ tiêu nào dùng, cũng không được chỉ số suy
ra nào mà một chỉ tiêu dùng. Hoặc thiếu một chỉ tiêu, hoặc khai báo còn sót lại.

Cách sửa: thêm chỉ tiêu đo chỉ số đó, hoặc bỏ khai báo.",
    ),
    (
        "E0205",
        "Mỗi chỉ tiêu có một mã cố định mà kết quả và so sánh dùng đến. Mặc định mã là
tên chỉ số, nên hai chỉ tiêu trên cùng một chỉ số cần mã riêng.

Ví dụ:
    target satisfaction_ratio >= 95%
    target satisfaction_ratio >= 85%

Cách sửa:
    target satisfaction_all: satisfaction_ratio >= 95%
    target satisfaction_land: satisfaction_land_ratio >= 85%",
    ),
    (
        "E0206",
        "Hai câu lệnh `owner` khai báo cùng một tên viết tắt (so sánh sau khi chuẩn hóa
Unicode).

Cách sửa: bỏ một trong hai.",
    ),
    (
        "E0207",
        "Một kế hoạch có một tiêu đề `plan` và một `period`.

Cách sửa: bỏ câu lệnh thừa.",
    ),
    (
        "E0301",
        "Ngưỡng, hạn hoặc giá trị của một bậc không đúng kiểu của chỉ số: ngày so với
phần trăm, phút so với tiền, số đếm so với phần trăm.

Ví dụ:
    metric waiting_time: minutes
    target waiting_time <= 15

Cách sửa: viết giá trị kèm đơn vị.
    target waiting_time <= 15 min",
    ),
    (
        "E0302",
        "Một công thức cộng, trừ hoặc nhân các giá trị có đơn vị đo không kết hợp được:
phút cộng tiền, ngày trong phép tính, số đếm chia cho phút.

Ví dụ:
    metric x = waiting_minutes + fees_vnd

Cách sửa: kiểm tra công thức; chỉ cộng được các đơn vị đo giống nhau.",
    ),
    (
        "E0303",
        "Tỷ lệ nằm trong khoảng 0% đến 100%. Ngưỡng ngoài khoảng đó không bao giờ đạt
được, và một số lớn hơn 1 thường là phần trăm viết thiếu `%`. (Tỷ lệ suy ra như
thu ngân sách so với dự toán có thể vượt 100%.)

Ví dụ:
    metric online_ratio: ratio
    target online_ratio >= 50

Cách sửa:
    target online_ratio >= 50%",
    ),
    (
        "E0304",
        "Chỉ số `bool` chỉ có đúng hoặc sai; chỉ so sánh được bằng `==`.

Ví dụ:
    target portal_connected >= true

Cách sửa:
    target portal_connected == true",
    ),
    (
        "W0305",
        "Số đếm là một số nguyên; ngưỡng là số lẻ hoặc số âm trên nó có lẽ là nhầm.

Ví dụ:
    metric trainings: count
    target trainings >= 2.5

Cách sửa: dùng số nguyên, hoặc khai báo chỉ số là `number`.",
    ),
    (
        "E0306",
        "`linear` tính điểm × tỷ lệ, nên cần chỉ số tỷ lệ. `saturating` cho đủ điểm từ
ngưỡng trở lên, nên cần `>=` hoặc `>` và ngưỡng dương. `tiers` so sánh với cùng
loại giá trị của chỉ tiêu.

Ví dụ:
    target waiting_time <= 15 min scoring saturating

Cách sửa: dùng all_or_nothing hoặc tiers cho những chỉ tiêu như vậy.
    target waiting_time <= 15 min points 2 scoring tiers 2 if <= 10 min, 1 if <= 15 min",
    ),
    (
        "E0307",
        "Một công thức chia cho hằng số 0.

Cách sửa: chia cho một chỉ số hoặc một số khác 0.",
    ),
    (
        "E0308",
        "Điểm là một số từ 0 đến 1.000.000. Với `scoring tiers`, điểm của chỉ tiêu là điểm
của bậc cao nhất; mệnh đề `points` không khớp là lỗi. Một `override` ghi các bậc
mà không ghi `points` thì bậc cao nhất phải bằng điểm chỉ tiêu kế thừa giữ lại.

Ví dụ:
    target x >= 90% points -1

Cách sửa:
    target x >= 90% points 1",
    ),
    (
        "E0310",
        "Công thức gọi một hàm không có. Công thức gọi được `max` và `min` (giá trị lớn
nhất và nhỏ nhất của hai giá trị trở lên) và `round` (làm tròn một giá trị đến
một số chữ số thập phân). Một tên đứng riêng, không có `(` theo sau, là một chỉ
số, kể cả chỉ số tên `max`.

Ví dụ:
    metric r14 = synced / maxx(bcqg, dvcqg) else 0

Cách sửa:
    metric r14 = synced / max(bcqg, dvcqg) else 0",
    ),
    (
        "E0311",
        "`max` và `min` nhận hai giá trị trở lên; `round` nhận một giá trị và số chữ số
thập phân của nó.

Ví dụ:
    metric p = round(paid_online / payable)

Cách sửa:
    metric p = round(paid_online / payable, 4)",
    ),
    (
        "E0312",
        "`max` và `min` so sánh các giá trị cùng loại: số lớn hơn của hai số đếm, của hai
tỷ lệ. Một số đếm bên cạnh một tỷ lệ là so sánh hồ sơ với phần trăm. Một số
thuần (`1`, `0`) hợp với mọi loại (với phút hay tiền thì chỉ `0`), và một số
không thuộc loại riêng nào hợp với số đếm, tỷ lệ hay tỷ lệ có thể vượt 100%.

Ví dụ:
    metric x = max(dossiers, on_time_ratio)

Cách sửa: so sánh cùng loại với nhau.
    metric x = max(dossiers_received, dossiers_resolved)",
    ),
    (
        "E0313",
        "`a else b` cho `b` khi `a` không áp dụng được, nên hai vế là giá trị cùng một
loại. Một số thuần (`0`) hợp với mọi loại, và một số không thuộc loại riêng nào
hợp với số đếm, tỷ lệ hay tỷ lệ có thể vượt 100%.

Ví dụ:
    metric r = paid / payable else waiting_time

Cách sửa:
    metric r = paid / payable else 0",
    ),
    (
        "E0314",
        "`round(x, N)` làm tròn `x` đến `N` chữ số thập phân, nửa làm tròn ra xa số 0
trên số thập phân chính xác (0,125 làm tròn hai chữ số là 0,13; -0,125 là
-0,13). `N` viết là một số nguyên từ 0 đến 10.

Ví dụ:
    metric p = round(paid_online / payable, 2.5)

Cách sửa:
    metric p = round(paid_online / payable, 4)",
    ),
    (
        "E0315",
        "Một tỷ lệ trên tổng số suy ra (`ratio`) nằm trong 0%..100%, và công thức của nó
có thể cho ra một giá trị do riêng kế hoạch ấn định: giá trị thay thế (`a / b else
5`), một đối số của `max` hoặc `min` (`max(a / b, 2)`), một biểu thức hằng (`1 +
1`). Viết ngoài 0..100%, giá trị đó chỉ có thể làm mọi đơn vị gặp nó thành không
hợp lệ (E0718), nên kế hoạch bị từ chối ngay tại chỗ viết. Tỷ lệ viết dưới dạng
phân số hoặc phần trăm: `0.05` và `5%` là năm phần trăm, `5` là 500%.

Ví dụ:
    metric z = a / b else 5

Cách sửa: viết đúng tỷ lệ muốn nói, hoặc khai báo thương số được phép vượt tổng
là `rate`:
    metric z = a / b else 5%
    metric z: rate = a / b else 5",
    ),
    (
        "W0752",
        "Kế hoạch quy định một chỉ số suy ra chỉ được tính từ các số đếm của nó
(`computed` sau công thức, hoặc `default computed` cho mọi chỉ số suy ra), và
một đơn vị lại báo cáo chính chỉ số đó. Giá trị báo cáo không được dùng: khi có
các số đếm thì chúng cho ra giá trị, như thể chỉ số không được báo cáo; khi
không có thì các chỉ tiêu trên nó là `missing` (đơn vị không đưa giá trị nào
mà kế hoạch chấp nhận), và thông báo nêu các số đếm cần báo cáo. Nếu không, một
tỷ lệ báo cáo riêng lẻ sẽ được số điểm mà các số đếm có thể không chứng minh
được (100% hồ sơ thanh toán trực tuyến, không có số hồ sơ nào).

Ví dụ (`metric paid_online_ratio = dossiers_paid_online / dossiers_payable
computed`):
    paid_online_ratio,100%

Cách sửa: báo cáo các số đếm:
    dossiers_paid_online,473
    dossiers_payable,512",
    ),
    (
        "W0753",
        "Một đơn vị báo cáo một chỉ số suy ra (tỷ lệ kế hoạch tính từ các số đếm) mà
không báo cáo đủ các số đếm của nó, và giá trị báo cáo quyết định điểm: giá trị
được lấy theo lời đơn vị. Cảnh báo nói điều đó một lần cho mỗi đơn vị và chỉ
số, nêu các số đếm không được báo cáo, để người duyệt thấy điểm dựa trên lời
của ai. Kế hoạch mà phương pháp chỉ tính giá trị từ các số đếm thì ghi rõ
(`computed` sau công thức, hoặc `default computed`), và khi đó báo cáo như vậy
bị từ chối (W0752).

Ví dụ (`metric p = paid / payable`, `target p points 6 scoring linear`):
    p,100%

Cách sửa: báo cáo các số đếm, hoặc để kế hoạch ghi chỉ số là `computed`.",
    ),
    (
        "E0401",
        "Hai chỉ tiêu đòi hỏi cùng một điều trên cùng một chỉ số; điểm của chúng sẽ bị
tính hai lần.

Ví dụ:
    target a: online_ratio >= 50%
    target b: online_ratio >= 0.5

Cách sửa: bỏ một trong hai.",
    ),
    (
        "E0402",
        "Không giá trị nào thỏa được cả hai chỉ tiêu trên chỉ số này.

Ví dụ:
    target high: on_time_ratio >= 95%
    target low: on_time_ratio <= 90%

Cách sửa: sửa một trong các ngưỡng.",
    ),
    (
        "E0403",
        "Khoảng `in THẤP..CAO` không chứa giá trị nào vì THẤP lớn hơn CAO.

Ví dụ:
    target on_time_ratio in 100%..95%

Cách sửa:
    target on_time_ratio in 95%..100%",
    ),
    (
        "W0404",
        "Cách tính điểm `tiers` cho điểm của bậc cao nhất mà giá trị đạt, dù giá trị đó
có đạt chỉ tiêu hay không. Một bậc chấp nhận những giá trị mà chỉ tiêu không
chấp nhận sẽ cho điểm đơn vị không đạt. Thường gặp nhất khi một `override` siết
ngưỡng mà giữ nguyên các bậc. Thông báo nêu rõ những giá trị nào.

Ví dụ:
    target waiting_time <= 12 min
      points 2 scoring tiers 2 if <= 10 min, 1 if <= 15 min

Cách sửa: cho các bậc dừng ở ngưỡng của chỉ tiêu.
    target waiting_time <= 12 min
      points 2 scoring tiers 2 if <= 10 min, 1 if <= 12 min",
    ),
    (
        "W0405",
        "Có những giá trị đạt chỉ tiêu mà không bậc nào cho điểm, nên đơn vị đạt chỉ
tiêu vẫn không được điểm. Thông báo nêu rõ những giá trị nào.

Ví dụ:
    target waiting_time <= 15 min
      points 2 scoring tiers 2 if <= 8 min, 1 if <= 12 min

Cách sửa: cho bậc cuối chạm tới ngưỡng của chỉ tiêu.
    target waiting_time <= 15 min
      points 2 scoring tiers 2 if <= 8 min, 1 if <= 15 min",
    ),
    (
        "E0410",
        "Chỉ tiêu không có điều kiện chỉ để chấm điểm: nó không xét đạt/không đạt, nên
`all_or_nothing` (mặc định) không có căn cứ, và `saturating` cần giá trị mà từ đó
được đủ điểm. Hãy chấm `linear` (điểm × tỷ lệ), `saturating X` hoặc theo `tiers`;
không có điểm thì chỉ theo dõi.

Ví dụ:
    target on_time_ratio points 20

Cách sửa:
    target on_time_ratio points 20 scoring linear
    target online_ratio points 2 scoring saturating 50%",
    ),
    (
        "E0411",
        "`scoring saturating X` cho biết chỉ tiêu không có điều kiện được đủ điểm từ đâu;
X là một giá trị của chỉ số, lớn hơn 0. Chỉ tiêu có điều kiện bão hòa ở ngưỡng của
nó và không nhận giá trị riêng; chỉ tiêu được `override` thêm điều kiện cũng vậy,
không giữ được `saturating X` thừa kế (ghi lại `scoring saturating` trong override).

Ví dụ:
    target online_ratio >= 60% points 2 scoring saturating 50%

Cách sửa:
    target online_ratio >= 60% points 2 scoring saturating",
    ),
    (
        "E0412",
        "`round STEP` làm tròn điểm của chỉ tiêu (nửa làm tròn ra xa 0) tới bội của STEP
(0.01, 0.1, 1, 0.5, ...) trước khi cộng điểm của đơn vị. STEP là số lớn hơn 0.

Ví dụ:
    target p1 >= 100% points 6 scoring linear round 0

Cách sửa:
    target p1 >= 100% points 6 scoring linear round 0.01",
    ),
    (
        "E0413",
        "`points NAME` lấy điểm tối đa của chỉ tiêu từ giá trị của chỉ số NAME ở đơn vị,
là số đếm hoặc số; các bậc (`tiers`) tự cho điểm của chúng.

Ví dụ:
    metric max_21: ratio
    target r21 points max_21 scoring linear

Cách sửa:
    metric max_21: number
    target r21 points max_21 scoring linear",
    ),
    (
        "W0415",
        "`not_applicable redistribute` chia điểm của chỉ tiêu, khi nó không áp dụng, cho
các chỉ tiêu khác cùng mục có áp dụng (các chỉ tiêu không thuộc mục nào là một
nhóm). Khi nhóm không còn chỉ tiêu nào khác có điểm thì không ai nhận được:
chỉ tiêu đó bị loại khỏi điểm tối đa, như `excluded`.

Ví dụ:
    section \"2. Kiểm soát TTHC\"
    target x >= 90% points 4 not_applicable redistribute
    section \"3. Một cửa\"
    ...

Cách sửa: đặt nó vào mục cùng các chỉ tiêu nhận điểm, hoặc ghi
`not_applicable excluded`.",
    ),
    (
        "W0417",
        "`round STEP` làm tròn điểm của chỉ tiêu thành bội số của STEP. Bước phải hợp với
điểm tối đa của chỉ tiêu: chỉ tiêu không có điểm (chỉ theo dõi, hoặc 0 điểm) thì
không có gì để làm tròn; bước lớn hơn điểm tối đa chỉ để lại 0 và điểm tối đa
(`round 7` với 1 điểm); điểm tối đa không chia hết cho bước thì điểm nhảy ở cuối
(`round 0.3` với 1 điểm: 0,99 điểm hiện là 0,9, chỉ đủ điểm mới hiện 1). Điểm tối đa lấy từ số
liệu (`points NAME`) không được kiểm tra. Bước được kiểm tra trên chỉ tiêu sau cùng:
`override` đổi điểm hay bước của nó được báo tại `override`, và `default round`
của kế hoạch áp cho chỉ tiêu kế thừa được báo tại `default round`.

Ví dụ:
    target p1 >= 100% points 1 scoring linear round 0.3

Cách sửa:
    target p1 >= 100% points 1 scoring linear round 0.25",
    ),
    (
        "E0420",
        "Một phép so của xếp loại dùng giá trị không đơn vị nào có được: tỷ lệ trên 100%
hoặc dưới 0%, số điểm âm, số chỉ tiêu âm, không nguyên, hay nhiều hơn số
chỉ tiêu được tính khi xếp loại (chỉ tiêu chỉ theo dõi không bao giờ được tính),
hoặc số nhiệm vụ nhiều hơn số nhiệm vụ của kế hoạch. Phép so mà không giá trị nào trong phạm vi thỏa (`> 100%`) cũng là lỗi này. Các
phạm vi này cũng là phạm vi dùng để xét W0425.

Ví dụ:
    grade \"Xuất sắc\" >= 900%
    grade \"Đạt\" not_met <= 1.5

Cách sửa:
    grade \"Xuất sắc\" >= 90%
    grade \"Đạt\" not_met <= 1",
    ),
    (
        "E0421",
        "Mỗi phép so của xếp loại so một đại lượng với giá trị cùng loại: tổng điểm tính
theo tỷ lệ trên điểm tối đa với tỷ lệ phần trăm (`>= 90%`), số điểm với một số
kèm `points` (`> 90 points`), `met`, `not_met`, `missing` với tỷ lệ phần trăm
(trên số chỉ tiêu và nhiệm vụ của đơn vị) hoặc số nguyên (bao nhiêu chỉ tiêu),
còn `tasks_done`, `tasks_not_done` cũng vậy nhưng chỉ trên các nhiệm vụ.
Ngày, số tiền, số phút, điểm phần trăm hay đúng/sai không nói gì về tổng điểm,
và tỷ lệ không phải là điểm.

Ví dụ:
    grade \"Tốt\" >= 80% points
    grade \"Đạt\" not_met <= 2 points

Cách sửa:
    grade \"Tốt\" >= 80%
    grade \"Đạt\" not_met <= 2",
    ),
    (
        "E0422",
        "Hai câu `grade` cùng một tên. Báo cáo hiển thị xếp loại của đơn vị bằng tên,
nên không phân biệt được hai xếp loại này; cái nào đúng trước sẽ được chọn.

Ví dụ:
    grade \"Đạt\" >= 50%
    grade \"Đạt\" >= 40% and not_met <= 20%

Cách sửa: nối hai điều kiện bằng `or`, hoặc đổi tên một xếp loại.
    grade \"Đạt\" >= 50% or >= 40% and not_met <= 20%",
    ),
    (
        "E0423",
        "Xếp loại xét tổng điểm của đơn vị (`>= 90%`, `> 90 points`), nhưng không chỉ
tiêu nào của kế hoạch có điểm, nên tổng của mọi đơn vị là 0 trên 0 và không có
tỷ lệ. Cho các chỉ tiêu điểm, hoặc xếp loại theo số chỉ tiêu đạt.

Ví dụ:
    target on_time_ratio >= 95% points 0
    grade \"Tốt\" >= 80%

Cách sửa:
    target on_time_ratio >= 95% points 2
    grade \"Tốt\" >= 80%
hoặc
    grade \"Tốt\" met >= 80%",
    ),
    (
        "E0424",
        "Xếp loại so tổng điểm với số điểm lớn hơn tổng điểm các chỉ tiêu của kế hoạch,
nên không đơn vị nào đạt được: thường là định viết tỷ lệ phần trăm, hoặc điểm
của một chỉ tiêu đã bị hạ. Thông báo nêu điểm tối đa của kế hoạch.

Ví dụ (các chỉ tiêu tổng cộng 20 điểm):
    grade \"Tốt\" >= 80 points

Cách sửa:
    grade \"Tốt\" >= 80%",
    ),
    (
        "W0418",
        "Một thang xếp loại chỉ có vài mức; kế hoạch này khai hơn 100 xếp loại. Việc
kiểm tra không xếp loại nào bị các xếp loại trước che mất (W0425) và không tổng
điểm nào rơi vào giữa các mức (W0426) phải so các xếp loại với nhau, tốn công
theo bình phương số xếp loại: chỉ 100 xếp loại đầu được so. Mọi xếp loại vẫn
được dùng để xếp loại đơn vị theo thứ tự khai báo.

Cách sửa: giữ lại các xếp loại thực sự dùng.",
    ),
    (
        "W0425",
        "Các xếp loại được xét theo thứ tự khai báo, và đơn vị nhận xếp loại đầu tiên có
điều kiện đúng. Xếp loại này không bao giờ tới lượt: mọi đơn vị điều kiện của
nó nhận đều đã thuộc các xếp loại trước (thường là mức thấp khai trước mức cao),
hoặc chính các phép so của nó mâu thuẫn nhau. Thông báo nêu các xếp loại đã
nhận những đơn vị đó. Các phép so mà kế hoạch ràng buộc với nhau được so như
một: với 2 chỉ tiêu, `met == 100%`, `met == 2` và `not_met == 0` là cùng những
đơn vị; khi không chỉ tiêu nào làm điểm tối đa của đơn vị thay đổi (không lấy
điểm từ số liệu, và không chỉ tiêu nào có thể không áp dụng mà là `excluded`
hay `redistribute`), `>= 100%` của 10 điểm là `>= 10 points`. Xếp loại kế thừa
được kiểm tra trên kế hoạch sau cùng (sau các `override` và `drop`).

Ví dụ:
    grade \"Đạt\" >= 50%
    grade \"Tốt\" >= 80%

Cách sửa: khai mức cao nhất trước.
    grade \"Tốt\" >= 80%
    grade \"Đạt\" >= 50%",
    ),
    (
        "W0426",
        "Các xếp loại là các khoảng của tổng điểm, và một số tổng điểm nằm giữa hai
khoảng không được xếp loại nào dù tổng điểm thấp hơn vẫn được: đơn vị ở đó
không có xếp loại trong khi đơn vị ít điểm hơn lại có. Thông báo nêu những tổng
điểm nào. Chỉ xét các xếp loại chỉ dựa trên tổng điểm (tỷ lệ, số điểm, hoặc cả
hai khi biết điểm tối đa của kế hoạch); khi mọi chỉ tiêu làm tròn điểm theo
bước nguyên thì tổng điểm là số nguyên, không có tổng nào nằm giữa hai số
nguyên. Chỉ báo khoảng trống nằm giữa hai khoảng có đơn vị đạt được: một khoảng
duy nhất (`grade \"Không đạt\" < 50%`) để các tổng điểm phía trên không có xếp
loại, nhưng phía trên chúng không có khoảng nào.

Ví dụ:
    grade \"Tốt\" >= 80%
    grade \"Đạt\" >= 50% and < 70%

Cách sửa:
    grade \"Tốt\" >= 80%
    grade \"Đạt\" >= 50%",
    ),
    (
        "W0429",
        "Xếp loại xét các nhiệm vụ của đơn vị (`tasks_done`, `tasks_not_done`), nhưng kế
hoạch không có câu `task` nào. Khi đó không nhiệm vụ nào bị bỏ dở: mọi đơn vị
được coi là đã hoàn thành 100% nhiệm vụ, 0% chưa hoàn thành, và 0 nhiệm vụ mỗi
loại, nên `tasks_done == 100%` và `tasks_not_done == 0` đúng với mọi đơn vị,
còn `tasks_done < 100%` không đúng với đơn vị nào (W0425 báo xếp loại khi đó
không bao giờ được dùng). Số nhiệm vụ lớn hơn 0 là lỗi E0420.

Ví dụ (kế hoạch không có nhiệm vụ):
    grade \"Hoàn thành xuất sắc\" > 90 points and tasks_done == 100%

Cách sửa: khai các nhiệm vụ của kế hoạch, hoặc bỏ phép so này.
    task report_annual due 2025-12-10
hoặc
    grade \"Hoàn thành xuất sắc\" > 90 points",
    ),
    (
        "E0501",
        "Kế hoạch khai báo các đơn vị chủ trì bằng `owner`, và tên này không phải đơn vị
nào trong số đó (theo tên viết tắt hay tên đầy đủ, so sánh sau khi chuẩn hóa
Unicode).

Ví dụ:
    owner \"VHXH\" \"Phòng Văn hóa - Xã hội\"
    target x >= 90% owner \"VHXX\"

Cách sửa: dùng một đơn vị chủ trì đã khai báo, hoặc khai báo đơn vị đó.",
    ),
    (
        "W0502",
        "Một đoạn văn bản chứa ký tự trông giống một chữ tiếng Việt nhưng là chữ khác,
như Ð (U+00D0, chữ eth của tiếng Iceland) thay cho Đ (U+0110), hoặc một chữ
Kirin lẫn giữa các chữ Latinh. Các tên như vậy không khớp khi so sánh.

Cách sửa: gõ lại ký tự đó bằng bàn phím tiếng Việt.",
    ),
    (
        "W0503",
        "Kế hoạch có khai báo đơn vị chủ trì, nhưng chỉ tiêu hoặc nhiệm vụ này không có,
kể cả của riêng nó lẫn của mục chứa nó.

Cách sửa: thêm `owner \"...\"` vào chỉ tiêu hoặc vào mục của nó.",
    ),
    (
        "E0601",
        "Ngày này không có trong lịch.

Ví dụ:
    task report due 2025-02-30

Cách sửa: viết một ngày có thật (ngày viết theo năm-tháng-ngày).",
    ),
    (
        "E0602",
        "Ngày kết thúc của kỳ đứng trước ngày bắt đầu.

Ví dụ:
    period 2025-12-31 .. 2025-07-01

Cách sửa:
    period 2025-07-01 .. 2025-12-31",
    ),
    (
        "W0603",
        "Một hạn hoặc ngưỡng ngày nằm ngoài kỳ của kế hoạch. Có thể là có chủ ý (một báo
cáo nộp sau khi kỳ kết thúc) nhưng thường là gõ nhầm năm.

Cách sửa: kiểm tra lại ngày.",
    ),
    (
        "E0604",
        "Một nhiệm vụ không có hạn `due` và kế hoạch không có `period` để lấy ngày kết
thúc làm hạn.

Cách sửa: thêm `due YYYY-MM-DD` vào nhiệm vụ hoặc `period` vào kế hoạch.",
    ),
    (
        "E0608",
        "Mệnh đề `by` của chỉ tiêu ghi ngày bắt đầu đánh giá nó, nên phải là một ngày.

Ví dụ:
    target egdi_rank_asean <= 4 by 2028

Cách sửa:
    target egdi_rank_asean <= 4 by 2028-12-31",
    ),
    (
        "E0609",
        "Một mốc (`by DATE`) viết trong kế hoạch này nằm ngoài `period` của kế hoạch:
chỉ tiêu sẽ đến hạn trước khi kế hoạch bắt đầu, hoặc không bao giờ trong kỳ. Mốc
được giữ như đã viết (đánh giá từ ngày đó).

Ví dụ:
    period 2026-01-01 .. 2030-12-31
    target egdi_rank_asean <= 4 by 2032-12-31

Cách sửa: sửa ngày hoặc `period`.",
    ),
    (
        "W0610",
        "Một chỉ tiêu kế thừa qua `extends` có mốc nằm ngoài kỳ của kế hoạch này. Mốc
trước kỳ (giai đoạn 2028-2030 kế thừa `by 2026-12-31`) đã qua: chỉ tiêu được
đánh giá ở mọi kỳ của kế hoạch này. Mốc sau kỳ không bao giờ đến hạn trong kế
hoạch này: chỉ tiêu luôn `not_due` (chưa đến hạn). Hiện ở chỉ tiêu trong kế
hoạch gốc, kèm câu lệnh `extends`.

Cách sửa: `override ID by DATE` với một ngày trong kỳ của kế hoạch này, hoặc
`drop ID`.",
    ),
    (
        "W0612",
        "`default by end` đặt mốc cuối kỳ kế hoạch cho mọi chỉ tiêu không ghi `by`,
nhưng kế hoạch không có `period` (cũng không kế thừa): nó không đặt mốc nào, và
các chỉ tiêu được đánh giá ở mọi kỳ.

Ví dụ:
    default by end
    target online_ratio >= 80%

Cách sửa: thêm `period 2026-01-01 .. 2030-12-31`, hoặc bỏ `default by end`.",
    ),
    (
        "E0611",
        "`by DATE` là mốc của chỉ tiêu; nhiệm vụ có hạn `due`.

Ví dụ:
    override report by 2027-06-30

Cách sửa:
    override report due 2027-06-30",
    ),
    (
        "W0622",
        "Chỉ tiêu được đánh giá trong một khoảng thời gian (`from`, `during`) có mốc
(`by DATE`) sau khi khoảng đó kết thúc: trước mốc thì `not_due` (chưa đến hạn),
sau khoảng thì không đánh giá, nên không bao giờ được đánh giá.

Ví dụ:
    target x >= 5 by 2029-12-31 during 2026-01-01 .. 2027-12-31

Cách sửa: dời mốc vào trong khoảng thời gian, hoặc mở rộng khoảng.",
    ),
    (
        "E0765",
        "Chỉ tiêu `cumulative` cộng một chỉ số qua các kỳ đơn vị đã nộp. Hai kỳ trong đó
chồng lên nhau (`2026` và `2026-H1`, hoặc một kỳ nộp hai lần): cộng cả hai sẽ tính
trùng ngày, nên chỉ tiêu không hợp lệ với đơn vị đó.

Cách sửa: nộp các kỳ không chồng lên nhau: các năm, hoặc các nửa năm, không cả hai.",
    ),
    (
        "W0766",
        "Chỉ tiêu `every year` (nửa năm, quý, tháng) được đánh giá trong từng kỳ như vậy,
với giá trị của kỳ đó. Kỳ đánh giá không phải một kỳ như vậy và không nằm trong
một kỳ (số liệu cả năm năm, hoặc `2026-H2` cho chỉ tiêu hằng năm), hoặc chứa nhiều
hạn của một nhiệm vụ lặp lại: giá trị của năm năm không nói gì về \"5 mỗi năm\".
Chỉ tiêu không được đánh giá: `not_applicable`, bỏ khỏi điểm tối đa, có ghi chú.

Cách sửa: đánh giá riêng từng năm (nửa năm, quý, tháng): cột hoặc trường `period`
ghi `2026`, `2026-H1`, `2026-Q3` hoặc `2026-08`.",
    ),
    (
        "E0616",
        "`from` và `during` cần ngày: khoảng thời gian trong đó chỉ tiêu hoặc nhiệm vụ
được đánh giá.

Ví dụ:
    target open_datasets >= 5 every year from 2026

Cách sửa:
    target open_datasets >= 5 every year from 2026-01-01",
    ),
    (
        "E0617",
        "Ngày kết thúc của khoảng `during` trước ngày bắt đầu: không kỳ nào nằm trong đó.

Ví dụ:
    target x >= 5 during 2028-12-31 .. 2026-01-01

Cách sửa:
    target x >= 5 during 2026-01-01 .. 2028-12-31",
    ),
    (
        "E0618",
        "Khoảng thời gian (`from`, `during`) bắt đầu trước kỳ kế hoạch hoặc kết thúc sau
kỳ: chỉ tiêu sẽ được đánh giá ở nơi kế hoạch không áp dụng. Thường là gõ nhầm năm.

Ví dụ (trong kế hoạch 2026 .. 2030):
    target x >= 5 from 2036-01-01

Cách sửa: ghi khoảng thời gian nằm trong kỳ kế hoạch.",
    ),
    (
        "E0619",
        "Chỉ tiêu `cumulative` đánh giá tổng của chỉ số qua các kỳ đã nộp. Chỉ `count`
hoặc `money` cộng dồn được: tỷ lệ, tốc độ, thời lượng, số, ngày hay chỉ số suy ra
cộng qua các năm không có nghĩa (60% năm 2026 và 70% năm 2027 không phải 130%).
Chỉ tiêu không hợp lệ.

Ví dụ:
    metric online_ratio: ratio
    target online_ratio >= 80% cumulative

Cách sửa: đặt chỉ tiêu cộng dồn trên các số đếm (`target done >= 200 cumulative`),
hoặc bỏ `cumulative`.",
    ),
    (
        "E0620",
        "Nhiệm vụ được đánh giá theo ngày hoàn thành: ngày không cộng được, nên nhiệm vụ
không thể `cumulative`.

Cách sửa: bỏ `cumulative`; `every year` lặp lại hạn của nhiệm vụ.",
    ),
    (
        "W0621",
        "`every year` (nửa năm, quý) trong kế hoạch mà kỳ (hoặc khoảng thời gian của chỉ
tiêu) không chứa trọn một năm (nửa năm, quý): không kỳ đánh giá nào là một kỳ lặp
của nó, nên chỉ tiêu không bao giờ được đánh giá.

Ví dụ (trong kế hoạch 2026-01-01 .. 2026-06-30):
    target x >= 5 every year

Cách sửa: dùng chu kỳ ngắn hơn (`every half`), hoặc bỏ `every`.",
    ),
    (
        "E0701",
        "Tệp số liệu được đọc dạng UTF-8 (có hoặc không có dấu thứ tự byte) hoặc UTF-16
có dấu thứ tự byte (\"Unicode text\" của Excel). Các bảng mã khác, như
Windows-1258, sẽ bị đọc thành ký tự rác, nên bị từ chối.

Cách sửa: trong Excel, lưu dạng \"CSV UTF-8 (Comma delimited)\".",
    ),
    (
        "E0702",
        "Tệp không hợp lệ theo loại của nó: tệp JSON sai cú pháp, tệp `.xlsx` không phải
sổ tính hợp lệ, trang tính không tồn tại, tệp có phần mở rộng chitieu không đọc
(chitieu đọc .csv, .tsv, .txt, .xlsx, .xlsm, .json) hoặc không có phần mở rộng
(phần mở rộng cho biết cách đọc tệp). Các tệp khác trong lô vẫn được chấm điểm.

Cách sửa: xuất lại tệp, hoặc chỉ định trang tính bằng `--sheet`.",
    ),
    (
        "E0703",
        "Bảng số liệu (CSV hoặc trang tính) cần một dòng tiêu đề ghi ít nhất hai cột
`metric` và `value` (chấp nhận cả `chỉ tiêu` và `giá trị` tiếng Việt).

Ví dụ dòng tiêu đề dùng được:
    metric;value
    online_payment_ratio;0,62

Cách sửa: ghi tên cột ở dòng đầu (hoặc dòng không trống đầu tiên của trang
tính).",
    ),
    (
        "W0704",
        "Cột khác `unit`, `metric`, `value`, `unit_of_measure`, `period` và `note` (hoặc
tên tiếng Việt của chúng: `đơn vị báo cáo`, `chỉ tiêu`, `giá trị`, `kết quả`,
`đơn vị tính`, `kỳ báo cáo`, `ghi chú`; cột STT được bỏ qua không cảnh báo)
không được dùng. Cột đó được báo một lần để tiêu đề gõ sai không bị bỏ qua âm
thầm. Trong JSON, một trường khác `unit`, `period` và `values` bên cạnh
`values`, hoặc `unit`/`period` không phải chuỗi, được cảnh báo như vậy.

Cách sửa: bỏ cột đó hoặc sửa tên cột.",
    ),
    (
        "E0705",
        "Một dòng có ít trường hơn dòng tiêu đề, không có tên chỉ số, hoặc có một trường
nằm ngoài các cột có tên của dòng tiêu đề (một dấu phân cách thừa, hoặc một
trường chứa dấu phân cách mà không đặt trong ngoặc kép): không biết trường nào
là trường nào. Dòng đó được báo và bỏ qua, các dòng khác vẫn được đọc. (Trong
tệp phân cách bằng dấu phẩy, một số bị dấu phẩy của nó tách ra thì bị từ chối
như một giá trị: E0735.)

Ví dụ:
    metric,value
    waiting_time,12,,extra

Cách sửa: bổ sung cho đủ dòng, bỏ dấu phân cách thừa, đặt trường có dấu phân
cách trong ngoặc kép, hoặc đặt tên cột trong dòng tiêu đề.",
    ),
    (
        "W0706",
        "Số liệu ghi một chỉ số mà kế hoạch không dùng. Giá trị bị bỏ qua; chitieu gợi ý
tên gần nhất mà kế hoạch có.

Cách sửa: sửa tên, hoặc bỏ dòng đó.",
    ),
    (
        "E0707",
        "Cùng một đơn vị báo cáo một chỉ số hai lần với hai giá trị khác nhau, nên không
tin được giá trị nào: các chỉ tiêu trên chỉ số đó là `invalid` (không hợp lệ).

Cách sửa: giữ lại một dòng.",
    ),
    (
        "W0708",
        "Cùng một đơn vị báo cáo một chỉ số hai lần với cùng một giá trị. Giá trị được
dùng một lần.

Cách sửa: bỏ dòng thừa.",
    ),
    (
        "E0709",
        "Giá trị không phải số, phần trăm, ngày, có/không hay thời lượng mà chitieu đọc
được. Ngày viết `2025-09-10` hoặc `10/09/2025` (ngày trước); phần trăm `62%`
hoặc `62,5%`; có/không là `true`/`false`/`có`/`không`; `n/a` nghĩa là không áp
dụng.

Một số có một dấu phẩy theo sau là đúng ba chữ số, sau một đến ba chữ số không
bắt đầu bằng 0 (`1,500`, `12,500`, `95,125%`), bị từ chối trong tệp phân cách
bằng dấu phẩy, trong văn bản JSON hoặc ô văn bản của bảng tính: dấu phẩy có thể
phân cách hàng nghìn (kiểu Anh) hoặc phần thập phân (kiểu Việt Nam), và không
có gì ở đó cho biết là cách nào. (Tệp phân cách bằng dấu chấm phẩy hoặc tab là
kiểu Việt Nam: ở đó `1,500` là 1,5 và `1.500` là 1500.)

Ví dụ:
    metric,value
    dossiers_resolved,\"1,500\"

Cách sửa: sửa giá trị (`1500` hoặc `1.5`, tùy ý muốn); trước đó chỉ tiêu là
`invalid` (không hợp lệ).",
    ),
    (
        "E0710",
        "Giá trị đọc được nhưng không đúng kiểu của chỉ số: ngày cho một tỷ lệ, phần
trăm cho một số đếm, số lẻ cho một số đếm.

Cách sửa: báo cáo đúng giá trị mà chỉ số đo.",
    ),
    (
        "E0711",
        "Giá trị không thể đúng với chỉ số của nó: tỷ lệ trên 100% hoặc dưới 0%, số
đếm, thời lượng hoặc số tiền âm.

Ví dụ:
    online_payment_ratio,62      # 62 là 6200%

Cách sửa:
    online_payment_ratio,62%",
    ),
    (
        "W0712",
        "Kỳ mà tệp (hoặc dòng) số liệu ghi có phần trùng với kỳ của kế hoạch nhưng không
nằm trọn trong đó: số liệu cả năm cho một kế hoạch nửa năm chẳng hạn. Các giá trị
vẫn được chấm điểm, nhưng có thể không phải của kỳ kế hoạch. (Kỳ nằm hoàn toàn
ngoài kỳ kế hoạch là E0732, và giá trị không được chấm điểm.)

Ví dụ: `period` là `2025` cho kế hoạch từ 2025-07-01 đến 2025-12-31.

Cách sửa: kiểm tra xem các giá trị có đúng của kỳ kế hoạch không.",
    ),
    (
        "E0713",
        "Ô chứa một lỗi bảng tính như `#DIV/0!` hoặc `#N/A` thay vì giá trị. Chỉ tiêu là
`invalid` (không hợp lệ).

Cách sửa: sửa công thức trong bảng tính.",
    ),
    (
        "W0714",
        "Một dòng ghi chỉ số nhưng không có giá trị. Chỉ số được tính là thiếu số liệu,
không phải bằng 0.

Một dấu gạch ngang đứng một mình (`-`, `–`, `—`), như các cơ quan ghi vào ô không
có số liệu, cũng là giá trị trống.

Cách sửa: điền giá trị, hoặc `n/a` nếu chỉ tiêu không áp dụng.",
    ),
    (
        "E0715",
        "Kế hoạch đưa cho `eval` có lỗi, nên không chấm điểm số liệu theo nó được. Các
chẩn đoán của kế hoạch được hiện ra.

Cách sửa: chạy `chitieu check` với kế hoạch và sửa lỗi.",
    ),
    (
        "E0716",
        "Một tệp, dòng hoặc trường số liệu lớn hơn mức chitieu đọc: tệp trên 1 GiB (tệp
.xlsx trên 100 MiB, hoặc giải nén ra trên 1 GiB hay với tỷ lệ trên 1000:1 như
một quả bom zip), dòng có trên 1000 trường (trong trang tính: ô cách cột đầu
tiên của trang hơn 1000 cột), trường trên 64 KiB, trang tính có bảng trên
1.000.000 ô (mỗi dòng đếm từ cột đầu tiên của trang đến ô cuối của dòng) hoặc có
các ô chứa trên 256 MiB chữ (một chuỗi dùng chung tính ở mỗi ô hiển thị nó). Tệp,
dòng hoặc trang tính đó được báo và bỏ qua; phần còn lại vẫn được đọc.

Cách sửa: kiểm tra xem đây có đúng là tệp số liệu cần dùng.",
    ),
    (
        "E0717",
        "Một đơn vị báo cáo `n/a` (không áp dụng) cho một chỉ số, nhưng có chỉ tiêu trên
chỉ số đó không được phép không áp dụng: chỉ những chỉ tiêu có mệnh đề
`not_applicable`, hoặc mọi chỉ tiêu của kế hoạch có câu `default not_applicable
RULE`, mới được (trừ những chỉ tiêu ghi `not_applicable never`). Đơn vị không tự
miễn cho mình được. Chỉ tiêu bị tính là `invalid`. Cũng vậy khi mẫu số bằng 0 ở
một chỉ tiêu ghi `not_applicable never`.

Số đếm hoặc số tiền (`count`, `money`) không bao giờ là `n/a`, dù kế hoạch quy
định thế nào: không có gì để đếm thì là 0, còn số 0 được bao nhiêu điểm (tỷ lệ
trên nó không có gì để đo) là do quy tắc `not_applicable` của kế hoạch. `n/a`
của nó bị từ chối và mọi chỉ tiêu trên nó bị tính là `invalid`: không có phương
án dự phòng `else` nào, cũng không có `not_applicable full` nào trả điểm cho nó.
Chỉ giá trị có thể không xác định (tỷ lệ, thời gian, số, có/không) mới được ghi
`n/a`, khi kế hoạch cho phép; với tỷ lệ tính từ các số đếm thì chỉ khi có kèm
các số đếm đó (0 trên 0): thiếu chúng thì `n/a` cũng bị từ chối, vì chỉ các số
đếm mới cho biết có gì để đếm hay không.

Ví dụ (kế hoạch có `target waiting_time <= 15 min`, không có mệnh đề nào):
    waiting_time,n/a

Cách sửa: báo cáo giá trị. Nếu kỳ báo cáo thật sự có thể không có gì để đo, kế
hoạch ghi rõ:
    target waiting_time <= 15 min not_applicable excluded

Ví dụ (`petitions` là số đếm):
    petitions,n/a

Cách sửa: ghi 0 khi không nhận được phản ánh nào:
    petitions,0",
    ),
    (
        "E0718",
        "Một chỉ số suy ra là tỷ lệ trên tổng số tính ra dưới 0% hoặc trên 100%: các số
liệu dùng để tính không thể cùng đúng. Các chỉ tiêu trên chỉ số đó bị tính là
`invalid`. Khi kế hoạch khai báo nó là `ratio`, điều đó đúng dù cách tính điểm
là gì: nếu không, tỷ lệ vượt tổng sẽ được trọn điểm từ những số liệu không thể
đúng; thương số không khai báo kiểu mà số chia là một chỉ số (`paid / payable`,
phần trên chính tổng của nó) cũng vậy, và một số đếm chia số đếm ở bất kỳ đâu
trong công thức của tỷ lệ (`(a / b + c / d) / 2`; thông báo nêu thương số đó).
Thương số không khai báo kiểu mà số chia không phải một chỉ số (`synced /
max(bcqg, dvcqg)`, đúng lời của phương pháp) thì được giới hạn điểm khi mọi chỉ
tiêu trên nó tính điểm theo tỷ lệ, như cổng quốc gia làm (W0739). Thông báo nêu mọi giá trị đã
dùng để tính.

Ví dụ (`on_time_ratio: ratio = dossiers_on_time / dossiers_resolved`):
    dossiers_on_time,150
    dossiers_resolved,100

Cách sửa: sửa số liệu. Nếu thương số được phép vượt tổng (thu ngân sách so với
dự toán, hồ sơ đồng bộ so với số đếm của hệ thống khác), kế hoạch khai báo nó là
`rate`; một `rate` trên 100% dưới các chỉ tiêu tính điểm theo tỷ lệ được điểm
tối đa, kèm W0739:
    metric budget_revenue_ratio: rate = budget_revenue / budget_revenue_estimate",
    ),
    (
        "W0739",
        "Một chỉ số suy ra mà kế hoạch khai báo là `rate` (thương số được phép vượt
tổng: `synced / max(bcqg, dvcqg)`), hoặc một thương số không khai báo kiểu mà
số chia không phải một chỉ số (`metric r14 = synced / max(bcqg, dvcqg) else 0`,
như phương pháp 766 viết), tính ra trên 100% cho một đơn vị, và mọi chỉ
tiêu trên chỉ số đó tính điểm theo tỷ lệ (`scoring linear` hoặc `scoring
saturating`). Như cổng quốc gia chấm chỉ số này (điểm = min(tối đa, tối đa x tỷ
lệ)), các chỉ tiêu được điểm tối đa và không hơn; cảnh báo nói điều đó và nêu
mọi giá trị đã dùng để tính. Chỉ số mà kế hoạch khai báo là `ratio` (tỷ lệ trên
tổng số) không bao giờ được giới hạn điểm: trên 100% là không hợp lệ, dù
chỉ tiêu là gì (E0718).

Ví dụ (`r14: rate = synced / max(bcqg, dvcqg) else 0`, `target r14 points 2
scoring linear`):
    synced,130
    bcqg,120
    dvcqg,100

Cách sửa: không cần nếu phương pháp giới hạn điểm như vậy; nếu không, sửa số
liệu.",
    ),
    (
        "E0719",
        "Một đơn vị báo cáo một chỉ số suy ra (một tỷ lệ kế hoạch tính từ hai số đếm) và
cả các số đếm, và hai bên không khớp nhau: `on_time_ratio` báo cáo 99% trong khi
`dossiers_on_time` và `dossiers_resolved` cho ra 150% hoặc 11,63%; hoặc tỷ lệ
báo cáo là `n/a` trong khi các số đếm cho ra một giá trị; hoặc có giá trị báo cáo
trong khi các số đếm cho thấy không có gì để đo. Không bên nào được tin: các chỉ
tiêu trên chỉ số đó là `invalid`, dù giá trị báo cáo lẽ ra được bao nhiêu điểm.
Giá trị báo cáo khớp với các số đếm đến số chữ số mà nó được viết (96,45% cạnh
1196 trên 1240) thì không sao, và giá trị chính xác từ các số đếm được dùng.

Giá trị báo cáo cạnh MỘT PHẦN các số đếm của nó được đối chiếu với những gì các
số đếm đó cho phép: công thức được tính trên khoảng giá trị, số đếm không báo cáo
nhận mọi giá trị của kiểu nó (từ 0 trở lên; tỷ lệ từ 0..100%).
`paid_online_ratio` báo cáo 100% cạnh `dossiers_paid_online` 0 thì bằng 0 dù số
hồ sơ có nghĩa vụ tài chính là bao nhiêu; `synced / max(bcqg, dvcqg)` cạnh
`synced` 50 và `bcqg` 1000 thì tối đa 5%. Giá trị báo cáo nằm ngoài khoảng các
giá trị đã báo cáo cho phép bị từ chối như trên; nằm trong thì được giữ.

Cách sửa: sửa giá trị hoặc các số đếm, hoặc chỉ báo cáo các số đếm.",
    ),
    (
        "E0732",
        "Kỳ mà một tệp (hoặc một dòng) số liệu ghi là nằm hoàn toàn ngoài kỳ của kế
hoạch: số liệu năm trước so với kế hoạch năm nay. Chúng không được chấm điểm:
mọi chỉ tiêu trên đó là `invalid`, vì kết quả dựa trên số liệu của kỳ khác
không thể bảo vệ được.

Ví dụ (kế hoạch từ 2025-07-01 đến 2025-12-31):
    {\"unit\": \"Phường Trần Liễu\", \"period\": \"2024-H2\", \"values\": {...}}

Cách sửa: dùng kế hoạch của kỳ đó, hoặc số liệu của kỳ này.",
    ),
    (
        "E0720",
        "Một số liệu có nhiều chữ số hơn mức chitieu lưu được chính xác, và chitieu
không bao giờ làm tròn giá trị cho vừa: giá trị đã làm tròn có thể rơi sang phía
bên kia của ngưỡng. Số là số thập phân chính xác, tối đa 28 chữ số sau dấu phẩy
và nhỏ hơn 79228162514264337593543950335, dù đến từ văn bản CSV, số JSON hay ô
bảng tính. Một ô số của bảng tính có số vượt cả kiểu số thực (`1e400`, `INF`,
`NaN` ghi trong tệp) cũng bị từ chối như vậy, tại ô đó. Chỉ tiêu là `invalid`
(không hợp lệ).

Ví dụ:
    {\"online_payment_ratio\": 0.59999999999999999999999999999}

Cách sửa: báo cáo giá trị với ít chữ số hơn, đúng như cần so sánh.",
    ),
    (
        "E0721",
        "Giá trị của một chỉ số suy ra quá lớn đối với phép tính chính xác của chitieu:
vượt số thập phân lớn nhất (79228162514264337593543950335), hoặc là một phân số
mà không số thập phân nào biểu diễn được (một thương chia mãi không hết, như
6/7) có tử số hay mẫu số ở dạng tối giản cần hơn 128 bit, như một công thức bình
phương một phân số hết lần này đến lần khác sẽ sớm gặp. Chỉ tiêu là `invalid`, và
chẩn đoán đặt ở chỗ đọc giá trị đầu tiên dùng để tính.

Ngoài trường hợp đó, giá trị tính ra luôn chính xác: 6/7 × 7/12 là 1/2, và
10^27 / (10^27 + 1) được so với ngưỡng đúng như phân số của nó. (Mã này trước
đây còn báo một giá trị làm tròn đến 28 chữ số nằm quá sát ngưỡng để đánh giá;
nay giá trị không còn bị làm tròn nên không bao giờ báo điều đó nữa.)

Cách sửa: số liệu không sai; đây là giới hạn của phép tính chính xác của chitieu.
Nếu phương pháp làm tròn một giá trị trong lúc tính, hãy ghi điều đó trong công
thức (`metric r = round(a / b, 4)`).",
    ),
    (
        "W0722",
        "Một số được đọc với 15 chữ số có nghĩa, như bảng tính hiển thị. Excel lưu số
dưới dạng số thực nhị phân, hiển thị và tính toán với 15 chữ số có nghĩa, nên
một ô mà công thức để lại là 0.5999999999999999 (tổng hoặc thương của các ô
khác) là 0.6 trên màn hình và trong mọi phép cộng: chitieu đọc số trong ô như
vậy (0.6 gõ vào là đúng 0.6; chỉ số có hơn 15 chữ số có nghĩa mới được làm
tròn). 20 ô đầu tiên như vậy của một trang tính được báo từng ô tại chỗ, các ô
còn lại được gộp trong một cảnh báo có đếm số ô.

Một số trong tệp CSV hoặc JSON được ghi theo cách một chương trình ghi số thực
nhị phân, tức văn bản ngắn nhất đọc lại đúng số thực đó, có 16 hoặc 17 chữ số có
nghĩa và phần thập phân (`1.0000000000000002`, `0.30000000000000004`), là sai
số của phép tính nhị phân: nó cũng được đọc với 15 chữ số có nghĩa (`1`, `0.3`),
mỗi lần kèm cảnh báo này nêu cả hai cách viết. Viết với dấu phẩy thập phân
(`0,30000000000000004`), ở bất cứ đâu dấu phẩy thập phân được nhận (tệp phân
cách bằng dấu chấm phẩy, ô trong ngoặc kép của tệp phân cách bằng dấu phẩy,
chuỗi JSON), nó được đọc cùng một cách. Số nguyên, và số được viết với nhiều
chữ số hơn một số thực có, được đọc đúng như viết.

Cách sửa: làm tròn giá trị ở nơi tính ra nó (`=ROUND(A1/B1, 4)` trong bảng
tính, `round(x, 4)` trong chương trình), hoặc gõ trực tiếp giá trị.",
    ),
    (
        "E0730",
        "Tệp số liệu đọc được nhưng không cho giá trị nào để chấm: chỉ có dòng tiêu đề
mà không có dòng số liệu, là một đối tượng hay danh sách JSON rỗng, hoặc mọi
dòng của nó đều bị loại (mỗi dòng bị loại được báo tại chỗ). Đơn vị mà tệp mang
tên được liệt kê trong mọi báo cáo là \"không có số liệu\", sau các đơn vị đã báo
cáo và không xếp hạng, chứ không bị chấm 0%. Các tệp khác vẫn được chấm.

Ví dụ:
    metric,value

Cách sửa: điền các dòng số liệu, hoặc sửa các dòng bị loại.",
    ),
    (
        "E0731",
        "Không mở được một tệp số liệu hoặc tệp kế hoạch (tệp không tồn tại, liên kết
tượng trưng không trỏ tới đâu, không có quyền đọc), hoặc không liệt kê được một
thư mục. Nó được báo theo đúng tên của nó và liệt kê trong mọi báo cáo của `eval`
là \"không đọc được\"; các tệp bên cạnh vẫn được đọc và chấm, hoặc kiểm tra.

Cách sửa: kiểm tra đường dẫn có tồn tại và chitieu có quyền đọc.",
    ),
    (
        "W0733",
        "Trong thư mục đang tìm tệp số liệu hoặc tệp kế hoạch có một FIFO (ống có tên), socket hoặc thiết
bị. Nó bị bỏ qua, vì đọc một FIFO sẽ chờ một bên ghi có thể không bao giờ tới.
Một FIFO được nêu thẳng trên dòng lệnh thì vẫn được đọc, như một luồng.

Cách sửa: chuyển nó ra khỏi thư mục, hoặc nêu nó trên dòng lệnh để đọc.",
    ),
    (
        "W0741",
        "Thư mục đang tìm tệp số liệu có một tệp không thuộc loại chitieu đọc (`.pdf`,
`.docx`, tệp không có phần mở rộng). Nó không phải một đơn vị và không được chấm
điểm; nó được nêu tên để bài nộp của một phường gửi ở dạng khác không bao giờ bị
bỏ sót mà không một lời. Các tệp do chương trình khác để lại bên cạnh tệp thật
được bỏ qua không báo: `~$b.xlsx` (sổ tính đang mở trong Excel), `Thumbs.db`,
`desktop.ini`, và tệp, thư mục ẩn (tên bắt đầu bằng `.`: `.~lock.b.xlsx#` đang mở
trong LibreOffice, `._b.csv` và `.DS_Store` của macOS, `.git`); tệp kế hoạch
(`.plan`) và ghi chú Markdown (`.md`) cũng vậy. Sổ tính ở định dạng chitieu không đọc (`.xls`,
`.ods`...) là đơn vị không được chấm (E0702), không phải cảnh báo này.

Cách sửa: nếu đó là bài nộp, đề nghị gửi lại dạng .csv, .xlsx hoặc .json; nếu
không, chuyển nó ra khỏi thư mục.",
    ),
    (
        "E0742",
        "Thư mục đưa cho `eval` không có tệp số liệu nào (không có .csv, .tsv, .txt,
.xlsx, .xlsm, .json, cũng không có sổ tính mà chitieu không đọc được), hoặc thư
mục đưa cho `check` hay `fmt` không có tệp `.plan` nào: không có gì trong đó được
chấm điểm hay kiểm tra. `eval` liệt kê thư mục trong mọi báo cáo như một đơn vị
không đọc được; mọi lệnh kết thúc với mã thoát 2, để một thư mục rỗng hay gõ sai
không bao giờ trông như một đợt chấm mà mọi chỉ tiêu đều đạt hay không đạt, hay
như một kế hoạch không có lỗi.

Cách sửa: kiểm tra đường dẫn; có thể các tệp nằm trong thư mục con hoặc chưa được
chép vào; tệp kế hoạch có đuôi `.plan`.",
    ),
    (
        "W0734",
        "Hai tệp số liệu không tự ghi tên đơn vị (không có cột `unit`, không có `unit`
trong JSON) có cùng tên trong hai thư mục khác nhau, hoặc chỉ khác phần mở rộng,
như
    quan1/phuong-1.csv
    quan2/phuong-1.csv
Đơn vị của chúng lẽ ra cùng mang tên `phuong-1` và bị gộp lại; thay vào đó mỗi
đơn vị được đặt tên theo đường dẫn của tệp (`quan1/phuong-1.csv`) và báo cáo
riêng.

Cách sửa: ghi tên đơn vị trong tệp (cột `unit`, hoặc `\"unit\"` trong JSON), hoặc
đặt tên khác nhau cho các tệp.",
    ),
    (
        "E0723",
        "Cột có tiêu đề chỉ là `đơn vị` hoặc `unit` được đọc theo giá trị của nó. Với
`đơn vị`, trong bảng chỉ tiêu thường có nghĩa là đơn vị tính, các giá trị trông
như tên đơn vị (có từ hành chính như `Phường`, `Xã`, `Quận`, `UBND`, `Sở`,
`Phòng`, `Trung tâm`, hoặc gồm nhiều từ) làm cột thành cột đơn vị báo cáo, còn
đơn vị tính (`%`, `phút`, `hồ sơ`, `km`, `ha`) hoặc từ ngắn chitieu không biết
(`camera`) làm cột thành cột đơn vị tính. Với `unit`, cột ghi đơn vị báo cáo trừ
khi các giá trị là đơn vị tính chitieu biết. Dấu gạch ngang, `x` và `n/a` không
tính cho bên nào. Cột này có cả hai, nên chitieu không biết nó là cột nào, và
các dòng của tệp không được đọc thay vì đọc theo phỏng đoán.

Ví dụ:
    STT;chỉ tiêu;đơn vị;giá trị
    1;online_payment_ratio;%;62
    2;waiting_time;Phường 1;12

Cách sửa: đặt tên cột là `đơn vị tính` (ĐVT) nếu ghi đơn vị tính, hoặc
`đơn vị báo cáo` (tên đơn vị) nếu ghi đơn vị báo cáo, và sửa các giá trị
không thuộc về cột.",
    ),
    (
        "E0724",
        "Đơn vị tính ghi cạnh một giá trị (cột `đơn vị tính`) mâu thuẫn với kiểu của
chỉ số: `phút` cho một tỷ lệ, `%` cho một số đếm, `hồ sơ` cho số phút, `ngày`
cho số phút (một ngày làm việc không phải một số phút chính xác), hoặc một từ
chitieu không biết cho một tỷ lệ, một khoảng thời gian hay một số tiền (khi
đơn vị quyết định con số). Giá trị không được dùng: chỉ tiêu `không hợp lệ`.

Đơn vị phù hợp: `%` cho tỷ lệ (`95` với ĐVT `%` là 95%); `phút`, `min` và `giờ`
(60 phút) cho thời gian tính bằng phút; `đồng`, `VND`, `nghìn đồng`,
`triệu đồng` và `tỷ đồng` cho tiền (nhân chính xác); danh từ chỉ thứ được đếm
(`hồ sơ`, `lớp`, `người`, hay bất kỳ từ nào khác) cho số đếm, số, dòng có/không
và dòng ngày.

Ví dụ:
    chỉ tiêu;ĐVT;giá trị
    online_payment_ratio;phút;62

Cách sửa: sửa đơn vị tính, hoặc sửa chỉ số mà dòng ghi.",
    ),
    (
        "E0725",
        "Một giá trị ghi kèm đơn vị riêng (`95%`, `12 phút`, ô bảng tính định dạng
phần trăm) nằm trên dòng có đơn vị tính nói khác (`hồ sơ`, `giờ`). Không biết
đơn vị nào đúng, nên giá trị không được dùng: chỉ tiêu `không hợp lệ`.

Ví dụ:
    chỉ tiêu;ĐVT;giá trị
    waiting_time;giờ;90 phút

Cách sửa: chỉ ghi con số, theo đơn vị tính của cột (`1,5` với ĐVT `giờ`), hoặc
sửa đơn vị tính.",
    ),
    (
        "E0726",
        "Một bảng có hai cột cho cùng một thứ (hai cột giá trị như `value` và `giá trị`,
hai cột chỉ số, hai cột đơn vị), hoặc một đối tượng JSON có một khóa hai lần.
Không cột nào được ngầm ưu tiên:
- hai cột giá trị (hoặc đơn vị tính) giống nhau trên một dòng cho giá trị đó;
  nếu khác nhau thì cả hai được đọc, và bị từ chối như một chỉ số báo cáo hai
  lần với hai giá trị khác nhau (E0707), tại ô thứ hai;
- hai cột chỉ số, đơn vị báo cáo hoặc kỳ khác nhau trên một dòng thì dòng đó
  không được đọc, và được báo tại ô thứ hai;
- trong JSON, một chỉ số ghi hai lần được đọc hai lần (giá trị bằng nhau thì
  dùng, khác nhau thì là mâu thuẫn, E0707); `unit` hoặc `period` ghi hai lần
  với nội dung khác nhau thì các giá trị của đối tượng được ghi dưới đơn vị
  thứ nhất, mỗi giá trị bị từ chối (E0726 tại giá trị), để đơn vị vẫn có mặt
  trong mọi báo cáo với các chỉ tiêu `invalid`.

Cách sửa: giữ lại một trong hai cột hoặc khóa.",
    ),
    (
        "W0727",
        "Một giá trị từ 0 đến 1 nằm dưới đơn vị tính `%`: `0,95` ở đó là 0,95%, và được
đọc như vậy. Nếu đó là một phân số ghi nhầm (0,95 thay cho 95%) thì chỉ tiêu sẽ
không đạt, nên chitieu cảnh báo. Giá trị tự ghi kèm `%` (`95%`, `0,5%`) đã nói
rõ ý mình và không bị cảnh báo, chênh lệch tính bằng điểm phần trăm cũng vậy,
vì nó được ghi bằng điểm (`0,5` dưới `%` là 0,5 điểm %). Ô bảng tính định dạng
phần trăm chứa phân số và được đọc đúng như phần trăm nó hiển thị.

Ví dụ:
    chỉ tiêu;ĐVT;giá trị
    online_payment_ratio;%;0,95

Cách sửa: ghi số phần trăm (`95`), hoặc giữ nguyên nếu đúng là dưới 1%.",
    ),
    (
        "W0728",
        "Dòng đầu của bảng không có cột `metric` và `value`, nhưng một dòng ngay bên dưới
thì có: các cơ quan thường ghi tiêu đề, ngày tháng hoặc tên đơn vị báo cáo phía
trên bảng. Dòng đó được lấy làm dòng tiêu đề cột, và các dòng phía trên không
được đọc.

Ví dụ:
    BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2025;;
    STT;chỉ tiêu;ĐVT;giá trị
    1;online_payment_ratio;%;62

Cách sửa: không cần sửa nếu các dòng phía trên là tiêu đề; chuyển mọi số liệu
xuống dưới dòng tiêu đề cột.",
    ),
    (
        "E0735",
        "Trong tệp phân cách bằng dấu phẩy, một giá trị là số lại có theo sau một trường
chữ số mà không cột nào đọc như một giá trị (ghi chú, đơn vị tính, ngoài dòng
tiêu đề; dưới cột đơn vị báo cáo, chỉ tiêu hay kỳ thì một nhóm ba chữ số như
`500`, hoặc phần thập phân của `0,7`): số đó được viết với dấu phẩy (`1,500`,
`0,6`, `1,500,000 VND`) và các dấu phẩy đã tách nó ra nhiều trường. Nếu đọc
nguyên như vậy, giá trị sẽ là `1` hoặc `0`, còn `500` thành một phường hay một
kỳ. Giá trị bị từ chối tại chỗ (chỉ tiêu là `invalid`, không phải thiếu số
liệu), các trường bị tách ra không được đọc, và các trường sau chúng được đọc
theo đúng cột của mình.

Ví dụ:
    metric,value,unit
    dossiers_late,1,500,Phường 1

Cách sửa: đặt số trong ngoặc kép (`\"1,500\"`, khi đó số phải nói rõ nó là gì:
một dấu phẩy giữa một đến ba chữ số và ba chữ số nữa bị từ chối vì không rõ
nghĩa, E0709) hoặc viết không có dấu phân cách (`1500`, hoặc `1.5` cho số thập
phân).",
    ),
    (
        "W0737",
        "Cùng một tệp số liệu được chỉ ra hai lần: theo hai cách viết đường dẫn (`b.csv`
và `./b.csv`), một lần riêng và một lần nằm trong thư mục cũng được chỉ ra
(`. b.csv`), qua một liên kết tượng trưng, hoặc qua một liên kết cứng (hai tên
của một tệp). Tệp được đọc một lần, ở chỗ nó xuất hiện đầu tiên; đọc hai lần sẽ
biến đơn vị của nó thành hai đơn vị, hoặc cho mỗi giá trị của nó hai lần.

Cách sửa: mỗi tệp chỉ chỉ ra một lần.",
    ),
    (
        "W0738",
        "`\"unit\"` của một tệp JSON chỉ đơn vị báo cáo (phường, cơ quan), nhưng nội dung
của nó là một đơn vị tính (`%`, `phút`, `lớp`, `hồ sơ`), giống như cột `unit` của
một bảng chứa các giá trị như vậy: đơn vị tính không bao giờ là một phường. Các
giá trị được gán cho đơn vị của tệp, mang tên theo tệp, như thể không có `unit`;
chúng không bị gộp với các tệp khác dưới tên của đơn vị tính đó.

Ví dụ:
    {\"unit\": \"lớp\", \"values\": {\"classes_held\": 6}}

Cách sửa: ghi tên đơn vị báo cáo (`\"unit\": \"Phường Trần Liễu\"`) hoặc bỏ
`unit`; đơn vị tính của một giá trị được viết cùng giá trị (`\"95%\"`,
`\"12 phút\"`).",
    ),
    (
        "E0740",
        "Chỉ tiêu có điểm tối đa là một chỉ số của đơn vị (`points max_21`) cần giá trị
đó: thiếu thì chỉ tiêu không được điểm và không tính vào điểm tối đa của đơn vị
(trạng thái thiếu số liệu); giá trị âm hoặc `n/a` thì chỉ tiêu không hợp lệ.
Chẩn đoán đặt tại giá trị điểm tối đa, hoặc, khi giá trị đó chưa được báo cáo,
tại các giá trị mà chỉ tiêu đo.

Ví dụ:
    target r21 points max_21 scoring linear
    unit,metric,value
    Xã C,max_21,-2

Cách sửa: báo cáo điểm tối đa mà phương pháp cho đơn vị (`Xã C,max_21,5`).",
    ),
    (
        "W0510",
        "`owner \"A\" with \"B\", \"C\"` ghi đơn vị chủ trì của chỉ tiêu (A) và các đơn vị phối
hợp (B và C). Một đơn vị được ghi hai lần ở đó, vừa chủ trì vừa phối hợp hoặc hai
lần phối hợp, chỉ được tính một lần: tổng theo đơn vị tính mỗi chỉ tiêu một lần
cho mỗi đơn vị.

Ví dụ:
    target x >= 90% owner \"Sở GD&ĐT\" with \"Sở Nội vụ\", \"Sở GD&ĐT\"

Cách sửa:
    target x >= 90% owner \"Sở GD&ĐT\" with \"Sở Nội vụ\"",
    ),
    (
        "E0320",
        "`baseline(x)` là giá trị của chỉ số `x` ở một kỳ trước, đọc từ các tệp đưa vào
bằng `eval --baseline` (hoặc tính từ giá trị kỳ gốc của các đầu vào khi `x` là
chỉ số suy ra). Hàm nhận tên một chỉ số: một biểu thức hay một con số không có
giá trị kỳ trước của riêng nó.

Ví dụ:
    metric cut = 1 - processing_days / baseline(processing_days + 1)

Cách sửa:
    metric cut = 1 - processing_days / baseline(processing_days)",
    ),
    (
        "E0321",
        "`baseline(x)` khi bản thân `x` được tính từ một giá trị kỳ gốc (`metric cut =
1 - days / baseline(days)`, rồi `baseline(cut)`) đòi giá trị của kỳ trước kỳ
gốc: các tệp kỳ gốc chứa một kỳ, nên không tệp nào cho được. Hãy lấy giá trị kỳ
gốc của các chỉ số mà `x` được tính từ, hoặc để tệp kỳ gốc báo cáo giá trị đó
như một chỉ số riêng.

Ví dụ:
    metric cut = 1 - processing_days / baseline(processing_days)
    metric more_cut = cut - baseline(cut)

Cách sửa: so với một giá trị tệp kỳ gốc báo cáo:
    metric more_cut = cut - baseline(cut_reported)",
    ),
    (
        "E0770",
        "Kế hoạch dùng `baseline(x)`, giá trị của `x` ở kỳ trước, và một đơn vị không có
giá trị đó: không có tệp `--baseline` nào, các tệp kỳ gốc không có đơn vị này,
hoặc không có giá trị của `x` (hay của các chỉ số mà `x` được tính từ). Mọi
chỉ tiêu phụ thuộc vào nó là thiếu số liệu, lý do ghi trong chú thích. Chẩn
đoán đặt tại giá trị đầu tiên của đơn vị trong số liệu, nêu đơn vị, chỉ số và
lý do. Giá trị kỳ gốc có nhưng không dùng được thì được báo tại chỗ của nó
trong tệp kỳ gốc, như mọi giá trị.

Ví dụ:
    chitieu eval plan.plan data/2026/

Cách sửa: đưa vào các tệp của kỳ trước:
    chitieu eval plan.plan data/2026/ --baseline data/2025/",
    ),
    (
        "W0771",
        "Một tệp kỳ gốc ghi kỳ nó bao gồm (cột hoặc trường `period`), và kỳ đó không
kết thúc trước khi kỳ được đánh giá bắt đầu: cần giá trị năm trước, còn đây có
thể là giá trị của chính năm nay. Các giá trị vẫn được dùng làm kỳ gốc; hãy
kiểm tra các tệp đưa vào bằng `--baseline`.

Ví dụ: đánh giá năm 2026 với tệp `--baseline` có kỳ `2026`.

Cách sửa: đưa vào các tệp của kỳ trước.",
    ),
    (
        "E0316",
        "`points NAME in THẤP..CAO` giới hạn điểm tối đa mà số liệu của đơn vị có thể
cho một chỉ tiêu: THẤP và CAO là số điểm từ 0 đến 1.000.000 (mức cao nhất mà
`points` của kế hoạch được phép), THẤP không lớn hơn CAO. Đơn vị báo cáo giá trị
ngoài khoảng đó thì chỉ tiêu không hợp lệ (E0754).

Ví dụ:
    target r21 points max_21 in 20..0 scoring linear

Cách sửa:
    target r21 points max_21 in 0..20 scoring linear",
    ),
    (
        "E0754",
        "Chỉ tiêu có điểm tối đa lấy từ số liệu của đơn vị trong một giới hạn
(`points max_21 in 0..20`) không hợp lệ với đơn vị báo cáo giá trị ngoài giới
hạn đó: phương pháp quy định điểm tối đa của đơn vị có thể là bao nhiêu; đơn vị
báo cáo cao hơn (500) sẽ đứng đầu nhờ số điểm không ai khác có được, báo cáo
thấp hơn sẽ bỏ được chỉ tiêu mình làm kém. Chỉ tiêu không được điểm, điểm tối
đa của đơn vị là chưa biết: đơn vị không có tỷ lệ phần trăm, không được xếp
loại và đứng sau các đơn vị có tỷ lệ (như E0740). Chẩn đoán đặt tại giá trị đó.

Ví dụ:
    target r21 points max_21 in 0..20 scoring linear
    unit,metric,value
    Xã C,max_21,500

Cách sửa: báo cáo điểm tối đa mà phương pháp cho đơn vị (`Xã C,max_21,20`).",
    ),
    (
        "W0755",
        "`points NAME` lấy điểm tối đa của chỉ tiêu từ chính số liệu của đơn vị; không
có giới hạn thì đơn vị báo cáo bao nhiêu được tin bấy nhiêu: đơn vị báo cáo 500
khi phương pháp cho 20 sẽ đứng đầu, đơn vị báo cáo 0 bỏ được chỉ tiêu mình làm
kém. Hãy viết khoảng mà phương pháp cho (`in THẤP..CAO`); giá trị ngoài khoảng
đó làm chỉ tiêu không hợp lệ (E0754).

Ví dụ:
    target r21 points max_21 scoring linear

Cách sửa:
    target r21 points max_21 in 0..20 scoring linear",
    ),
    (
        "W0745",
        "Một tệp cho nhiều chẩn đoán cùng một mã (một dòng dài gồm các nhãn lặp lại,
một tệp JSON của một nghìn đơn vị, mỗi đơn vị cùng một giá trị sai). 20 chẩn
đoán đầu tiên của mỗi mã trong một tệp được hiện, mỗi cái ở chỗ của nó; các
chẩn đoán còn lại được đếm trong chẩn đoán này, đặt ở chỗ của cái đầu tiên
trong số đó và ghi mã của chúng. Số lỗi, số cảnh báo và mã thoát tính đủ mọi
chẩn đoán; `--all-diagnostics` (của `check` và `eval`) hiện từng cái. Một dòng
ghi cùng một nhãn 2.000 lần hiện 20 chẩn đoán E0110 và chẩn đoán này cho 1.979
cái còn lại.

Ví dụ:
    metric a: count
    target a >= 1 label \"x\" label \"x\" label \"x\" label \"x\" label \"x\" label \"x\"

Cách sửa: sửa những chỗ được hiện (thường là một lỗi lặp lại) rồi chạy lại.",
    ),
    (
        "E0746",
        "Một trường của tệp CSV mở đầu bằng dấu ngoặc kép (`\"`) không được đóng ở chỗ
trường kết thúc, nên trình đọc CSV đọc tiếp qua các dấu xuống dòng, đến dấu
ngoặc kép kế tiếp hoặc đến hết tệp: các dòng nằm trên đó trở thành một phần của
một trường. Một trường chạy qua dấu xuống dòng mà dấu ngoặc kép không bao giờ
được đóng, hoặc được đóng bởi một dấu ngoặc kép không có dấu phân cách hay cuối
dòng theo sau (dấu ngoặc kép mở của một trường sau), là trường như vậy. Chẩn
đoán đặt ở dấu ngoặc kép mở và ghi các dòng đã bị đọc thành một dòng; dòng đó
không được đọc, nên các chỉ số của những dòng bị nuốt thiếu số liệu cho đến khi
dấu ngoặc kép được đóng. Dấu xuống dòng trong ngoặc kép được đóng đúng chỗ
trường kết thúc (một tên `\"Phường⏎Hai\"`, một ghi chú hai dòng) vẫn được đọc.

Ví dụ:
    metric,value
    online_payment_ratio,\"55%
    waiting_time,12

Cách sửa: đóng dấu ngoặc kép ở chỗ trường kết thúc (`\"55%\"`) hoặc bỏ nó đi.",
    ),
    (
        "W0747",
        "Tên chỉ số hoặc tên đơn vị báo cáo trong tệp số liệu có ký tự điều khiển (NUL,
ESC, BEL): không kế hoạch nào đặt tên chỉ số như vậy, và bảng tính
hay biểu mẫu không ghi ra ký tự đó. Tệp đã bị hỏng (sao chép lỗi, một byte dán
từ cửa sổ dòng lệnh). Dòng đó không được đọc, nên các chỉ tiêu trên chỉ số
thiếu số liệu; chẩn đoán đặt ở tên (dòng và cột của nó) thay vì trách kế hoạch
không biết tên đó.

Ví dụ (␀ là một byte NUL):
    metric,value
    report_ann␀␀ual,2025-09-05

Cách sửa: gõ lại tên trong tệp (`report_annual`).",
    ),
    (
        "W0751",
        "Ô đơn vị báo cáo của một dòng ghi dấu gạch, `x`, `na` hoặc `n/a`: ô như vậy
không nêu đơn vị nào, và giá trị của dòng được tính cho đơn vị của tệp (đơn vị
mà tên tệp nêu), như ô để trống. Đơn vị ghi như vậy thường là đơn vị mà người
điền bảng không biết tên, hoặc một chỗ giữ chỗ còn sót: giá trị của nó sẽ lặng
lẽ được tính cho đơn vị khác. Trong tệp JSON, `\"unit\": \"-\"` cũng vậy: các giá
trị của đối tượng được tính cho đơn vị của tệp.

Ví dụ (trong `phuong_1.csv`):
    unit,metric,value
    -,on_time_ratio,95%

Cách sửa: ghi tên đơn vị, hoặc để trống ô nếu dòng là của đơn vị của tệp.",
    ),
    (
        "W0760",
        "Số liệu của một đơn vị ghi nhiều kỳ. Đơn vị được đánh giá cho một kỳ
(`eval --period P`, nếu không thì kỳ kết thúc muộn nhất mà số liệu ghi); số liệu
của các kỳ khác được giữ (chỉ tiêu cộng dồn có thể cộng chúng) nhưng không được
chấm cho kỳ đó. Báo một lần cho mỗi đơn vị, ở số liệu đầu tiên của kỳ khác.

Ví dụ (một tệp, hai năm của một phường):
    unit,period,metric,value
    Phường A,2025,dossiers_on_time,120
    Phường A,2026,dossiers_on_time,140

Cách sửa: không cần nếu có chủ ý; nếu không, mỗi tệp một kỳ, hoặc chọn kỳ bằng
`--period 2025`.",
    ),
    (
        "E0761",
        "`eval --period P` ghi kỳ cần đánh giá: `2026`, `2026-H1`, `2026-Q3`, `2026-08`,
`08/2026` hoặc `2026-01-01..2026-06-30`. Không đọc được kỳ đó, hoặc nó nằm hoàn
toàn ngoài kỳ kế hoạch: không đánh giá gì.

Cách sửa: `--period 2026` với một kỳ nằm trong `period` của kế hoạch.",
    ),
    (
        "E0801",
        "`override` và `drop` thay đổi các chỉ tiêu kế thừa qua `extends`, theo mã; mã
này không nằm trong số đó.

Ví dụ:
    extends \"tran-lieu-2025-h2.plan\"
    override on_time_ratoi in 97%..100%

Cách sửa: dùng mã của một chỉ tiêu kế thừa (xem `chitieu check` với kế hoạch
gốc), hoặc viết một `target` mới.",
    ),
    (
        "W0802",
        "Phần ghi đè chấp nhận những giá trị mà kế hoạch gốc không chấp nhận: ngưỡng
`>=` thấp hơn, ngưỡng `<=` cao hơn, khoảng rộng hơn, hạn muộn hơn. Chỉ tiêu
không nên lùi từ kỳ này sang kỳ sau; cảnh báo làm điều đó hiện rõ.

Ví dụ:
    override online_payment_ratio >= 55%   # trước là >= 60%

Cách sửa: giữ nguyên ngưỡng, hoặc giữ thay đổi một cách có chủ ý.",
    ),
    (
        "E0803",
        "Đường dẫn sau `extends` phải là đường dẫn tương đối và nằm trong thư mục của kế
hoạch đưa vào dòng lệnh: đường dẫn tuyệt đối, `..` ra ngoài thư mục, hoặc liên
kết tượng trưng trỏ ra ngoài có thể khiến chitieu đọc bất kỳ tệp nào.

Ví dụ:
    extends \"/etc/passwd\"
    extends \"../../other/plan.plan\"

Cách sửa: để các kế hoạch của một chuỗi trong cùng một cây thư mục.",
    ),
    (
        "E0804",
        "Một kế hoạch mở rộng chính nó, trực tiếp hoặc qua kế hoạch khác.

Cách sửa: kế hoạch mở rộng kế hoạch của kỳ trước, không bao giờ của kỳ sau.",
    ),
    (
        "E0810",
        "Kế hoạch có thể dựa trên kế hoạch khác, kế hoạch đó lại dựa trên kế hoạch khác
nữa, nhưng chuỗi dài hơn 32 kế hoạch (tính cả kế hoạch đang kiểm tra) thì không
được đọc tiếp: chitieu đọc lần lượt từng kế hoạch, và chuỗi thực tế (cả nước,
thành phố, phường; vài kỳ) chỉ dài vài kế hoạch. Các kế hoạch vượt giới hạn
không được đọc.

Ví dụ: p0.plan mở rộng p1.plan, p1.plan mở rộng p2.plan, ... đến p40.plan.

Cách sửa: mở rộng kế hoạch chứa các chỉ tiêu cần giữ, hoặc gộp kế hoạch của
các kỳ cũ thành một.",
    ),
    (
        "E0805",
        "Tệp ghi sau `extends` không tồn tại hoặc không đọc được, hoặc là một FIFO,
socket hay thiết bị (không bao giờ đọc: có thể không bao giờ kết thúc).

Cách sửa: kiểm tra đường dẫn; đường dẫn tính từ tệp có câu lệnh `extends`.",
    ),
    (
        "E0806",
        "Kế hoạch ghi sau `extends` có lỗi (hiện kèm tên của nó), nên không kế thừa được
gì từ nó. Trong một chuỗi kế hoạch (`a` kế thừa `b`, `b` kế thừa `c`, và `c` có
lỗi), lỗi này chỉ báo một lần, ở kế hoạch ngay trên kế hoạch có lỗi (`b`): các kế
hoạch phía trên cũng hỏng theo, nhưng không báo lại.

Cách sửa: sửa kế hoạch đó trước.",
    ),
    (
        "E0807",
        "`override` và `drop` thay đổi các chỉ tiêu kế thừa, nhưng kế hoạch này không có
`extends`.

Cách sửa: thêm `extends \"earlier.plan\"`, hoặc viết chỉ tiêu bằng `target`.",
    ),
    (
        "E0900",
        "Tệp đưa vào bằng `--units` không tồn tại, không đọc được, lớn hơn 64 MiB, hoặc
không phải văn bản (UTF-8, hoặc UTF-16 có dấu thứ tự byte). Không phần nào của nó
được dùng: kế hoạch có `for level` hay `for tag` khi đó được chấm như không có
danh mục (E0241).

Cách sửa: kiểm tra đường dẫn; lưu danh mục dạng CSV UTF-8.",
    ),
    (
        "E0901",
        "Danh mục đơn vị cần một dòng tiêu đề ghi các cột `đơn vị`, `cấp trên` và `cấp`
(hoặc `unit`, `parent`, `level`), theo thứ tự nào cũng được; có thể thêm cột
`nhãn` (`tags`). Thiếu cột `đơn vị` thì không đọc được gì; thiếu `cấp trên` hay
`cấp` thì các đơn vị được đọc mà không có thông tin đó.

Ví dụ:
    unit,parent,level,tags
    Hà Nội,,tỉnh,
    Phường Ba Đình,Hà Nội,xã,trung_tam

Cách sửa: thêm cột vào dòng tiêu đề (xem docs/units.md).",
    ),
    (
        "E0902",
        "Một dòng của danh mục có giá trị nhưng ô `đơn vị` để trống: dòng đó bị bỏ qua.

Cách sửa: ghi tên đơn vị, hoặc xoá dòng.",
    ),
    (
        "E0903",
        "Danh mục ghi cùng một đơn vị ở hai dòng (tên được so như tên đơn vị trong tệp số
liệu: khoảng trắng hai đầu và cách gõ dấu không tính). Dòng đầu được dùng, dòng
sau bị bỏ qua.

Cách sửa: xoá dòng sau, hoặc đặt tên khác nhau cho hai đơn vị.",
    ),
    (
        "E0904",
        "Đơn vị cấp trên của một đơn vị không phải là đơn vị nào trong danh mục. Đơn vị đó
được dùng như đơn vị cao nhất (không có cấp trên), nên không được cộng vào đơn
vị nào khi tổng hợp.

Ví dụ (danh mục ghi `Hà Nội`):
    unit,parent,level
    Hà Nội,,tỉnh
    Phường Ba Đình,Ha Noi,xã

Cách sửa: ghi cấp trên đúng như danh mục ghi, hoặc thêm cấp trên thành một dòng
riêng; để trống ô với đơn vị cao nhất.",
    ),
    (
        "E0905",
        "Một đơn vị ghi chính nó là cấp trên. Nó được dùng như không có cấp trên.

Cách sửa: ghi đúng cấp trên, hoặc để trống ô với đơn vị cao nhất.",
    ),
    (
        "E0906",
        "Đi theo cấp trên từ một đơn vị lại quay về chính nó: danh mục không phải là một
cây. Mọi đơn vị trong vòng được nêu tên một lần, ở đơn vị đầu tiên của vòng trong
danh mục; mỗi đơn vị được dùng như không có cấp trên. Các đơn vị bên dưới vòng
vẫn giữ cấp trên của mình.

Ví dụ:
    unit,parent,level
    A,B,xã
    B,A,huyện

Cách sửa: ghi đúng cấp trên của từng đơn vị; đơn vị cao nhất không có cấp trên.",
    ),
    (
        "W0900",
        "Danh mục có một cột không phải `đơn vị`, `cấp trên`, `cấp`, `nhãn` (hoặc `unit`,
`parent`, `level`, `tags`), hoặc ghi lại một trong các cột đó lần thứ hai. Cột đó
bị bỏ qua.

Cách sửa: đổi tên cột nếu nó là một trong các cột trên, hoặc để nguyên: nó không
gây hại.",
    ),
    (
        "E0907",
        "Một ô của danh mục đơn vị mở đầu bằng dấu ngoặc kép (`\"`) không được đóng ở chỗ ô
kết thúc, nên trình đọc CSV đọc tiếp qua các dấu xuống dòng, đến dấu ngoặc kép kế
tiếp hoặc đến hết tệp: các dòng nằm trên đó trở thành một ô. Dòng đó không được
đọc, nên không đơn vị nào trên các dòng ấy có trong danh mục (đơn vị đo được của
chúng bị W0241, đơn vị cấp dưới bị E0904). Chẩn đoán đặt ở dấu ngoặc kép mở và ghi
các dòng, như E0746 với tệp số liệu.

Ví dụ:
    unit,parent,level
    Hà Nội,,tỉnh
    \"Phường Ba Đình,Hà Nội,xã
    Phường Hoàn Kiếm,Hà Nội,xã

Cách sửa: đóng dấu ngoặc kép ở cuối ô, hoặc xoá nó.",
    ),
    (
        "W0907",
        "Một dòng của danh mục có nhiều trường hơn số cột của dòng tiêu đề: thường là danh
sách nhãn viết không có ngoặc kép trong tệp mà dấu phân cách cũng là dấu giữa các
nhãn (`Phường Một;Tỉnh X;xã;du_lich;ven biển`). Khi `nhãn` là cột cuối của dòng
tiêu đề, các trường thừa được đọc thành nhãn; nếu không, chúng không được đọc.

Cách sửa: đặt ô có dấu phân cách trong ngoặc kép (`\"du_lich;ven biển\"`), hoặc
xoá các trường thừa.",
    ),
    (
        "W0908",
        "Một ô của danh mục có ký tự điều khiển (NUL, ESC, BEL): không tên nào có ký tự
đó, và bảng tính không ghi ra nó. Tệp bị hỏng ở chỗ này. Dòng đó không được đọc
(đơn vị của nó không có trong danh mục), như W0747 với tệp số liệu; chẩn đoán đặt
ở ô đó.

Cách sửa: gõ lại ô.",
    ),
    (
        "W0909",
        "Các nhãn của một đơn vị ghi cùng một nhãn hai lần (so như `for tag` của kế hoạch:
không kể chữ hoa, khoảng trắng, gạch dưới, dấu chấm, gạch nối): chỉ giữ một lần.

Cách sửa: xoá một lần.",
    ),
    (
        "W0243",
        "Kế hoạch có chỉ tiêu `for level`, mà một số đơn vị trong danh mục đơn vị để trống ô
`cấp`: không chỉ tiêu `for level` nào áp dụng cho chúng (các chỉ tiêu đó vắng mặt
trong kết quả của chúng, không phải thiếu số liệu). Báo một lần, ở `for level` đầu
tiên của kế hoạch, nêu tên vài đơn vị đầu.

Cách sửa: ghi cấp của từng đơn vị vào danh mục.",
    ),
    (
        "E0240",
        "Các mệnh đề `for` của một chỉ tiêu phải cùng đúng với một đơn vị (nối với nhau
bằng VÀ), và ở đây không thể: mỗi đơn vị chỉ có một cấp, nên chỉ tiêu `for level
xã for level huyện` không áp dụng cho đơn vị nào.

Cách sửa: giữ một `for level`; để áp dụng cho một trong hai cấp, viết hai chỉ tiêu.",
    ),
    (
        "W0240",
        "`check --units FILE` (hoặc `eval --units FILE`) thấy `for level`, `for tag` hay
`for unit` của một chỉ tiêu ghi một cấp, nhãn hay đơn vị mà không đơn vị nào trong
danh mục có: chỉ tiêu sẽ không áp dụng cho đơn vị nào (hoặc cho ít đơn vị hơn đã
viết). Cấp và nhãn được so không kể chữ hoa, khoảng trắng, gạch dưới, dấu chấm,
gạch nối, nhưng có kể dấu: `xa` không phải `xã`.

Cách sửa: ghi tên như danh mục ghi (gợi ý nêu tên gần nhất).",
    ),
    (
        "E0241",
        "Kế hoạch có chỉ tiêu `for level` hay `for tag`, mà `eval` không được đưa danh mục
đơn vị (`--units FILE`), hoặc danh mục không đọc được. Không biết các chỉ tiêu đó
áp dụng cho đơn vị nào: chấm mọi đơn vị theo chúng, hay không đơn vị nào, đều cho
mỗi đơn vị một tổng điểm mà kế hoạch không có ý đó. Không có gì được chấm.

Cách sửa: đưa danh mục bằng `--units FILE`. Chỉ có `for unit \"A\"` thì không cần
danh mục.",
    ),
    (
        "W0241",
        "Một đơn vị trong số liệu không có trong danh mục đơn vị đưa bằng `--units`. Nó
không có cấp và nhãn, nên các chỉ tiêu `for level` và `for tag` không áp dụng cho
nó (không có trong kết quả của nó, không phải thiếu số liệu); các chỉ tiêu cho
mọi đơn vị và chỉ tiêu `for unit` ghi tên nó vẫn được chấm như thường.

Cách sửa: thêm đơn vị vào danh mục, hoặc sửa tên của nó trong số liệu.",
    ),
    (
        "W0242",
        "Một chỉ tiêu ghi cùng một mệnh đề `for` hai lần (`for tag a for tag a`): lần thứ
hai không thêm gì.

Cách sửa: xoá một lần.",
    ),
];
