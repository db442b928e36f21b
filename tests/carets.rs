//! Carets land under the right characters whatever stands before them on the
//! line: Vietnamese letters (precomposed or decomposed), tabs, CRLF ends.
//! Each test reads the underline back from the rendered report and compares
//! the text above it with the text the diagnostic's span covers.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice
)]

use chitieu::diagnostic::render;
use chitieu::{check_source, SourceFile};

/// The text the first underline of the report stands under.
fn underlined(report: &str) -> String {
    let lines: Vec<&str> = report.lines().collect();
    let (row, _) = lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.contains('─') && (l.contains('┬') || l.contains('┴')) && l.contains('│'))
        .expect("an underline");
    let source_line = lines[row - 1];
    let underline = lines[row];
    let gutter = source_line.find('│').unwrap() + '│'.len_utf8();
    let columns = |text: &str| -> Vec<(usize, char)> {
        let mut col = 0;
        let mut out = Vec::new();
        for c in text.chars() {
            out.push((col, c));
            col += if ('\u{300}'..='\u{36f}').contains(&c) {
                0
            } else {
                1
            };
        }
        out
    };
    let marks: Vec<usize> = columns(&underline[gutter..])
        .into_iter()
        .filter(|(_, c)| matches!(c, '─' | '┬' | '┴'))
        .map(|(col, _)| col)
        .collect();
    let (first, last) = (marks[0], *marks.last().unwrap());
    columns(&source_line[gutter..])
        .into_iter()
        .filter(|(col, _)| (first..=last).contains(col))
        .map(|(_, c)| c)
        .collect::<String>()
}

/// The first diagnostic of a plan: the text its span covers and the text the
/// rendered caret stands under.
fn caret_case(text: &str) -> (String, String) {
    let source = SourceFile::new("t.plan", text);
    let outcome = check_source(&source);
    let first = outcome.diagnostics.first().expect("a diagnostic").clone();
    let report = render::render(&source, std::slice::from_ref(&first), false);
    (source.slice(first.span).to_string(), underlined(&report))
}

#[test]
fn caret_after_vietnamese_letters() {
    let (span, shown) = caret_case("target a >= 95% label \"Hồ sơ trễ hạn, đúng hạn\" points -2\n");
    assert_eq!(span, "-2");
    assert_eq!(shown, "-2");
}

#[test]
fn caret_after_decomposed_vietnamese() {
    let nfd = "Ho\u{302}\u{300} so\u{31b} \u{111}u\u{301}ng ha\u{323}n";
    let (span, shown) = caret_case(&format!("target a >= 95% label \"{nfd}\" points -2\n"));
    assert_eq!(span, "-2");
    assert_eq!(shown, "-2");
}

#[test]
fn caret_after_tabs() {
    let (span, shown) = caret_case("target\ta\t>=\t95%\n\towner\t\"X\"\tpoints\t-1\n");
    assert_eq!(span, "-1");
    assert_eq!(shown, "-1");
}

#[test]
fn caret_on_crlf_lines() {
    let text = "plan \"Kế hoạch\"\r\ntarget ty >= 95%\r\n  label \"Đúng hạn\" points -1\r\n";
    let (span, shown) = caret_case(text);
    assert_eq!(span, "-1");
    assert_eq!(shown, "-1");
}

#[test]
fn caret_under_a_vietnamese_owner() {
    let text =
        "owner \"Phòng Văn hóa\"\ntarget a >= 95% label \"Số hóa\" owner \"Phòng Văn hoá\"\n";
    let (span, shown) = caret_case(text);
    assert_eq!(span, "\"Phòng Văn hoá\"");
    assert_eq!(shown, "\"Phòng Văn hoá\"");
}

#[test]
fn json_columns_count_characters() {
    let text = "target a >= 95% label \"Hồ sơ\" points -2\n";
    let source = SourceFile::new("t.plan", text);
    let outcome = check_source(&source);
    let d = chitieu::diagnostic::json::to_json(&source, &outcome.diagnostics[0]);
    let column = text.chars().take_while(|c| *c != '-').count() + 1;
    assert_eq!(
        (d.place.line, d.place.column, d.place.end_column),
        (1, column, column + 2)
    );
}
