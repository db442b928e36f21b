//! The Vietnamese titles and `explain` texts of the roll-up codes (the
//! `rollup` clause, `eval --rollup`), beside `vi_explain`'s so that the
//! parts of issue 16 keep to files of their own.

use crate::diagnostic::Code;

pub const TITLES: &[(Code, &str)] = &[
    (Code::RollupMisfit, "chỉ số không cộng dồn được theo cách đó"),
    (Code::RollupOnDerived, "rollup trên chỉ số suy ra"),
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
];
