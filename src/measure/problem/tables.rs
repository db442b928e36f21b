//! Tables, from a CSV file or a sheet: their text, header, columns and rows.

use super::words::pick;
use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableProblem {
    /// The CSV reader stopped, with its message.
    CsvUnreadable {
        error: String,
    },
    /// A CSV file without a row; its separator (`,` when it has none),
    /// with which the hint writes a header.
    EmptyFile {
        separator: char,
    },
    /// A header wider than a row may be: the file is not read.
    HeaderTooWide {
        fields: usize,
        limit: usize,
    },
    /// A quote opened on `line` and closed on `last` (`closed`) or never:
    /// lines `line..=last` were read as one row, which is not read.
    UnclosedQuote {
        line: u64,
        last: u64,
        closed: bool,
    },
    TooManyFields {
        fields: usize,
        limit: usize,
    },
    FieldTooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Rows above the header (a title): how many, and the first one's text.
    RowsAboveHeader {
        count: usize,
        first: String,
    },
    /// A second column of a kind, named `name`; the first is named `first`.
    SecondColumn {
        kind: ColumnKind,
        name: String,
        first: String,
    },
    NoMetricValueColumns,
    ColumnNotUsed {
        name: String,
    },
    /// A row with fewer fields than a metric and a value need.
    TooFewFields {
        fields: usize,
        header: usize,
    },
    /// Field number `field` (1-based) lies beyond the header's `columns`.
    BeyondHeader {
        field: usize,
        columns: usize,
    },
    /// A row whose two columns of one kind say different things.
    RowNamesTwo {
        part: RowPart,
        first: String,
        second: String,
    },
    NoMetricName,
    /// A metric's or a reporting unit's name that holds a control
    /// character (`first`): the file is damaged; its value is not read.
    DamagedName {
        part: RowPart,
        name: String,
        first: char,
    },
    /// A `unit` or `đơn vị` column holding both units of measure and names
    /// of reporting units (the first of each).
    AmbiguousUnitColumn {
        column: String,
        measure: String,
        name: String,
    },
    /// A number split by a comma file's commas, as joined again, and the
    /// numbers it may be (one, two, or none when it cannot be read).
    SplitNumber {
        joined: String,
        readings: Vec<String>,
    },
    /// A reporting unit's cell that names none (a dash, `x`, `n/a`): the
    /// row's values are the file's unit's.
    UnitNamesNone {
        text: String,
    },
}

/// A kind of column that a table has one of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    ReportingUnit,
    Metric,
    Value,
    Period,
    UnitOfMeasure,
    Other,
}

/// What a row names once: its metric, reporting unit or period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowPart {
    Metric,
    ReportingUnit,
    Period,
}

impl Describe for TableProblem {
    fn code(&self) -> Code {
        match self {
            TableProblem::CsvUnreadable { .. } => Code::MeasureUnreadable,
            TableProblem::EmptyFile { .. } | TableProblem::NoMetricValueColumns => {
                Code::MissingColumns
            }
            TableProblem::TooManyFields { .. }
            | TableProblem::FieldTooLarge { .. }
            | TableProblem::HeaderTooWide { .. } => Code::MeasureLimit,
            TableProblem::UnclosedQuote { .. } => Code::UnclosedQuote,
            TableProblem::DamagedName { .. } => Code::DamagedName,
            TableProblem::RowsAboveHeader { .. } => Code::RowsAboveHeader,
            TableProblem::SecondColumn { .. } | TableProblem::RowNamesTwo { .. } => {
                Code::DuplicateColumn
            }
            TableProblem::ColumnNotUsed { .. } => Code::ExtraColumn,
            TableProblem::TooFewFields { .. }
            | TableProblem::BeyondHeader { .. }
            | TableProblem::NoMetricName => Code::RaggedRow,
            TableProblem::AmbiguousUnitColumn { .. } => Code::AmbiguousUnitColumn,
            TableProblem::SplitNumber { .. } => Code::SplitNumber,
            TableProblem::UnitNamesNone { .. } => Code::UnitNamesNone,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            TableProblem::CsvUnreadable { error } => match lang {
                Lang::En => format!(
                    "the CSV cannot be read from here on (the reader says: `{error}`)"
                ),
                Lang::Vi => format!(
                    "không đọc được tệp CSV từ chỗ này trở đi (trình đọc báo: `{error}`)"
                ),
            },
            TableProblem::EmptyFile { .. } => lang.pick("the file is empty", "tệp trống"),
            TableProblem::HeaderTooWide { fields, limit } => match lang {
                Lang::En => format!(
                    "the header has {} fields, more than the limit of {}: the file's rows are not read", lang.count(*fields), lang.count(*limit)
                ),
                Lang::Vi => format!(
                    "dòng tiêu đề có {} trường, vượt giới hạn {}: các dòng của tệp không được đọc", lang.count(*fields), lang.count(*limit)
                ),
            },
            TableProblem::UnclosedQuote {
                line,
                last,
                closed: true,
            } => match lang {
                Lang::En => format!(
                    "a quote opened on line {line} is not closed before line {last}: lines {line}–{last} were read as one row, which is not read"
                ),
                Lang::Vi => format!(
                    "dấu ngoặc kép mở ở dòng {line} chưa được đóng trước dòng {last}: các dòng {line}–{last} bị đọc thành một dòng, và dòng đó không được đọc"
                ),
            },
            TableProblem::UnclosedQuote {
                line,
                last,
                closed: false,
            } if line == last => match lang {
                Lang::En => format!(
                    "a quote opened on line {line}, the file's last, is never closed: the line is not read"
                ),
                Lang::Vi => format!(
                    "dấu ngoặc kép mở ở dòng {line}, dòng cuối của tệp, không được đóng: dòng này không được đọc"
                ),
            },
            TableProblem::UnclosedQuote {
                line,
                last,
                closed: false,
            } => match lang {
                Lang::En => format!(
                    "a quote opened on line {line} is never closed: lines {line}–{last}, to the end of the file, were read as one row, which is not read"
                ),
                Lang::Vi => format!(
                    "dấu ngoặc kép mở ở dòng {line} không bao giờ được đóng: các dòng {line}–{last}, đến hết tệp, bị đọc thành một dòng, và dòng đó không được đọc"
                ),
            },
            TableProblem::TooManyFields { fields, limit } => match lang {
                Lang::En => format!("this row has {} fields, more than the limit of {}", lang.count(*fields), lang.count(*limit)),
                Lang::Vi => format!("dòng này có {} trường, vượt giới hạn {}", lang.count(*fields), lang.count(*limit)),
            },
            TableProblem::FieldTooLarge { bytes, limit } => match lang {
                Lang::En => format!("this field is {}, more than the limit of {}", lang.bytes(*bytes), lang.bytes(*limit)),
                Lang::Vi => format!("trường này có {}, vượt giới hạn {}", lang.bytes(*bytes), lang.bytes(*limit)),
            },
            TableProblem::RowsAboveHeader { count: 1, first } => match lang {
                Lang::En => format!("a row above the header is not read: `{first}`"),
                Lang::Vi => {
                    format!("một dòng phía trên dòng tiêu đề cột không được đọc: `{first}`")
                }
            },
            TableProblem::RowsAboveHeader { count, first } => match lang {
                Lang::En => format!("{count} rows above the header are not read, from `{first}`"),
                Lang::Vi => {
                    format!("{count} dòng phía trên dòng tiêu đề cột không được đọc, từ `{first}`")
                }
            },
            TableProblem::SecondColumn { kind, name, first } => {
                let (en, vi) = match kind {
                    ColumnKind::ReportingUnit => ("a second reporting unit column", "cột đơn vị báo cáo thứ hai"),
                    ColumnKind::Metric => ("a second metric column", "cột chỉ số thứ hai"),
                    ColumnKind::Value => ("a second value column", "cột giá trị thứ hai"),
                    ColumnKind::Period => ("a second period column", "cột kỳ báo cáo thứ hai"),
                    ColumnKind::UnitOfMeasure => ("a second unit of measure column", "cột đơn vị tính thứ hai"),
                    ColumnKind::Other => ("a second column of its kind", "cột cùng loại thứ hai"),
                };
                match lang {
                    Lang::En => format!("`{name}` is {en} (the first is `{first}`)"),
                    Lang::Vi => format!("`{name}` là {vi} (cột thứ nhất là `{first}`)"),
                }
            }
            TableProblem::NoMetricValueColumns => pick(
                (
                    "the header row has no `metric` and `value` columns",
                    "dòng tiêu đề không có cột `metric` và `value`",
                ),
                lang,
            ),
            TableProblem::ColumnNotUsed { name } => match lang {
                Lang::En => format!("column `{name}` is not used"),
                Lang::Vi => format!("cột `{name}` không được dùng"),
            },
            TableProblem::TooFewFields { fields, header } => match lang {
                Lang::En => format!("this row has {fields} fields but the header has {header}"),
                Lang::Vi => format!("dòng này có {fields} trường nhưng dòng tiêu đề có {header}"),
            },
            TableProblem::BeyondHeader { field, columns } => match lang {
                Lang::En => format!(
                    "field {field} lies beyond the header's {columns} columns: the row is not read"
                ),
                Lang::Vi => format!(
                    "trường {field} nằm ngoài {columns} cột của dòng tiêu đề: dòng này không được đọc"
                ),
            },
            TableProblem::RowNamesTwo {
                part,
                first,
                second,
            } => {
                let (en, vi) = match part {
                    RowPart::Metric => ("names two metrics", "ghi hai chỉ số"),
                    RowPart::ReportingUnit => ("names two reporting units", "ghi hai đơn vị báo cáo"),
                    RowPart::Period => ("gives two periods", "ghi hai kỳ báo cáo"),
                };
                match lang {
                    Lang::En => format!("this row {en}: `{first}` and `{second}`"),
                    Lang::Vi => format!("dòng này {vi}: `{first}` và `{second}`"),
                }
            }
            TableProblem::NoMetricName => pick(
                ("this row has no metric name", "dòng này không có tên chỉ số"),
                lang,
            ),
            TableProblem::DamagedName { part, name, first } => {
                let code = u32::from(*first);
                let (en, vi) = match part {
                    RowPart::Metric => ("the metric name", "tên chỉ số"),
                    RowPart::ReportingUnit => ("the unit name", "tên đơn vị"),
                    RowPart::Period => ("the period", "kỳ báo cáo"),
                };
                match lang {
                    Lang::En => format!(
                        "{en} `{name}` holds a control character (U+{code:04X}): the file is damaged here, and its value is not read"
                    ),
                    Lang::Vi => format!(
                        "{vi} `{name}` có ký tự điều khiển (U+{code:04X}): tệp bị hỏng ở chỗ này, và giá trị của nó không được đọc"
                    ),
                }
            }
            TableProblem::AmbiguousUnitColumn {
                column,
                measure,
                name,
            } => match lang {
                Lang::En => format!(
                    "column `{column}` holds both units of measure (`{measure}`) and names of reporting units (`{name}`)"
                ),
                Lang::Vi => format!(
                    "cột `{column}` có cả đơn vị tính (`{measure}`) lẫn tên đơn vị báo cáo (`{name}`)"
                ),
            },
            TableProblem::SplitNumber { joined, .. } => match lang {
                Lang::En => format!(
                    "`{joined}` is one number split by the commas that separate the fields"
                ),
                Lang::Vi => format!("`{joined}` là một số bị các dấu phẩy phân cách trường tách ra"),
            },
            TableProblem::UnitNamesNone { text } => match lang {
                Lang::En => format!(
                    "the reporting unit `{text}` names no unit: the row's values are given to the file's unit"
                ),
                Lang::Vi => format!(
                    "đơn vị báo cáo `{text}` không nêu đơn vị nào: giá trị của dòng được tính cho đơn vị của tệp"
                ),
            },
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let words = match self {
            TableProblem::RowsAboveHeader { .. } => {
                ("above the header", "phía trên dòng tiêu đề cột")
            }
            TableProblem::SecondColumn { .. } => ("second column", "cột thứ hai"),
            TableProblem::BeyondHeader { .. } => ("beyond the header", "ngoài dòng tiêu đề"),
            TableProblem::RowNamesTwo { .. } => {
                ("differs from the first column", "khác với cột thứ nhất")
            }
            TableProblem::AmbiguousUnitColumn { .. } => (
                "unit of measure or reporting unit?",
                "đơn vị tính hay đơn vị báo cáo?",
            ),
            TableProblem::SplitNumber { .. } => ("split number", "số bị tách"),
            TableProblem::UnitNamesNone { .. } => ("no unit", "không có đơn vị"),
            TableProblem::UnclosedQuote { .. } => ("opened here", "mở ở đây"),
            TableProblem::HeaderTooWide { .. } => ("past the limit", "vượt giới hạn"),
            TableProblem::DamagedName { .. } => ("damaged", "bị hỏng"),
            TableProblem::CsvUnreadable { .. }
            | TableProblem::EmptyFile { .. }
            | TableProblem::TooManyFields { .. }
            | TableProblem::FieldTooLarge { .. }
            | TableProblem::NoMetricValueColumns
            | TableProblem::ColumnNotUsed { .. }
            | TableProblem::TooFewFields { .. }
            | TableProblem::NoMetricName => return None,
        };
        Some(pick(words, lang))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        let words = match self {
            TableProblem::CsvUnreadable { .. } => (
                "check the quotes in this row",
                "kiểm tra các dấu ngoặc kép trong dòng này",
            ),
            TableProblem::EmptyFile { separator } => {
                // A tab is named: shown, it would be replaced, as every
                // character that acts is.
                return Some(match (separator, lang) {
                    ('\t', Lang::En) => {
                        "the first row must name the columns, e.g. `metric` and `value` separated by a tab".to_string()
                    }
                    ('\t', Lang::Vi) => {
                        "dòng đầu phải ghi tên cột, ví dụ `metric` và `value` cách nhau bằng một dấu tab".to_string()
                    }
                    (s, Lang::En) => {
                        format!("the first row must name the columns, e.g. `metric{s}value`")
                    }
                    (s, Lang::Vi) => format!("dòng đầu phải ghi tên cột, ví dụ `metric{s}value`"),
                });
            }
            TableProblem::HeaderTooWide { .. } => (
                "the header is the row that names the columns; check its separators, or cut the columns chitieu does not read",
                "dòng tiêu đề là dòng ghi tên các cột; kiểm tra dấu phân cách của nó, hoặc bỏ các cột chitieu không đọc",
            ),
            TableProblem::UnclosedQuote { .. } => (
                "close the quote where its field ends, or remove it: the rows it ran over are then read",
                "đóng dấu ngoặc kép ở chỗ trường kết thúc, hoặc bỏ nó đi: khi đó các dòng bị nuốt sẽ được đọc",
            ),
            TableProblem::TooManyFields { .. } | TableProblem::FieldTooLarge { .. } => (
                "the row is skipped; check the separators and quotes of this row",
                "dòng này bị bỏ qua; kiểm tra dấu phân cách và dấu ngoặc kép của dòng",
            ),
            TableProblem::RowsAboveHeader { .. } => (
                "the header is the first row that names the metric and value columns; put data below it",
                "dòng tiêu đề cột là dòng đầu tiên có cột chỉ tiêu và giá trị; hãy đặt số liệu bên dưới nó",
            ),
            TableProblem::SecondColumn { .. } => (
                "keep one of them; rows whose two columns differ are reported",
                "giữ lại một cột; các dòng có hai cột khác nhau sẽ được báo",
            ),
            // Said without a separator: the file's own may be `,`, `;` or a
            // tab, or a workbook's cells.
            TableProblem::NoMetricValueColumns => (
                "the first row must name the columns: `metric` and `value`, and `unit` for several units",
                "dòng đầu phải ghi tên cột: `metric` và `value`, thêm `unit` khi có nhiều đơn vị",
            ),
            TableProblem::ColumnNotUsed { .. } => (
                "chitieu reads the columns `unit`, `metric`, `value`, `unit_of_measure`, `period` and `note`, or their Vietnamese names",
                "chitieu đọc các cột `unit`, `metric`, `value`, `unit_of_measure`, `period` và `note`, hoặc tên tiếng Việt của chúng",
            ),
            TableProblem::TooFewFields { .. } => (
                "each row needs at least a metric and a value",
                "mỗi dòng cần ít nhất một chỉ số và một giá trị",
            ),
            TableProblem::BeyondHeader { .. } => (
                "remove the extra separator, quote a field that holds one, or name the column in the header",
                "bỏ dấu phân cách thừa, đặt trong ngoặc kép trường có chứa dấu phân cách, hoặc đặt tên cột trong dòng tiêu đề",
            ),
            TableProblem::RowNamesTwo { .. } => (
                "the row is not read; keep one of the two columns",
                "dòng này không được đọc; giữ lại một trong hai cột",
            ),
            TableProblem::NoMetricName => (
                "name the metric in the `metric` column",
                "ghi tên chỉ số ở cột `metric`",
            ),
            TableProblem::DamagedName { .. } => (
                "retype the name in the file; a copy from the sender may be whole",
                "gõ lại tên trong tệp; bản gốc từ nơi gửi có thể còn nguyên",
            ),
            TableProblem::UnitNamesNone { .. } => (
                "write the unit's name, or leave the cell empty where the row is the file's unit's",
                "ghi tên đơn vị, hoặc để trống ô nếu dòng là của đơn vị của tệp",
            ),
            TableProblem::AmbiguousUnitColumn { .. } => (
                "name it `đơn vị tính` for units of measure or `đơn vị báo cáo` for reporting units; the file's rows are not read until then",
                "đặt tên cột là `đơn vị tính` nếu ghi đơn vị tính, hoặc `đơn vị báo cáo` nếu ghi đơn vị báo cáo; cho đến khi đó các dòng của tệp không được đọc",
            ),
            TableProblem::SplitNumber { readings, .. } => {
                let (en, vi) = (
                    "quote it or write it without a separator",
                    "đặt số trong ngoặc kép hoặc viết không có dấu phân cách",
                );
                return Some(match (readings.as_slice(), lang) {
                    ([one], Lang::En) => format!("{en}: `{one}`"),
                    ([one], Lang::Vi) => format!("{vi}: `{one}`"),
                    ([a, b, ..], Lang::En) => format!("{en}: `{a}` or `{b}`"),
                    ([a, b, ..], Lang::Vi) => format!("{vi}: `{a}` hoặc `{b}`"),
                    ([], _) => lang.pick(en, vi),
                });
            }
        };
        Some(pick(words, lang))
    }
}
