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
    (
        "No space left on device (os error 28)",
        "thiết bị hết chỗ trống (lỗi hệ điều hành 28)",
    ),
    (
        "Disk quota exceeded (os error 122)",
        "vượt hạn mức đĩa (lỗi hệ điều hành 122)",
    ),
    (
        "Read-only file system (os error 30)",
        "hệ thống tệp chỉ đọc (lỗi hệ điều hành 30)",
    ),
    (
        "Input/output error (os error 5)",
        "lỗi vào/ra (lỗi hệ điều hành 5)",
    ),
    (
        "File too large (os error 27)",
        "tệp quá lớn (lỗi hệ điều hành 27)",
    ),
    (
        "Bad file descriptor (os error 9)",
        "bộ mô tả tệp không hợp lệ (lỗi hệ điều hành 9)",
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
