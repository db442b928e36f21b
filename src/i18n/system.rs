//! What the operating system says (an I/O error as Rust shows it), in this
//! language where chitieu knows the message, else as the system says it.

use super::Lang;

/// Whole messages, as `std::io::Error` shows them on Linux, in Vietnamese.
const VI: &[(&str, &str)] = &[
    (
        "No such file or directory (os error 2)",
        "không có tệp hoặc thư mục này (lỗi hệ điều hành 2)",
    ),
    (
        "Permission denied (os error 13)",
        "không có quyền truy cập (lỗi hệ điều hành 13)",
    ),
    (
        "Is a directory (os error 21)",
        "đây là một thư mục (lỗi hệ điều hành 21)",
    ),
    (
        "File name too long (os error 36)",
        "tên tệp quá dài (lỗi hệ điều hành 36)",
    ),
    (
        "Too many levels of symbolic links (os error 40)",
        "quá nhiều tầng liên kết tượng trưng (lỗi hệ điều hành 40)",
    ),
];

impl Lang {
    /// The system's message `text` in this language.
    pub fn system_message(self, text: &str) -> String {
        let table = match self {
            Lang::En => &[][..],
            Lang::Vi => VI,
        };
        table
            .iter()
            .find(|(english, _)| *english == text)
            .map_or(text, |(_, translated)| translated)
            .to_string()
    }
}
