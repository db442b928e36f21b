//! The problems found in the syntax of plans (family 1, and the impossible
//! dates the parser meets), as typed values: each kind with its arguments,
//! written in each language here (see [`crate::diagnostic::Describe`]).

use crate::diagnostic::{Code, Describe};
use crate::i18n::{quoted, Lang};

pub use super::slips::{Slip, UnitKind};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// A statement that does not follow the grammar: what could have stood
    /// where it went wrong (nothing said when the grammar names nothing a
    /// planner would mean), and what stands there.
    Unexpected {
        expected: Option<Expected>,
        found: Found,
        hint: Option<SyntaxHint>,
    },
    UnterminatedText,
    /// A number with more digits than can be held exactly, as written.
    TooManyDigits {
        text: String,
    },
    /// A formula nested deeper, or with more operators, than the limit.
    FormulaTooDeep {
        limit: usize,
        operators: bool,
    },
    FileTooLarge {
        bytes: usize,
        limit: usize,
    },
    TooManyStatements {
        count: usize,
        limit: usize,
    },
    NotUtf8(NotUtf8),
    UnknownStatement {
        keyword: String,
        suggestion: Option<String>,
    },
    /// A word the plan language does not know where a keyword of `kind`
    /// stands (`scoring lineer`).
    UnknownWord {
        kind: WordKind,
        word: String,
        suggestion: Option<String>,
    },
    /// A clause given twice in one statement (`points 2 points 3`).
    RepeatedClause {
        clause: String,
    },
    /// A control or invisible character inside a text.
    InvisibleCharacter {
        character: char,
    },
    /// A date that is not in the calendar, as written.
    ImpossibleDate {
        text: String,
        why: DateError,
    },
    /// A value written as people write it elsewhere (`60,5%`, `60 %`,
    /// `15 minutes`, `1 giờ`), with the value as the plan language writes it.
    ValueSlip {
        written: String,
        fixed: String,
        slip: Slip,
    },
    /// A grade's test compares the total with a bare number (`>= 90`): a
    /// share of the maximum or points? The test as written.
    GradeNumberWithoutUnit {
        written: String,
    },
}

/// What the grammar could have accepted where a statement went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// After a target's metric name: a comparison or a range.
    ComparisonOrRange,
    /// After `metric NAME`: a type or a formula.
    TypeOrFormula,
    /// One of these, in this order.
    OneOf(Vec<Expectation>),
}

/// One thing the grammar could have accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expectation {
    /// A clause, by the keywords that start one.
    Clause(Vec<&'static str>),
    Name,
    Text,
    Value,
    Comparison,
    /// A keyword or a sign, as written (`in`, `:`, `)`, `tiers`).
    Word(&'static str),
    RangeSeparator,
    Operand,
    Operator,
    IfComparison,
    Statement,
    EndOfStatement,
}

/// What stands where a statement went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The token as written (at most 40 characters of it).
    Token(String),
    /// A control or invisible character, which would show as nothing.
    Invisible(char),
    EndOfStatement,
}

/// Advice for a statement that does not follow the grammar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxHint {
    /// A name runs into letters that are not ASCII (`tỷ_lệ`).
    AsciiNames,
    /// A statement's keyword stands in the middle of another statement.
    OwnLine,
    /// `by DATE` on a task, which is due by its `due`.
    TaskBy,
    /// Well-formed examples of the statement the line starts with.
    Example {
        keyword: String,
        examples: &'static [&'static str],
    },
}

/// Why a plan file is not UTF-8 text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotUtf8 {
    Utf16,
    NulByte,
    /// A byte that cannot start a character where it stands.
    Byte(u8),
}

/// The kind of keyword an unknown word stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    MetricType,
    ScoringRule,
    NotApplicableRule,
    /// What a grade's test compares (`met`, `not_met`, `missing`).
    GradeMeasure,
    /// What `default rank_by` orders units by.
    RankBy,
    /// How often an `every` clause repeats.
    Recurrence,
    /// How a metric rolls up (`rollup sum`).
    Rollup,
}

/// Why a written date is not in the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    NotADate,
    NoMonth(u32),
    DaysInMonth { month: u32, year: i32, days: u32 },
}

impl Describe for SyntaxProblem {
    fn code(&self) -> Code {
        match self {
            SyntaxProblem::Unexpected { .. } => Code::SyntaxError,
            SyntaxProblem::UnterminatedText => Code::UnterminatedString,
            SyntaxProblem::TooManyDigits { .. } => Code::InvalidNumber,
            SyntaxProblem::FormulaTooDeep { .. } => Code::NestingTooDeep,
            SyntaxProblem::FileTooLarge { .. } => Code::FileTooLarge,
            SyntaxProblem::TooManyStatements { .. } => Code::TooManyStatements,
            SyntaxProblem::NotUtf8(_) => Code::NotUtf8,
            SyntaxProblem::UnknownStatement { .. } => Code::UnknownStatement,
            SyntaxProblem::UnknownWord { .. } => Code::UnknownWord,
            SyntaxProblem::RepeatedClause { .. } => Code::RepeatedClause,
            SyntaxProblem::InvisibleCharacter { .. } => Code::ControlCharacter,
            SyntaxProblem::ImpossibleDate { .. } => Code::ImpossibleDate,
            SyntaxProblem::ValueSlip {
                slip: Slip::Unit { .. },
                ..
            } => Code::UnitNotTaken,
            SyntaxProblem::ValueSlip {
                slip: Slip::Comparison,
                ..
            } => Code::SyntaxError,
            SyntaxProblem::ValueSlip { .. } => Code::NumberSpelling,
            SyntaxProblem::GradeNumberWithoutUnit { .. } => Code::GradeNumberWithoutUnit,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        match self {
            SyntaxProblem::Unexpected {
                expected, found, ..
            } => unexpected(lang, expected.as_ref(), found),
            SyntaxProblem::UnterminatedText => match lang {
                En => "this text has no closing quote",
                Vi => "đoạn văn bản này thiếu dấu ngoặc kép đóng",
            }
            .to_string(),
            SyntaxProblem::TooManyDigits { text } => match lang {
                En => format!("`{text}` cannot be held exactly"),
                Vi => format!("`{text}` không lưu chính xác được"),
            },
            SyntaxProblem::FormulaTooDeep { limit, operators } => match (lang, operators) {
                (En, false) => format!("the formula nests more than {limit} levels deep"),
                (Vi, false) => format!("công thức lồng sâu quá {limit} cấp"),
                (En, true) => format!("the formula has more than {limit} operators"),
                (Vi, true) => format!("công thức có hơn {limit} phép toán"),
            },
            SyntaxProblem::FileTooLarge { bytes, limit } => {
                let (bytes, limit) = (lang.bytes(*bytes), lang.bytes(*limit));
                match lang {
                    En => format!("the plan file is {bytes}, more than the limit of {limit}"),
                    Vi => format!("tệp kế hoạch có {bytes}, vượt giới hạn {limit}"),
                }
            }
            SyntaxProblem::TooManyStatements { count, limit } => {
                let (count, limit) = (lang.count(*count), lang.count(*limit));
                match lang {
                    En => format!(
                        "the plan has {count} statements, more than the limit of {limit}"
                    ),
                    Vi => format!("kế hoạch có {count} câu lệnh, vượt giới hạn {limit}"),
                }
            }
            SyntaxProblem::NotUtf8(why) => match (lang, why) {
                (En, NotUtf8::Utf16) => "the file is UTF-16 text, not UTF-8".to_string(),
                (Vi, NotUtf8::Utf16) => "tệp là văn bản UTF-16, không phải UTF-8".to_string(),
                (En, NotUtf8::NulByte) => {
                    "the file contains a NUL byte, so it is not text".to_string()
                }
                (Vi, NotUtf8::NulByte) => "tệp chứa byte NUL nên không phải văn bản".to_string(),
                (En, NotUtf8::Byte(byte)) => format!(
                    "the file is not UTF-8 text: byte 0x{byte:02X} cannot start a character here"
                ),
                (Vi, NotUtf8::Byte(byte)) => format!(
                    "tệp không phải văn bản UTF-8: byte 0x{byte:02X} không thể mở đầu một ký tự ở đây"
                ),
            },
            SyntaxProblem::UnknownStatement { keyword, .. } => match lang {
                En => format!("unknown statement `{keyword}`"),
                Vi => format!("câu lệnh không xác định `{keyword}`"),
            },
            SyntaxProblem::UnknownWord { kind, word, .. } => match (lang, kind) {
                (En, WordKind::MetricType) => format!("unknown metric type `{word}`"),
                (Vi, WordKind::MetricType) => format!("kiểu chỉ số không xác định `{word}`"),
                (En, WordKind::ScoringRule) => format!("unknown scoring rule `{word}`"),
                (Vi, WordKind::ScoringRule) => format!("cách tính điểm không xác định `{word}`"),
                (En, WordKind::NotApplicableRule) => {
                    format!("unknown not-applicable rule `{word}`")
                }
                (Vi, WordKind::NotApplicableRule) => {
                    format!("quy tắc không áp dụng không xác định `{word}`")
                }
                (En, WordKind::GradeMeasure) => {
                    format!("a grade cannot test `{word}`")
                }
                (Vi, WordKind::GradeMeasure) => {
                    format!("xếp loại không xét được `{word}`")
                }
                (En, WordKind::RankBy) => format!("units cannot be ranked by `{word}`"),
                (Vi, WordKind::RankBy) => format!("không xếp hạng đơn vị theo `{word}` được"),
                (En, WordKind::Recurrence) => format!("a target cannot repeat every `{word}`"),
                (Vi, WordKind::Recurrence) => format!("chỉ tiêu không lặp lại theo `{word}` được"),
                (En, WordKind::Rollup) => format!("a metric cannot roll up by `{word}`"),
                (Vi, WordKind::Rollup) => format!("không cộng dồn chỉ số theo `{word}` được"),
            },
            SyntaxProblem::RepeatedClause { clause } => match lang {
                En => format!("`{clause}` is given twice"),
                Vi => format!("`{clause}` được khai hai lần"),
            },
            SyntaxProblem::InvisibleCharacter { character } => {
                let code = u32::from(*character);
                match lang {
                    En => format!("this text holds the invisible character U+{code:04X}"),
                    Vi => format!("đoạn văn bản này chứa ký tự vô hình U+{code:04X}"),
                }
            }
            SyntaxProblem::ImpossibleDate { text, why } => match (lang, why) {
                (En, DateError::NotADate) => format!("`{text}` is not a date"),
                (Vi, DateError::NotADate) => format!("`{text}` không phải là ngày"),
                (En, DateError::NoMonth(month)) => {
                    format!("`{text}` does not exist: there is no month {month}")
                }
                (Vi, DateError::NoMonth(month)) => {
                    format!("`{text}` không có thật: không có tháng {month}")
                }
                (En, DateError::DaysInMonth { month, year, days }) => {
                    format!("`{text}` does not exist: month {month} of {year} has {days} days")
                }
                (Vi, DateError::DaysInMonth { month, year, days }) => {
                    format!("`{text}` không có thật: tháng {month} năm {year} có {days} ngày")
                }
            },
            SyntaxProblem::ValueSlip { written, slip, .. } => slip_message(lang, written, slip),
            SyntaxProblem::GradeNumberWithoutUnit { written } => match lang {
                En => format!("`{written}`: is the number a percentage or points?"),
                Vi => format!("`{written}`: con số là tỷ lệ phần trăm hay số điểm?"),
            },
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            SyntaxProblem::TooManyDigits { .. } => ("too many digits", "quá nhiều chữ số"),
            SyntaxProblem::RepeatedClause { .. } => ("given again here", "khai lại ở đây"),
            SyntaxProblem::InvisibleCharacter { .. } => ("invisible character", "ký tự vô hình"),
            SyntaxProblem::ImpossibleDate { .. } => ("not in the calendar", "không có trong lịch"),
            SyntaxProblem::GradeNumberWithoutUnit { .. } => {
                ("`%` or `points`?", "`%` hay `points`?")
            }
            SyntaxProblem::ValueSlip { slip, .. } => match slip {
                Slip::DecimalComma => ("decimal comma", "dấu phẩy thập phân"),
                Slip::DigitGroups(_) => ("grouped digits", "chữ số tách nhóm"),
                Slip::SpaceBeforePercent => ("space before `%`", "dấu cách trước `%`"),
                Slip::Unit { .. } => ("unit plans do not take", "đơn vị kế hoạch không nhận"),
                Slip::Comparison => (
                    "comparison plans do not take",
                    "phép so sánh kế hoạch không nhận",
                ),
            },
            _ => return None,
        };
        Some(lang.pick(en, vi))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use Lang::{En, Vi};
        let (en, vi) = match self {
            SyntaxProblem::Unexpected { hint, .. } => return hint.as_ref().map(|h| h.text(lang)),
            SyntaxProblem::UnterminatedText => (
                "end the text with `\"` on the same line",
                "kết thúc văn bản bằng `\"` trên cùng dòng",
            ),
            SyntaxProblem::TooManyDigits { .. } => (
                "use at most 28 significant digits",
                "dùng tối đa 28 chữ số có nghĩa",
            ),
            SyntaxProblem::FormulaTooDeep { .. } => (
                "remove needless parentheses or split the formula into derived metrics",
                "bỏ bớt ngoặc thừa hoặc tách công thức thành các chỉ số suy ra",
            ),
            SyntaxProblem::FileTooLarge { .. } => (
                "check that this is the plan file you meant",
                "kiểm tra xem đây có đúng là tệp kế hoạch cần dùng",
            ),
            SyntaxProblem::TooManyStatements { .. } => (
                "split the plan into several files",
                "tách kế hoạch thành nhiều tệp",
            ),
            SyntaxProblem::NotUtf8(NotUtf8::Utf16) => (
                "save the file as UTF-8 (Notepad: Save as → Encoding: UTF-8)",
                "lưu tệp dạng UTF-8 (Notepad: Save as → Encoding: UTF-8)",
            ),
            SyntaxProblem::NotUtf8(NotUtf8::NulByte) => (
                "check that this is a plan file; plan files are UTF-8 text",
                "kiểm tra xem đây có phải tệp kế hoạch; tệp kế hoạch là văn bản UTF-8",
            ),
            SyntaxProblem::NotUtf8(NotUtf8::Byte(_)) => (
                "save the file as UTF-8; legacy code pages such as Windows-1258 are not read",
                "lưu tệp dạng UTF-8; bảng mã cũ như Windows-1258 không đọc được",
            ),
            SyntaxProblem::UnknownStatement {
                suggestion: Some(name),
                ..
            } => return Some(did_you_mean(lang, name)),
            SyntaxProblem::UnknownStatement {
                suggestion: None, ..
            } => (
                "a statement starts with `plan`, `period`, `extends`, `default`, `owner`, `metric`, `section`, `target`, `task`, `override`, `drop` or `grade`; indent a line to continue the statement above",
                "câu lệnh bắt đầu bằng `plan`, `period`, `extends`, `default`, `owner`, `metric`, `section`, `target`, `task`, `override`, `drop` hoặc `grade`; thụt đầu dòng để viết tiếp câu lệnh phía trên",
            ),
            SyntaxProblem::UnknownWord {
                kind, suggestion, ..
            } => {
                let list = kind.keywords();
                let known = match (lang, kind) {
                    (En, WordKind::MetricType) => format!("the metric types are {list}"),
                    (Vi, WordKind::MetricType) => format!("các kiểu chỉ số là {list}"),
                    (En, WordKind::ScoringRule) => format!("the scoring rules are {list}"),
                    (Vi, WordKind::ScoringRule) => format!("các cách tính điểm là {list}"),
                    (En, WordKind::NotApplicableRule) => {
                        format!("the not-applicable rules are {list}")
                    }
                    (Vi, WordKind::NotApplicableRule) => {
                        format!("các quy tắc không áp dụng là {list}")
                    }
                    (En, WordKind::GradeMeasure) => format!(
                        "a grade tests the total (`>= 90%`, `> 90 points`) or the targets and tasks {list}"
                    ),
                    (Vi, WordKind::GradeMeasure) => format!(
                        "xếp loại xét tổng điểm (`>= 90%`, `> 90 points`) hoặc các chỉ tiêu và nhiệm vụ {list}"
                    ),
                    (En, WordKind::RankBy) => format!("units are ranked by {list}"),
                    (Vi, WordKind::RankBy) => format!("đơn vị được xếp hạng theo {list}"),
                    (En, WordKind::Recurrence) => format!("a target repeats every {list}"),
                    (Vi, WordKind::Recurrence) => {
                        format!("chỉ tiêu lặp lại theo {list} (năm, nửa năm, quý, tháng)")
                    }
                    (En, WordKind::Rollup) => format!("a metric rolls up by {list}"),
                    (Vi, WordKind::Rollup) => format!("chỉ số được cộng dồn theo {list}"),
                };
                return Some(match suggestion {
                    Some(name) => format!("{} {known}", did_you_mean(lang, name)),
                    None => known,
                });
            }
            SyntaxProblem::RepeatedClause { clause } => {
                return Some(match lang {
                    En => format!("keep one `{clause}` clause"),
                    Vi => format!("giữ lại một mệnh đề `{clause}`"),
                })
            }
            SyntaxProblem::InvisibleCharacter { .. } => (
                "delete it and retype the text around it",
                "xóa nó và gõ lại phần văn bản quanh nó",
            ),
            SyntaxProblem::ImpossibleDate { .. } => (
                "dates are written year-month-day, e.g. `2025-09-10`",
                "ngày viết theo năm-tháng-ngày, ví dụ `2025-09-10`",
            ),
            SyntaxProblem::ValueSlip { fixed, slip, .. } => {
                return Some(slip_hint(lang, fixed, slip))
            }
            SyntaxProblem::GradeNumberWithoutUnit { .. } => (
                "write `>= 90%` for a share of the maximum, or `>= 90 points` for points",
                "viết `>= 90%` cho tỷ lệ trên điểm tối đa, hoặc `>= 90 points` cho số điểm",
            ),
        };
        Some(lang.pick(en, vi))
    }
}

/// What is wrong with a value written as people write it elsewhere.
fn slip_message(lang: Lang, written: &str, slip: &Slip) -> String {
    use Lang::{En, Vi};
    match (lang, slip) {
        (En, Slip::DecimalComma) => format!("`{written}` is written with a decimal comma"),
        (Vi, Slip::DecimalComma) => format!("`{written}` viết bằng dấu phẩy thập phân"),
        (En, Slip::DigitGroups(sep)) => format!("`{written}` groups its digits with `{sep}`"),
        (Vi, Slip::DigitGroups(sep)) => format!("`{written}` tách nhóm chữ số bằng `{sep}`"),
        (En, Slip::SpaceBeforePercent) => format!("`{written}` has a space before `%`"),
        (Vi, Slip::SpaceBeforePercent) => format!("`{written}` có dấu cách trước `%`"),
        (En, Slip::Unit { word, .. }) => {
            format!("`{written}`: plans do not take the unit `{word}`")
        }
        (Vi, Slip::Unit { word, .. }) => {
            format!("`{written}`: kế hoạch không nhận đơn vị `{word}`")
        }
        (En, Slip::Comparison) => format!("`{written}` is not a comparison plans take"),
        (Vi, Slip::Comparison) => format!("`{written}` không phải phép so sánh kế hoạch nhận"),
    }
}

/// The value as the plan language writes it, and why.
fn slip_hint(lang: Lang, fixed: &str, slip: &Slip) -> String {
    use Lang::{En, Vi};
    match (lang, slip) {
        (En, Slip::DecimalComma) => format!("write `{fixed}`: plans use a decimal point"),
        (Vi, Slip::DecimalComma) => {
            format!("viết `{fixed}`: kế hoạch dùng dấu chấm thập phân")
        }
        (En, Slip::DigitGroups(_)) => format!("write `{fixed}`: plans group digits with `_`"),
        (Vi, Slip::DigitGroups(_)) => {
            format!("viết `{fixed}`: kế hoạch tách nhóm chữ số bằng `_`")
        }
        (En, Slip::SpaceBeforePercent) => {
            format!("write `{fixed}`: `%` follows the number without a space")
        }
        (Vi, Slip::SpaceBeforePercent) => format!("viết `{fixed}`: `%` viết liền sau số"),
        (En, Slip::Unit { kind, .. }) => match kind {
            UnitKind::Minutes => {
                format!("write `{fixed}`: durations are in minutes, `min` or `phút`")
            }
            UnitKind::Days => format!(
                "write `{fixed}`: days are `days` or `ngày`, working days `working_days` or `ngày làm việc`"
            ),
            UnitKind::Money => format!("write `{fixed}`: money is in `VND`, `đồng` or `đ`"),
            UnitKind::Percent => format!("write `{fixed}`: a share is written with `%`"),
            UnitKind::Count => {
                format!("write `{fixed}`: a count is a bare number, its metric says what it counts")
            }
        },
        (Vi, Slip::Unit { kind, .. }) => match kind {
            UnitKind::Minutes => {
                format!("viết `{fixed}`: thời lượng tính bằng phút, `min` hoặc `phút`")
            }
            UnitKind::Days => format!(
                "viết `{fixed}`: số ngày ghi `days` hoặc `ngày`, ngày làm việc ghi `working_days` hoặc `ngày làm việc`"
            ),
            UnitKind::Money => format!("viết `{fixed}`: tiền tính bằng `VND`, `đồng` hoặc `đ`"),
            UnitKind::Percent => format!("viết `{fixed}`: tỷ lệ viết với `%`"),
            UnitKind::Count => {
                format!("viết `{fixed}`: số đếm là số trần, chỉ số đã nói nó đếm gì")
            }
        },
        (En, Slip::Comparison) => {
            format!("write `{fixed}`: plans compare with `>=`, `>`, `<=`, `<` and `==`")
        }
        (Vi, Slip::Comparison) => {
            format!("viết `{fixed}`: kế hoạch so sánh bằng `>=`, `>`, `<=`, `<` và `==`")
        }
    }
}

/// "did you mean `name`?"
pub(crate) fn did_you_mean(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("did you mean `{name}`?"),
        Lang::Vi => format!("có phải ý bạn là `{name}`?"),
    }
}

/// The message of a statement that does not follow the grammar.
fn unexpected(lang: Lang, expected: Option<&Expected>, found: &Found) -> String {
    let found = found.text(lang);
    match (lang, expected) {
        (Lang::En, None) => format!("unexpected {found}"),
        (Lang::Vi, None) => format!("không mong đợi {found}"),
        (Lang::En, Some(Expected::ComparisonOrRange)) => format!(
            "expected a comparison such as `>=`, a range such as `in 95%..100%`, or a clause (`points`, `scoring`, `owner`, ...) after the metric name, found {found}"
        ),
        (Lang::Vi, Some(Expected::ComparisonOrRange)) => format!(
            "sau tên chỉ số cần một phép so sánh như `>=`, một khoảng như `in 95%..100%`, hoặc một mệnh đề (`points`, `scoring`, `owner`, ...), nhưng gặp {found}"
        ),
        (Lang::En, Some(Expected::TypeOrFormula)) => format!(
            "expected `:` and a type (`metric name: count`) or `=` and a formula (`metric name = a / b`), found {found}"
        ),
        (Lang::Vi, Some(Expected::TypeOrFormula)) => format!(
            "cần `:` và một kiểu (`metric ten: count`) hoặc `=` và một công thức (`metric ten = a / b`), nhưng gặp {found}"
        ),
        (Lang::En, Some(Expected::OneOf(list))) => {
            format!("expected {}, found {found}", one_of(lang, list))
        }
        (Lang::Vi, Some(Expected::OneOf(list))) => {
            format!("cần {}, nhưng gặp {found}", one_of(lang, list))
        }
    }
}

/// Alternatives as a sentence writes them: `a, b or c` (`a, b hoặc c`).
fn one_of(lang: Lang, list: &[Expectation]) -> String {
    // An operator or a closing bracket reads as one list of signs.
    if lang == Lang::Vi && list == [Expectation::Operator, Expectation::Word(")")].as_slice() {
        return "một phép toán `+`, `-`, `*`, `/` hoặc `)`".to_string();
    }
    let mut phrases: Vec<String> = list.iter().map(|e| e.text(lang)).collect();
    let Some(last) = phrases.pop() else {
        return String::new();
    };
    if phrases.is_empty() {
        return last;
    }
    // After a phrase that has its own `hoặc`, a comma keeps the last
    // alternative apart.
    let apart = phrases.last().is_some_and(|p| p.contains(" hoặc "));
    let head = phrases.join(", ");
    match lang {
        Lang::En => format!("{head} or {last}"),
        Lang::Vi if apart => format!("{head}, hoặc {last}"),
        Lang::Vi => format!("{head} hoặc {last}"),
    }
}

impl Expectation {
    fn text(&self, lang: Lang) -> String {
        let (en, vi) = match self {
            Expectation::Clause(keywords) => {
                let list = quoted(keywords);
                return match lang {
                    Lang::En => format!("a clause ({list})"),
                    Lang::Vi => format!("một mệnh đề ({list})"),
                };
            }
            Expectation::Word(word) => return format!("`{word}`"),
            Expectation::Name => (
                "a name such as `on_time_ratio`",
                "một tên như `on_time_ratio`",
            ),
            Expectation::Text => (
                "a text in double quotes",
                "một đoạn văn bản trong ngoặc kép",
            ),
            Expectation::Value => (
                "a value such as `95%`, `0.6`, `15 min`, `2025-09-10` or `true`",
                "một giá trị như `95%`, `0.6`, `15 min`, `2025-09-10` hoặc `true`",
            ),
            Expectation::Comparison => ("a comparison such as `>=`", "một phép so sánh như `>=`"),
            Expectation::RangeSeparator => (
                "`..` between the two ends of the range",
                "`..` giữa hai đầu của khoảng",
            ),
            Expectation::Operand => (
                "a metric name, a number or `(`",
                "một tên chỉ số, một số hoặc `(`",
            ),
            Expectation::Operator => (
                "an operator `+`, `-`, `*` or `/`",
                "một phép toán `+`, `-`, `*` hoặc `/`",
            ),
            Expectation::IfComparison => (
                "`if` and a comparison, as in `2 if >= 100%`",
                "`if` và một phép so sánh, như `2 if >= 100%`",
            ),
            Expectation::Statement => (
                "a statement such as `target`, `metric` or `owner`",
                "một câu lệnh như `target`, `metric` hoặc `owner`",
            ),
            Expectation::EndOfStatement => ("the end of the statement", "hết câu lệnh"),
        };
        lang.pick(en, vi)
    }
}

impl Found {
    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Found::Token(token), _) => format!("`{token}`"),
            (Found::Invisible(c), Lang::En) => {
                format!("`U+{:04X}` (an invisible character)", u32::from(*c))
            }
            (Found::Invisible(c), Lang::Vi) => {
                format!("`U+{:04X}` (một ký tự vô hình)", u32::from(*c))
            }
            (Found::EndOfStatement, _) => lang.pick("the end of the statement", "hết câu lệnh"),
        }
    }
}

impl SyntaxHint {
    fn text(&self, lang: Lang) -> String {
        match self {
            SyntaxHint::AsciiNames => lang.pick("names use ASCII letters, digits and `_` (e.g. `ty_le_dung_han`); Vietnamese text belongs in labels",
                "tên chỉ dùng chữ cái ASCII, chữ số và `_` (ví dụ `ty_le_dung_han`); chữ tiếng Việt đặt trong nhãn (label)",
            ),
            SyntaxHint::OwnLine => lang.pick("each statement starts on a line of its own",
                "mỗi câu lệnh bắt đầu trên một dòng riêng",
            ),
            SyntaxHint::TaskBy => lang.pick(
                "a task has no milestone (`by`): it is due by its date, `task report due 2026-06-30`",
                "nhiệm vụ không có mốc (`by`): nhiệm vụ đến hạn theo ngày `due` của nó, `task report due 2026-06-30`",
            ),
            SyntaxHint::Example { keyword, examples } => match lang {
                Lang::En => {
                    // `an owner`, `an extends`, `an override` statement.
                    let article = if keyword.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "an"
                    } else {
                        "a"
                    };
                    format!(
                        "{article} `{keyword}` statement reads: {}",
                        examples.join(" or ")
                    )
                }
                Lang::Vi => format!(
                    "câu lệnh `{keyword}` viết như sau: {}",
                    examples.join(" hoặc ")
                ),
            },
        }
    }
}

impl WordKind {
    /// The keywords of this kind, each in backticks.
    fn keywords(self) -> String {
        use crate::syntax::ast::{GradeMeasure, MetricType, NaRule, RankBy, Rollup, Scoring};
        let words: Vec<&str> = match self {
            WordKind::MetricType => MetricType::ALL.iter().map(|t| t.keyword()).collect(),
            WordKind::ScoringRule => Scoring::KEYWORDS.to_vec(),
            WordKind::NotApplicableRule => NaRule::ALL.iter().map(|r| r.keyword()).collect(),
            WordKind::GradeMeasure => GradeMeasure::ALL.iter().map(|m| m.keyword()).collect(),
            WordKind::RankBy => RankBy::ALL.iter().map(|r| r.keyword()).collect(),
            WordKind::Recurrence => crate::syntax::timing::Recurrence::ALL
                .iter()
                .map(|r| r.keyword())
                .collect(),
            WordKind::Rollup => Rollup::ALL.iter().map(|r| r.keyword()).collect(),
        };
        quoted(&words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lists of alternatives no fixture reaches: three of them, and one
    /// after a phrase that has its own "or".
    #[test]
    fn alternatives_read_as_a_sentence_in_both_languages() {
        let list = [
            Expectation::Operator,
            Expectation::Text,
            Expectation::EndOfStatement,
        ];
        assert_eq!(
            one_of(Lang::En, &list),
            "an operator `+`, `-`, `*` or `/`, a text in double quotes or the end of the statement"
        );
        assert_eq!(
            one_of(Lang::Vi, &list),
            "một phép toán `+`, `-`, `*` hoặc `/`, một đoạn văn bản trong ngoặc kép hoặc hết câu lệnh"
        );
        let list = [
            Expectation::Clause(vec!["owner", "due"]),
            Expectation::Value,
            Expectation::EndOfStatement,
        ];
        assert_eq!(
            one_of(Lang::Vi, &list),
            "một mệnh đề (`owner`, `due`), một giá trị như `95%`, `0.6`, `15 min`, `2025-09-10` hoặc `true`, hoặc hết câu lệnh"
        );
    }
}
