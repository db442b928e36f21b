//! What the command line says to people outside diagnostics (a file that
//! cannot be read or written, an argument it refuses, the count of problems
//! found), as typed values written in each language. Paths and the user's
//! words are arguments, never translated; the system's messages are put into
//! the language where chitieu knows them.

use chitieu::files::Special;
use chitieu::i18n::Lang;
use chitieu::output::Unwritable;

pub enum CliMessage {
    /// A file or folder that cannot be read, and the system's reason.
    CannotRead {
        path: String,
        error: String,
    },
    CannotWrite {
        path: String,
        error: String,
    },
    CannotWriteReport {
        error: String,
    },
    /// A result to be written in a folder that does not exist.
    NoFolder {
        path: String,
        folder: String,
    },
    /// A result never written onto what stands at its path.
    Unwritable {
        path: String,
        kind: Unwritable,
    },
    /// Standard output (or error) could not take what was written.
    CannotWriteOutput {
        error: String,
    },
    CannotReadStdin {
        error: String,
    },
    /// A FIFO, socket or device among the plans: skipped.
    NotAFile {
        path: String,
        kind: Special,
    },
    /// `check` given a measurement file that does not read as a plan.
    CheckedMeasurements {
        path: String,
    },
    /// `eval`'s plan argument names a measurement file, or a folder (the
    /// arguments swapped?).
    PlanLooksLikeMeasurements {
        path: String,
        /// The plan among the other arguments, if one is there.
        plan: Option<String>,
        folder: bool,
    },
    /// `-` given to `eval` as a measurement file.
    EvalReadsNoStdin,
    /// A folder given to `fmt` with no plan file in it.
    NoPlanFiles {
        path: String,
    },
    /// `--summary` with a format it does not write (by its name).
    SummaryFormat {
        format: String,
    },
    NotACode {
        code: String,
    },
    /// Every code there is, by id.
    TheCodesAre {
        ids: Vec<&'static str>,
    },
    /// Every word of the language `explain` tells of.
    TheWordsAre {
        words: Vec<&'static str>,
    },
    SyntaxErrorsNotFormatted {
        path: String,
    },
    /// A plan with errors, which cannot be compared.
    PlanHasErrors {
        path: String,
    },
    GitDiffArguments,
    /// A version of a plan that git handed over (`a/PATH`) cannot be read.
    VersionCannotBeRead {
        name: String,
        error: String,
    },
    /// A version with errors, compared as text instead; `path` is the plan
    /// as `chitieu check` is to be given it.
    VersionHasErrors {
        name: String,
        path: String,
    },
    TextDidNotChange,
    /// `2 errors, 1 warning` (the count, in the language) in so many files.
    InFiles {
        count: String,
        files: usize,
    },
    InTheMeasurements {
        count: String,
    },
}

impl CliMessage {
    /// The message in the language of this run; a path or a word of the
    /// user's that holds a character that would act (ESC, U+202E) is shown
    /// with it replaced (see `chitieu::printable`).
    pub fn say(&self) -> String {
        let text = self.text(super::lang());
        match chitieu::printable::printable_lines(&text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(shown) => shown,
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        // The system's reason, in the language where chitieu knows it.
        let system = |error: &str| lang.system_message(error);
        match self {
            CliMessage::CannotRead { path, error } => match lang {
                Lang::En => format!("error: cannot read `{path}`: {error}"),
                Lang::Vi => format!("lỗi: không đọc được `{path}`: {}", system(error)),
            },
            CliMessage::CannotWrite { path, error } => match lang {
                Lang::En => format!("error: cannot write `{path}`: {error}"),
                Lang::Vi => format!("lỗi: không ghi được `{path}`: {}", system(error)),
            },
            CliMessage::CannotWriteReport { error } => match lang {
                Lang::En => format!("error: cannot write the report: {error}"),
                Lang::Vi => format!("lỗi: không ghi được báo cáo: {}", system(error)),
            },
            CliMessage::NoFolder { path, folder } => match lang {
                Lang::En => {
                    format!("error: cannot write `{path}`: the folder `{folder}` does not exist")
                }
                Lang::Vi => {
                    format!("lỗi: không ghi được `{path}`: thư mục `{folder}` không tồn tại")
                }
            },
            CliMessage::Unwritable { path, kind } => {
                let kind = unwritable(*kind, lang);
                match lang {
                    Lang::En => format!(
                        "error: `{path}` is {kind}: chitieu does not write over it"
                    ),
                    Lang::Vi => format!("lỗi: `{path}` là {kind}: chitieu không ghi đè lên đó"),
                }
            }
            CliMessage::CannotWriteOutput { error } => match lang {
                Lang::En => format!("error: cannot write the output: {error}"),
                Lang::Vi => format!("lỗi: không ghi được đầu ra: {}", system(error)),
            },
            CliMessage::CannotReadStdin { error } => match lang {
                Lang::En => format!("error: cannot read standard input: {error}"),
                Lang::Vi => format!("lỗi: không đọc được đầu vào chuẩn: {}", system(error)),
            },
            CliMessage::PlanLooksLikeMeasurements { path, plan, folder } => {
                let example = match lang {
                    Lang::En => "plan.plan",
                    Lang::Vi => "ke-hoach.plan",
                };
                let plan = plan.as_deref().unwrap_or(example);
                let is = match (folder, lang) {
                    (true, Lang::En) => "is a folder",
                    (false, Lang::En) => "looks like a measurement file",
                    (true, Lang::Vi) => "là thư mục",
                    (false, Lang::Vi) => "có vẻ là tệp số liệu",
                };
                match lang {
                    Lang::En => format!(
                        "error: `{path}` {is}, not a plan: `chitieu eval` takes the plan first, then the measurements (`chitieu eval {plan} {path}`)"
                    ),
                    Lang::Vi => format!(
                        "lỗi: `{path}` {is}, không phải kế hoạch: `chitieu eval` nhận kế hoạch trước, rồi đến số liệu (`chitieu eval {plan} {path}`)"
                    ),
                }
            }
            CliMessage::CheckedMeasurements { path } => match lang {
                Lang::En => format!(
                    "error: `{path}` looks like a measurement file, not a plan: `chitieu check` reads plans; `chitieu eval plan.plan {path}` scores it"
                ),
                Lang::Vi => format!(
                    "lỗi: `{path}` có vẻ là tệp số liệu, không phải kế hoạch: `chitieu check` đọc kế hoạch; `chitieu eval ke-hoach.plan {path}` chấm điểm nó"
                ),
            },
            CliMessage::EvalReadsNoStdin => match lang {
                Lang::En => "error: `chitieu eval` does not read measurements from standard input (`-`): name the file, or a folder of them".to_string(),
                Lang::Vi => "lỗi: `chitieu eval` không đọc số liệu từ đầu vào chuẩn (`-`): hãy nêu tên tệp, hoặc một thư mục chứa các tệp".to_string(),
            },
            CliMessage::NoPlanFiles { path } => match lang {
                Lang::En => format!("error[E0742]: the folder `{path}` holds no plan file"),
                Lang::Vi => format!("lỗi[E0742]: thư mục `{path}` không có tệp kế hoạch nào"),
            },
            CliMessage::NotAFile { path, kind } => {
                let kind = special(*kind, lang);
                match lang {
                    Lang::En => format!("warning: `{path}` is {kind}, not a file: skipped"),
                    Lang::Vi => format!("cảnh báo: `{path}` là {kind}, không phải tệp: bỏ qua"),
                }
            }
            CliMessage::SummaryFormat { format } => match lang {
                Lang::En => {
                    format!("error: `--summary` writes text, json, csv or html, not `{format}`")
                }
                Lang::Vi => format!(
                    "lỗi: `--summary` chỉ ghi text, json, csv hoặc html, không ghi `{format}`"
                ),
            },
            CliMessage::NotACode { code } => match lang {
                Lang::En => {
                    format!("error: `{code}` is neither a chitieu diagnostic code nor a word of its language")
                }
                Lang::Vi => format!(
                    "lỗi: `{code}` không phải mã chẩn đoán hay từ nào trong ngôn ngữ của chitieu"
                ),
            },
            CliMessage::TheCodesAre { ids } => match lang {
                Lang::En => format!("the codes are: {}", ids.join(", ")),
                Lang::Vi => format!("các mã là: {}", ids.join(", ")),
            },
            CliMessage::TheWordsAre { words } => match lang {
                Lang::En => format!("the words are: {}", words.join(", ")),
                Lang::Vi => format!("các từ là: {}", words.join(", ")),
            },
            CliMessage::SyntaxErrorsNotFormatted { path } => match lang {
                Lang::En => format!("error: `{path}` has syntax errors and was not formatted"),
                Lang::Vi => format!("lỗi: `{path}` có lỗi cú pháp nên chưa được định dạng"),
            },
            CliMessage::PlanHasErrors { path } => match lang {
                Lang::En => format!("error: `{path}` has errors; run `chitieu check` on it"),
                Lang::Vi => format!("lỗi: `{path}` có lỗi; chạy `chitieu check` với tệp này"),
            },
            CliMessage::GitDiffArguments => match lang {
                Lang::En => {
                    "error: git-diff takes the 7 arguments git passes to an external diff driver"
                }
                Lang::Vi => "lỗi: git-diff nhận 7 tham số mà git truyền cho trình so sánh ngoài",
            }
            .to_string(),
            CliMessage::VersionCannotBeRead { name, error } => match lang {
                Lang::En => format!("`{name}` cannot be read: {error}"),
                Lang::Vi => format!("không đọc được `{name}`: {}", system(error)),
            },
            CliMessage::VersionHasErrors { name, path } => match lang {
                Lang::En => format!(
                    "`{name}` has errors, so it cannot be compared by meaning (`chitieu check {path}` shows them); the text diff follows"
                ),
                Lang::Vi => format!(
                    "`{name}` có lỗi nên không so sánh được theo ý nghĩa (`chitieu check {path}` cho thấy các lỗi); sau đây là so sánh văn bản"
                ),
            },
            CliMessage::TextDidNotChange => match lang {
                Lang::En => "(the text did not change)",
                Lang::Vi => "(văn bản không thay đổi)",
            }
            .to_string(),
            CliMessage::InFiles { count, files } => match (lang, files) {
                (Lang::En, 1) => format!("{count} in 1 file"),
                (Lang::En, _) => format!("{count} in {files} files"),
                (Lang::Vi, _) => format!("{count} trong {files} tệp"),
            },
            CliMessage::InTheMeasurements { count } => match lang {
                Lang::En => format!("{count} in the measurements"),
                Lang::Vi => format!("{count} trong số liệu"),
            },
        }
    }
}

/// A kind of special file, in words.
fn special(kind: Special, lang: Lang) -> &'static str {
    kind.words(lang)
}

/// What a result is never written onto, in words.
fn unwritable(kind: Unwritable, lang: Lang) -> &'static str {
    match (kind, lang) {
        (Unwritable::Folder, Lang::En) => "a folder",
        (Unwritable::Folder, Lang::Vi) => "một thư mục",
        (Unwritable::Socket, Lang::En) => "a socket",
        (Unwritable::Socket, Lang::Vi) => "một socket",
        (Unwritable::BlockDevice, Lang::En) => "a disk (block device)",
        (Unwritable::BlockDevice, Lang::Vi) => "một ổ đĩa (thiết bị khối)",
    }
}

/// What to say when a result could not be written to `path`.
/// A path as a person sees it, a character that would act (ESC, U+202E)
/// replaced (see `chitieu::printable`); for the few places that print a
/// path on its own, outside a message.
pub fn shown(path: &std::path::Path) -> String {
    chitieu::printable::printable(&path.display().to_string()).into_owned()
}

pub fn cannot_write(path: &std::path::Path, error: chitieu::output::WriteError) -> CliMessage {
    use chitieu::output::WriteError;
    let path = path.display().to_string();
    match error {
        WriteError::NoFolder { folder } => CliMessage::NoFolder {
            path,
            folder: folder.display().to_string(),
        },
        WriteError::Unwritable { kind } => CliMessage::Unwritable { path, kind },
        WriteError::Io(error) => CliMessage::CannotWrite {
            path,
            error: error.to_string(),
        },
    }
}
