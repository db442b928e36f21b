//! The inputs of a batch: files found, opened and decoded, or why not.

use super::words::{pick, system};
use crate::diagnostic::{Code, Describe};
use crate::files::Special;
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputProblem {
    /// A text file with a byte that starts no UTF-8 character, on `line`,
    /// `column` (counted as the source map counts); `pasted`
    /// when the rest of the file is mostly UTF-8 (a cell pasted from a
    /// legacy code page, not a file saved in one).
    NotUtf8 {
        byte: u8,
        line: u64,
        column: usize,
        pasted: bool,
    },
    /// A file that starts with a UTF-16 byte order mark but is not UTF-16.
    NotUtf16,
    NoExtension,
    /// An extension chitieu does not read (without its dot).
    UnknownExtension {
        extension: String,
    },
    TooLarge {
        size: usize,
        limit: usize,
    },
    /// A file that gave no readings, and said nothing of why: out of how
    /// many rows.
    NoData {
        rows: usize,
    },
    /// A FIFO, socket or device met in a folder.
    NotAFile {
        kind: Special,
    },
    /// A file given again, first given as `first`.
    SameFileTwice {
        first: String,
    },
    /// A file whose name another file has: its unit is named by its path.
    SameFileName {
        unit: String,
    },
    /// A symbolic link to `target`, which does not exist.
    BrokenLink {
        target: String,
    },
    /// A workbook that is an OLE compound file, not a zip: a
    /// password-protected `.xlsx` or an old `.xls` renamed.
    OleWorkbook,
    /// A file that cannot be opened, with the system's message.
    CannotOpen {
        error: String,
    },
    /// A folder that cannot be listed, with the system's message.
    CannotList {
        error: String,
    },
    /// A file in a folder that is not of a kind read (its extension, if
    /// any, without the dot).
    NotRead {
        extension: Option<String>,
    },
    /// A folder given to `eval` with no measurement file in it.
    NoMeasurementFiles,
    /// A folder given to `check` or `fmt` with no plan file in it.
    NoPlanFiles,
}

impl Describe for InputProblem {
    fn code(&self) -> Code {
        match self {
            InputProblem::NotUtf8 { .. } | InputProblem::NotUtf16 => Code::MeasureEncoding,
            InputProblem::NoExtension
            | InputProblem::UnknownExtension { .. }
            | InputProblem::OleWorkbook => Code::MeasureUnreadable,
            InputProblem::TooLarge { .. } => Code::MeasureLimit,
            InputProblem::NoData { .. } => Code::NoData,
            InputProblem::NotAFile { .. } => Code::NotAFile,
            InputProblem::SameFileTwice { .. } => Code::SameFileTwice,
            InputProblem::SameFileName { .. } => Code::SameFileName,
            InputProblem::CannotOpen { .. }
            | InputProblem::CannotList { .. }
            | InputProblem::BrokenLink { .. } => Code::CannotOpen,
            InputProblem::NotRead { .. } => Code::NotRead,
            InputProblem::NoMeasurementFiles | InputProblem::NoPlanFiles => Code::NothingToRead,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            InputProblem::NotUtf8 {
                byte, line, column, ..
            } => match lang {
                Lang::En => format!(
                    "the file is not UTF-8: byte 0x{byte:02X} on line {line}, column {column} cannot start a character; the file is not read, so its units are not scored"
                ),
                Lang::Vi => format!(
                    "tệp không phải UTF-8: byte 0x{byte:02X} ở dòng {line}, cột {column} không thể mở đầu một ký tự; tệp không được đọc, nên các đơn vị trong tệp không được chấm điểm"
                ),
            },
            InputProblem::NotUtf16 => pick(
                (
                    "the file starts as UTF-16 but is not valid UTF-16",
                    "tệp bắt đầu như UTF-16 nhưng không phải UTF-16 hợp lệ",
                ),
                lang,
            ),
            InputProblem::NoExtension => pick(
                (
                    "the file has no extension, which would say how to read it",
                    "tệp không có phần mở rộng, nên không biết phải đọc nó thế nào",
                ),
                lang,
            ),
            InputProblem::UnknownExtension { extension } => match lang {
                Lang::En => format!("chitieu does not read `.{extension}` files"),
                Lang::Vi => format!("chitieu không đọc tệp `.{extension}`"),
            },
            InputProblem::TooLarge { size, limit } => match lang {
                Lang::En => format!("the file is {}, more than the limit of {}", lang.bytes(*size), lang.bytes(*limit)),
                Lang::Vi => format!("tệp có {}, vượt giới hạn {}", lang.bytes(*size), lang.bytes(*limit)),
            },
            InputProblem::NoData { rows } => match (rows, lang) {
                (0, Lang::En) => "the file holds no measurements".to_string(),
                (0, Lang::Vi) => "tệp không có số liệu nào".to_string(),
                (1, Lang::En) => "the file's only row could not be used".to_string(),
                (1, Lang::Vi) => "dòng duy nhất của tệp không dùng được".to_string(),
                (n, Lang::En) => format!("none of the file's {n} rows could be used"),
                (n, Lang::Vi) => format!("không dòng nào trong {n} dòng của tệp dùng được"),
            },
            InputProblem::NotAFile { kind } => match lang {
                Lang::En => format!("this is {}, not a file: it is skipped", kind.name()),
                Lang::Vi => format!("đây là {}, không phải tệp: bỏ qua", kind.words(lang)),
            },
            InputProblem::SameFileTwice { first } => match lang {
                Lang::En => format!("this file was given already, as `{first}`: it is read once"),
                Lang::Vi => format!("tệp này đã được chỉ ra rồi, là `{first}`: chỉ đọc một lần"),
            },
            InputProblem::SameFileName { unit } => match lang {
                Lang::En => format!(
                    "another file has the same name, so this file's unit is named `{unit}`"
                ),
                Lang::Vi => format!(
                    "có tệp khác cùng tên, nên đơn vị của tệp này được đặt tên là `{unit}`"
                ),
            },
            InputProblem::BrokenLink { target } => match lang {
                Lang::En => format!(
                    "this is a symbolic link that leads nowhere: `{target}` does not exist"
                ),
                Lang::Vi => format!(
                    "đây là một liên kết tượng trưng không dẫn tới đâu: `{target}` không tồn tại"
                ),
            },
            InputProblem::OleWorkbook => pick(
                (
                    "this is no .xlsx workbook inside: it is a password-protected workbook, or an old .xls renamed",
                    "bên trong đây không phải sổ tính .xlsx: đó là sổ tính có mật khẩu, hoặc tệp .xls cũ bị đổi tên",
                ),
                lang,
            ),
            InputProblem::CannotOpen { error } => match lang {
                Lang::En => format!("the file cannot be opened: {error}"),
                Lang::Vi => format!("không mở được tệp: {}", system(error, lang)),
            },
            InputProblem::CannotList { error } => match lang {
                Lang::En => format!("the folder cannot be listed: {error}"),
                Lang::Vi => format!("không liệt kê được thư mục: {}", system(error, lang)),
            },
            InputProblem::NotRead { extension: Some(e) } => match lang {
                Lang::En => format!("chitieu does not read .{e} files: this file is not scored"),
                Lang::Vi => format!("chitieu không đọc tệp .{e}: tệp này không được chấm điểm"),
            },
            InputProblem::NotRead { extension: None } => lang.pick(
                "this file has no extension, so it is not read: it is not scored",
                "tệp này không có phần mở rộng nên không được đọc: không được chấm điểm",
            ),
            InputProblem::NoMeasurementFiles => lang.pick(
                "the folder holds no measurement file: nothing in it is scored",
                "thư mục không có tệp số liệu nào: không có gì trong đó được chấm điểm",
            ),
            InputProblem::NoPlanFiles => lang.pick(
                "the folder holds no plan file: nothing in it is checked",
                "thư mục không có tệp kế hoạch nào: không có gì trong đó được kiểm tra",
            ),
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        matches!(self, InputProblem::NotUtf8 { .. })
            .then(|| lang.pick("not UTF-8 from here", "không phải UTF-8 từ đây"))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        let words = match self {
            InputProblem::NotUtf8 { pasted: true, .. } => (
                "the rest of the file is UTF-8: this cell was likely pasted from another encoding; retype it, then save the file as \"CSV UTF-8\"",
                "phần còn lại của tệp là UTF-8: ô này có lẽ được dán từ một bảng mã khác; gõ lại nó, rồi lưu tệp dạng \"CSV UTF-8\"",
            ),
            InputProblem::NotUtf8 { pasted: false, .. } => (
                "save it as \"CSV UTF-8\"; legacy code pages such as Windows-1258 are not read",
                "lưu tệp dạng \"CSV UTF-8\"; bảng mã cũ như Windows-1258 không đọc được",
            ),
            InputProblem::NotUtf16 => (
                "save it again as \"CSV UTF-8\"",
                "lưu lại tệp dạng \"CSV UTF-8\"",
            ),
            InputProblem::NoExtension | InputProblem::UnknownExtension { .. } => (
                "measurements are read from .csv, .tsv, .txt, .xlsx, .xlsm and .json files",
                "số liệu được đọc từ tệp .csv, .tsv, .txt, .xlsx, .xlsm và .json",
            ),
            InputProblem::OleWorkbook => (
                "open it in Excel (with its password) and save it as an .xlsx workbook without a password",
                "mở nó bằng Excel (với mật khẩu của nó) rồi lưu thành sổ tính .xlsx không có mật khẩu",
            ),
            InputProblem::BrokenLink { .. } => (
                "point the link at the file, or remove the link",
                "trỏ liên kết tới đúng tệp, hoặc xóa liên kết",
            ),
            InputProblem::TooLarge { .. } => (
                "check that this is the measurement file you meant",
                "kiểm tra xem đây có đúng là tệp số liệu cần dùng",
            ),
            InputProblem::NoData { rows: 0 } => (
                "a unit's file needs at least one row (or JSON key) naming a metric and its value",
                "tệp của một đơn vị cần ít nhất một dòng (hoặc khóa JSON) nêu một chỉ số và giá trị của nó",
            ),
            InputProblem::NoData { .. } => (
                "correct the rows reported in this file; until then the unit is not scored",
                "sửa các dòng được báo trong tệp này; đến khi đó đơn vị không được chấm điểm",
            ),
            InputProblem::NotAFile { .. } => (
                "name it on the command line to read it as a stream",
                "nêu nó trên dòng lệnh để đọc như một luồng",
            ),
            InputProblem::SameFileTwice { .. } => (
                "name each file once; a folder given includes the files inside it",
                "mỗi tệp chỉ chỉ ra một lần; một thư mục đã chỉ ra bao gồm các tệp bên trong nó",
            ),
            InputProblem::SameFileName { .. } => (
                "name the unit inside the file (a `unit` column, or `\"unit\"` in JSON)",
                "ghi tên đơn vị trong tệp (cột `unit`, hoặc `\"unit\"` trong JSON)",
            ),
            InputProblem::CannotOpen { .. } => (
                "check that the file exists and that it may be read",
                "kiểm tra xem tệp có tồn tại và được phép đọc không",
            ),
            InputProblem::CannotList { .. } => (
                "check the folder's permissions; the files beside it were still read",
                "kiểm tra quyền truy cập thư mục; các tệp bên cạnh vẫn được đọc",
            ),
            InputProblem::NotRead { .. } => (
                "if it is a unit's submission, ask for it as .csv, .xlsx or .json; otherwise move it out of the folder",
                "nếu đó là bài nộp của một đơn vị, đề nghị gửi lại dạng .csv, .xlsx hoặc .json; nếu không, chuyển nó ra khỏi thư mục",
            ),
            InputProblem::NoMeasurementFiles => (
                "check the path; measurements are read from .csv, .tsv, .txt, .xlsx, .xlsm and .json files",
                "kiểm tra đường dẫn; số liệu được đọc từ tệp .csv, .tsv, .txt, .xlsx, .xlsm và .json",
            ),
            InputProblem::NoPlanFiles => (
                "check the path; plan files end in `.plan`",
                "kiểm tra đường dẫn; tệp kế hoạch có đuôi `.plan`",
            ),
        };
        Some(pick(words, lang))
    }
}
