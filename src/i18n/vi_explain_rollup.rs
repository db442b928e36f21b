//! The Vietnamese titles and `explain` texts of the roll-up codes (the
//! `rollup` clause, `eval --rollup`), beside `vi_explain`'s so that the
//! parts of issue 16 keep to files of their own.

use crate::diagnostic::Code;

pub const TITLES: &[(Code, &str)] = &[
    (
        Code::RollupMisfit,
        "chỉ số không cộng dồn được theo cách đó",
    ),
    (Code::RollupOnDerived, "rollup trên chỉ số suy ra"),
    (
        Code::ChildrenMetTarget,
        "children_met của thứ không phải chỉ tiêu",
    ),
    (
        Code::ChildrenMetCycle,
        "children_met của chỉ tiêu phụ thuộc vào chính nó",
    ),
    (
        Code::RollupDiffers,
        "giá trị đơn vị cấp trên tự báo cáo khác giá trị cộng dồn từ đơn vị con",
    ),
    (
        Code::RollupIncomplete,
        "đơn vị con thiếu giá trị làm giá trị cộng dồn của đơn vị cấp trên bị thiếu",
    ),
    (
        Code::RollupNotReported,
        "đơn vị cấp trên không báo cáo chỉ số không cộng dồn được",
    ),
    (Code::RollupTooLarge, "tổng của các đơn vị con quá lớn"),
];

pub const EXPLANATIONS: &[(&str, &str)] = &[
    (
        "E0330",
        "`rollup` của một chỉ số cho biết giá trị của đơn vị cấp trên (thành phố, cả
nước) lấy từ giá trị của các đơn vị con thế nào khi cộng dồn (`eval --rollup`):
`sum` cộng lại, `max` và `min` lấy giá trị lớn nhất hoặc nhỏ nhất, `reported`
chỉ lấy số liệu chính đơn vị cấp trên báo cáo. Tổng các tỷ lệ, các ngày hoặc các
giá trị có/không không có nghĩa (tỷ lệ của thành phố không phải tổng, cũng không
phải trung bình tỷ lệ của các phường), và có/không không có giá trị lớn nhất.

Ví dụ:
    metric online_ratio: ratio rollup sum

Cách sửa: khai báo các số đếm, cộng dồn, và tỷ lệ là công thức trên chúng, để
tỷ lệ của đơn vị cấp trên tính từ tổng các số đếm của nó:
    metric online_done: count rollup sum
    metric dossiers: count rollup sum
    metric online_ratio = online_done / dossiers",
    ),
    (
        "E0331",
        "Chỉ số suy ra không bao giờ tự cộng dồn: ở đơn vị cấp trên, công thức của nó
được tính từ giá trị đã cộng dồn của các chỉ số nó dùng (tỷ lệ từ tổng các số
đếm, không bao giờ là trung bình các tỷ lệ). `rollup` đặt trên các chỉ số đo
được mà công thức dùng.

Ví dụ:
    metric online_ratio = online_done / dossiers rollup sum

Cách sửa:
    metric online_done: count rollup sum
    metric online_ratio = online_done / dossiers",
    ),
    (
        "E0332",
        "`children_met(TARGET)` là, ở đơn vị cấp trên (`eval --rollup`), tỷ lệ các đơn vị
con đạt chỉ tiêu: đối số duy nhất của nó là mã một chỉ tiêu của kế hoạch
(`target ID: metric ...`, hoặc tên chỉ số với chỉ tiêu không có mã).

Ví dụ:
    metric level5_share = children_met(levl5)

Cách sửa:
    target level5: data_level >= 5
    metric level5_share = children_met(level5)",
    ),
    (
        "E0333",
        "Chỉ tiêu mà `children_met` nêu đo một chỉ số mà chính nó phụ thuộc vào
`children_met` (trực tiếp hoặc qua các công thức nó dùng): tỷ lệ đơn vị con đạt
chỉ tiêu sẽ được đánh giá từ chính những tỷ lệ như vậy, cấp này qua cấp khác, và
kế hoạch không nói được đơn vị ở cấp dưới cùng đạt gì.

Ví dụ:
    target share90: level5_share >= 90%
    metric level5_share = children_met(share90)

Cách sửa: nêu một chỉ tiêu trên chỉ số mà đơn vị đo hoặc tính từ số liệu của
chính mình:
    target level5: data_level >= 5
    metric level5_share = children_met(level5)",
    ),
    (
        "W0920",
        "Khi cộng dồn đơn vị (`eval --units FILE --rollup`), đơn vị cấp trên tự báo cáo
giá trị của một chỉ số cộng dồn theo `sum`, `max` hoặc `min` thì giữ giá trị đó:
đơn vị biết số liệu của chính mình (hồ sơ giải quyết ở cấp thành phố không thuộc
phường nào). Khi nó khác giá trị cộng dồn từ các đơn vị con, cảnh báo nêu cả hai
số, tại chỗ đơn vị cấp trên báo cáo.

Ví dụ (`metric dossiers: count`, các phường báo cáo 500 và 700):
    unit,metric,value
    Thành phố,dossiers,1250

Cách sửa: đối chiếu số liệu; chỉ số mà giá trị các đơn vị con không cộng thành
giá trị đơn vị cấp trên thì ghi `rollup reported`.",
    ),
    (
        "W0921",
        "Giá trị của đơn vị cấp trên đối với chỉ số cộng dồn theo `sum`, `max` hoặc `min`
lấy từ tất cả các đơn vị con. Khi một đơn vị con không có giá trị (hoặc giá trị
không dùng được), giá trị cộng dồn của đơn vị cấp trên bị thiếu (hoặc không hợp
lệ), không bao giờ là tổng của các đơn vị còn lại, vì tổng đó sẽ bị coi là của
tất cả; cảnh báo nêu tên các đơn vị con đó. Các chỉ tiêu của đơn vị cấp trên trên
chỉ số này, và trên mọi công thức dùng nó, khi đó bị thiếu (hoặc không hợp lệ).

Ví dụ: `Phường 3` không báo cáo `dossiers`.

Cách sửa: báo cáo giá trị ở từng đơn vị con được nêu, hoặc giá trị của chính đơn
vị cấp trên.",
    ),
    (
        "W0922",
        "Chỉ số cộng dồn theo `reported` (mặc định là tỷ lệ, phút, ngày tháng, có/không
hoặc số, hoặc số đếm mà kế hoạch ghi như vậy) không lấy từ giá trị của các đơn
vị con: đơn vị cấp trên tự báo cáo. Đơn vị cấp trên không báo cáo mà có chỉ tiêu
phụ thuộc vào chỉ số đó thì các chỉ tiêu đó bị thiếu; cảnh báo nêu tên các chỉ số.

Ví dụ (`metric procedures_offered: count rollup reported`): tệp của thành phố
không có `procedures_offered`.

Cách sửa: báo cáo chỉ số đó ở đơn vị cấp trên.",
    ),
    (
        "E0920",
        "Tổng giá trị của các đơn vị con đối với một chỉ số lớn hơn số chitieu lưu được
(28 chữ số): giá trị của đơn vị cấp trên không hợp lệ.

Cách sửa: kiểm tra giá trị của các đơn vị con; nhiều khả năng một giá trị bị
nhầm.",
    ),
];
