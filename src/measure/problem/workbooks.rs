//! Excel workbooks: their size, their sheets, and number cells that are not
//! what they show.

use super::words::pick;
use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookProblem {
    TooLarge {
        size: usize,
        limit: usize,
    },
    /// A part of the zip that would unpack to `ratio` times its size.
    ZipBomb {
        part: String,
        ratio: u64,
    },
    UnpacksTooLarge {
        total: u64,
        limit: u64,
    },
    /// A row whose last cell stands `columns` columns from the sheet's
    /// first, more than a table row may have.
    RowTooWide {
        columns: usize,
        limit: usize,
    },
    /// A sheet whose table would have more than `limit` cells.
    TooManyCells {
        sheet: String,
        limit: usize,
    },
    /// A sheet whose cells hold more than `limit` bytes of text, a shared
    /// string counted at each cell that shows it.
    TooMuchText {
        sheet: String,
        limit: usize,
    },
    /// Not a workbook the reader can open, with its message.
    NotAWorkbook {
        error: String,
    },
    /// No sheet of the name asked for; the workbook's sheets.
    NoSuchSheet {
        wanted: String,
        sheets: Vec<String>,
    },
    SheetUnreadable {
        sheet: String,
        error: String,
    },
    /// The reader stopped on a hostile workbook.
    ReaderFailed,
    /// A table of shared strings that declares more strings than its part
    /// of the zip could hold (`declared`, in a part of `size` bytes).
    SharedStringsOverstated {
        declared: u64,
        size: u64,
    },
    EmptySheet {
        sheet: String,
    },
    /// A number cell that Excel shows otherwise (`shown`) than it holds it
    /// (`held`), both as written.
    ShownRounded {
        held: String,
        shown: String,
    },
    /// More cells shown rounded than are reported one by one: how many.
    MoreShownRounded {
        count: usize,
    },
    /// A number cell beyond a float: NaN, or infinity.
    BeyondAFloat {
        nan: bool,
    },
}

impl Describe for WorkbookProblem {
    fn counts_others(&self) -> bool {
        matches!(self, WorkbookProblem::MoreShownRounded { .. })
    }

    fn code(&self) -> Code {
        match self {
            WorkbookProblem::TooLarge { .. }
            | WorkbookProblem::ZipBomb { .. }
            | WorkbookProblem::UnpacksTooLarge { .. }
            | WorkbookProblem::TooManyCells { .. }
            | WorkbookProblem::TooMuchText { .. }
            | WorkbookProblem::RowTooWide { .. } => Code::MeasureLimit,
            WorkbookProblem::NotAWorkbook { .. }
            | WorkbookProblem::NoSuchSheet { .. }
            | WorkbookProblem::SheetUnreadable { .. }
            | WorkbookProblem::ReaderFailed
            | WorkbookProblem::SharedStringsOverstated { .. } => Code::MeasureUnreadable,
            WorkbookProblem::EmptySheet { .. } => Code::MissingColumns,
            WorkbookProblem::ShownRounded { .. } | WorkbookProblem::MoreShownRounded { .. } => {
                Code::NumberShownRounded
            }
            WorkbookProblem::BeyondAFloat { .. } => Code::InexactValue,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            WorkbookProblem::TooLarge { size, limit } => match lang {
                Lang::En => format!("the workbook is {}, more than the limit of {}", lang.bytes(*size), lang.bytes(*limit)),
                Lang::Vi => format!("sổ tính có {}, vượt giới hạn {}", lang.bytes(*size), lang.bytes(*limit)),
            },
            WorkbookProblem::ZipBomb { part, ratio } => match lang {
                Lang::En => format!(
                    "part `{part}` would unpack {ratio} times its size: the file looks like a zip bomb"
                ),
                Lang::Vi => format!(
                    "phần `{part}` sẽ giải nén ra gấp {ratio} lần kích thước: tệp trông như một quả bom zip"
                ),
            },
            WorkbookProblem::UnpacksTooLarge { total, limit } => match lang {
                Lang::En => format!(
                    "the workbook would unpack to {}, more than the limit of {}", lang.bytes(size_of(*total)), lang.bytes(size_of(*limit))
                ),
                Lang::Vi => format!("sổ tính sẽ giải nén ra {}, vượt giới hạn {}", lang.bytes(size_of(*total)), lang.bytes(size_of(*limit))),
            },
            WorkbookProblem::RowTooWide { columns, limit } => match lang {
                Lang::En => format!(
                    "this cell is in column {} of the table, more than the limit of {}", lang.count(*columns), lang.count(*limit)
                ),
                Lang::Vi => format!("ô này ở cột thứ {} của bảng, vượt giới hạn {}", lang.count(*columns), lang.count(*limit)),
            },
            WorkbookProblem::TooManyCells { sheet, limit } => match lang {
                Lang::En => format!(
                    "sheet `{sheet}` holds a table of more than {} cells (counted from its first column to each row's last cell)", lang.count(*limit)
                ),
                Lang::Vi => format!(
                    "trang tính `{sheet}` chứa một bảng hơn {} ô (đếm từ cột đầu tiên đến ô cuối của mỗi dòng)", lang.count(*limit)
                ),
            },
            WorkbookProblem::TooMuchText { sheet, limit } => match lang {
                Lang::En => format!(
                    "the cells of sheet `{sheet}` hold more than {} of text (a shared string counted at each cell that shows it)", lang.bytes(*limit)
                ),
                Lang::Vi => format!(
                    "các ô của trang tính `{sheet}` chứa hơn {} chữ (một chuỗi dùng chung được tính ở mỗi ô hiển thị nó)", lang.bytes(*limit)
                ),
            },
            WorkbookProblem::NotAWorkbook { error } => match lang {
                Lang::En => format!(
                    "the file is not a readable .xlsx workbook (the reader says: `{error}`)"
                ),
                Lang::Vi => format!("tệp không phải sổ tính .xlsx đọc được (trình đọc báo: `{error}`)"),
            },
            WorkbookProblem::NoSuchSheet { wanted, .. } => match lang {
                Lang::En => format!("the workbook has no sheet `{wanted}`"),
                Lang::Vi => format!("sổ tính không có trang tính `{wanted}`"),
            },
            WorkbookProblem::SheetUnreadable { sheet, error } => match lang {
                Lang::En => format!("sheet `{sheet}` cannot be read (the reader says: `{error}`)"),
                Lang::Vi => format!(
                    "không đọc được trang tính `{sheet}` (trình đọc báo: `{error}`)"
                ),
            },
            WorkbookProblem::ReaderFailed => pick(
                (
                    "the workbook's reader failed on this file",
                    "trình đọc sổ tính không đọc được tệp này",
                ),
                lang,
            ),
            WorkbookProblem::SharedStringsOverstated { declared, size } => {
                let (declared, size) = (lang.count(size_of(*declared)), lang.bytes(size_of(*size)));
                match lang {
                    Lang::En => format!(
                        "the workbook declares {declared} shared strings in a part of {size}: it is damaged or made to exhaust memory"
                    ),
                    Lang::Vi => format!(
                        "sổ tính khai {declared} chuỗi dùng chung trong một phần chỉ có {size}: tệp bị hỏng hoặc được làm ra để cạn bộ nhớ"
                    ),
                }
            }
            WorkbookProblem::EmptySheet { sheet } => match lang {
                Lang::En => format!("sheet `{sheet}` is empty"),
                Lang::Vi => format!("trang tính `{sheet}` trống"),
            },
            WorkbookProblem::ShownRounded { held, shown } => {
                let (held, shown) = (lang.plan_value(held), lang.plan_value(shown));
                match lang {
                    Lang::En => format!(
                        "the cell holds {held}, which Excel shows as {shown}: read as {shown}"
                    ),
                    Lang::Vi => format!("ô chứa {held}, Excel hiển thị là {shown}: đọc là {shown}"),
                }
            }
            WorkbookProblem::MoreShownRounded { count } => match lang {
                Lang::En => format!(
                    "{count} more cells hold a number that Excel shows rounded, read as shown, as the cells above are"
                ),
                Lang::Vi => format!(
                    "còn {count} ô nữa chứa số mà Excel hiển thị đã làm tròn, đọc như hiển thị, như các ô ở trên"
                ),
            },
            WorkbookProblem::BeyondAFloat { nan: true } => pick(
                (
                    "the cell holds a number that cannot be held: it reads as NaN (not a number)",
                    "ô chứa một số không lưu được: đọc ra là NaN (không phải số)",
                ),
                lang,
            ),
            WorkbookProblem::BeyondAFloat { nan: false } => pick(
                (
                    "the cell holds a number too large to hold: it reads as infinity",
                    "ô chứa một số quá lớn để lưu: đọc ra là vô cực",
                ),
                lang,
            ),
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let words = match self {
            WorkbookProblem::ShownRounded { .. } | WorkbookProblem::MoreShownRounded { .. } => {
                ("read as Excel shows it", "đọc như Excel hiển thị")
            }
            WorkbookProblem::BeyondAFloat { .. } => ("cannot be held", "không lưu được"),
            WorkbookProblem::TooLarge { .. }
            | WorkbookProblem::ZipBomb { .. }
            | WorkbookProblem::UnpacksTooLarge { .. }
            | WorkbookProblem::TooManyCells { .. }
            | WorkbookProblem::TooMuchText { .. }
            | WorkbookProblem::RowTooWide { .. }
            | WorkbookProblem::NotAWorkbook { .. }
            | WorkbookProblem::NoSuchSheet { .. }
            | WorkbookProblem::SheetUnreadable { .. }
            | WorkbookProblem::ReaderFailed
            | WorkbookProblem::SharedStringsOverstated { .. }
            | WorkbookProblem::EmptySheet { .. } => return None,
        };
        Some(pick(words, lang))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        let reopen = (
            "open it in Excel and save it again as .xlsx",
            "mở bằng Excel rồi lưu lại dạng .xlsx",
        );
        let words = match self {
            WorkbookProblem::TooLarge { .. }
            | WorkbookProblem::ZipBomb { .. }
            | WorkbookProblem::UnpacksTooLarge { .. } => (
                "open it in Excel and save it again as .xlsx, or check that it is the file you meant",
                "mở bằng Excel rồi lưu lại dạng .xlsx, hoặc kiểm tra xem có đúng tệp cần dùng",
            ),
            WorkbookProblem::RowTooWide { .. } => (
                "the row is skipped; move the cell into the table's columns, or delete it",
                "dòng này bị bỏ qua; chuyển ô vào các cột của bảng, hoặc xoá ô đi",
            ),
            WorkbookProblem::TooManyCells { .. } | WorkbookProblem::TooMuchText { .. } => (
                "keep the table in a sheet of its own, or save it as CSV (`metric`, `value`, one row per value)",
                "để bảng trong một trang tính riêng, hoặc lưu dạng CSV (`metric`, `value`, mỗi giá trị một dòng)",
            ),
            WorkbookProblem::NotAWorkbook { .. }
            | WorkbookProblem::SheetUnreadable { .. }
            | WorkbookProblem::ReaderFailed
            | WorkbookProblem::SharedStringsOverstated { .. } => reopen,
            WorkbookProblem::NoSuchSheet { sheets, .. } => {
                let list = sheets
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                return Some(match lang {
                    Lang::En => format!("the sheets are {list}"),
                    Lang::Vi => format!("các trang tính là {list}"),
                });
            }
            WorkbookProblem::EmptySheet { .. } => (
                "the first row must name the columns `metric` and `value`",
                "dòng đầu phải ghi tên cột `metric` và `value`",
            ),
            WorkbookProblem::ShownRounded { .. } | WorkbookProblem::MoreShownRounded { .. } => (
                "Excel shows and computes with 15 significant digits, and so does chitieu; round the value in the spreadsheet (=ROUND(...)) to say which is meant",
                "Excel hiển thị và tính với 15 chữ số có nghĩa, chitieu cũng vậy; làm tròn giá trị trong bảng tính (=ROUND(...)) để ghi rõ giá trị nào",
            ),
            WorkbookProblem::BeyondAFloat { .. } => (
                "numbers are held exactly up to 79228162514264337593543950335; correct the cell in the spreadsheet",
                "số được lưu chính xác đến 79228162514264337593543950335; hãy sửa ô trong bảng tính",
            ),
        };
        Some(pick(words, lang))
    }
}

/// A size counted in a `u64` (a workbook's unpacked size), as `usize`
/// (saturated on a machine where it would not fit).
fn size_of(bytes: u64) -> usize {
    usize::try_from(bytes).unwrap_or(usize::MAX)
}
