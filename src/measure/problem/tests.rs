//! Every kind of problem, said in English and in Vietnamese.

use super::*;
use crate::files::Special;
use crate::measure::exact::Inexact;
use crate::measure::notation::Notation;
use crate::syntax::ast::MetricType;

#[test]
fn every_kind_of_problem_is_said_in_each_language() {
    let s = |x: &str| x.to_string();
    let mut all: Vec<MeasureProblem> = vec![
        InputProblem::NotUtf8 { byte: 0xE0, line: 3, column: 4, pasted: false }.into(),
        InputProblem::NotUtf8 { byte: 0xFD, line: 151, column: 4, pasted: true }.into(),
        InputProblem::NotUtf16.into(),
        InputProblem::NoExtension.into(),
        InputProblem::UnknownExtension { extension: s("doc") }.into(),
        InputProblem::TooLarge { size: 123, limit: 100 }.into(),
        InputProblem::NoData { rows: 0 }.into(),
        InputProblem::NoData { rows: 1 }.into(),
        InputProblem::NoData { rows: 7 }.into(),
        InputProblem::NotAFile { kind: Special::Fifo }.into(),
        InputProblem::NotAFile { kind: Special::Socket }.into(),
        InputProblem::NotAFile { kind: Special::Device }.into(),
        InputProblem::SameFileTwice { first: s("a/b.csv") }.into(),
        InputProblem::SameFileName { unit: s("q1/p.csv") }.into(),
        InputProblem::CannotOpen { error: s("No such file or directory (os error 2)") }.into(),
        InputProblem::BrokenLink { target: s("nowhere.csv") }.into(),
        InputProblem::OleWorkbook.into(),
        InputProblem::CannotOpen { error: s("Permission denied (os error 13)") }.into(),
        InputProblem::CannotList { error: s("Permission denied (os error 13)") }.into(),
        InputProblem::CannotOpen { error: s("Not a directory (os error 20)") }.into(),
        TableProblem::CsvUnreadable { error: s("CSV error: record 2 (line: 3, byte: 20): found record with 3 fields, but the previous record has 2 fields") }.into(),
        TableProblem::EmptyFile { separator: ',' }.into(),
        TableProblem::DamagedName { part: RowPart::Metric, name: s("report_ann\u{0}ual"), first: '\u{0}' }.into(),
        TableProblem::DamagedName { part: RowPart::ReportingUnit, name: s("P\u{1b}1"), first: '\u{1b}' }.into(),
        TableProblem::EmptyFile { separator: '\t' }.into(),
        TableProblem::HeaderTooWide { fields: 5002, limit: 1000 }.into(),
        TableProblem::UnclosedQuote { line: 3, last: 5, closed: true }.into(),
        TableProblem::UnclosedQuote { line: 3, last: 66, closed: false }.into(),
        TableProblem::TooManyFields { fields: 300, limit: 256 }.into(),
        TableProblem::FieldTooLarge { bytes: 3000, limit: 1024 }.into(),
        TableProblem::RowsAboveHeader { count: 1, first: s("BÁO CÁO") }.into(),
        TableProblem::RowsAboveHeader { count: 3, first: s("BÁO CÁO") }.into(),
        TableProblem::NoMetricValueColumns.into(),
        TableProblem::ColumnNotUsed { name: s("x") }.into(),
        TableProblem::TooFewFields { fields: 1, header: 3 }.into(),
        TableProblem::BeyondHeader { field: 4, columns: 3 }.into(),
        TableProblem::RowNamesTwo { part: RowPart::Metric, first: s("a"), second: s("b") }.into(),
        TableProblem::RowNamesTwo { part: RowPart::ReportingUnit, first: s("a"), second: s("b") }.into(),
        TableProblem::RowNamesTwo { part: RowPart::Period, first: s("a"), second: s("b") }.into(),
        TableProblem::NoMetricName.into(),
        TableProblem::AmbiguousUnitColumn { column: s("unit"), measure: s("%"), name: s("Phường 1") }.into(),
        TableProblem::SplitNumber { joined: s("1,500"), readings: vec![s("1500"), s("1.5")] }.into(),
        TableProblem::SplitNumber { joined: s("1,500,000"), readings: vec![s("1500000")] }.into(),
        TableProblem::SplitNumber { joined: s("x,500"), readings: vec![] }.into(),
        JsonProblem::Unreadable { reason: s("EOF while parsing an object"), at: Some((3, 1)) }.into(),
        JsonProblem::Unreadable { reason: s("expected `,` or `}`"), at: Some((1, 10)) }.into(),
        JsonProblem::Unreadable { reason: s("trailing characters"), at: Some((1, 10)) }.into(),
        JsonProblem::Unreadable { reason: s("invalid number"), at: Some((1, 10)) }.into(),
        JsonProblem::Unreadable { reason: s("expected value"), at: Some((1, 10)) }.into(),
        JsonProblem::Unreadable { reason: s("expected ident"), at: Some((1, 10)) }.into(),
        JsonProblem::WalkFailed.into(),
        JsonProblem::NotAnObject.into(),
        JsonProblem::FieldNotUsed { key: s("x") }.into(),
        JsonProblem::ValuesNotAnObject.into(),
        JsonProblem::UnitOfMeasure { name: s("lớp"), unit: s("data") }.into(),
        JsonProblem::NotAString { key: ShapeKey::Unit }.into(),
        JsonProblem::NotAString { key: ShapeKey::Period }.into(),
        JsonProblem::KeyTwice { key: s("a"), then: Twice::Same }.into(),
        JsonProblem::KeyTwice { key: s("a"), then: Twice::Differs }.into(),
        JsonProblem::KeyTwice { key: s("unit"), then: Twice::Conflict(Conflict { key: ShapeKey::Unit, first: s("A"), second: s("B") }) }.into(),
        JsonProblem::KeyTwice { key: s("period"), then: Twice::Conflict(Conflict { key: ShapeKey::Period, first: s("2025-H1"), second: s("2025-H2") }) }.into(),
        JsonProblem::ValueOfConflict { conflict: Conflict { key: ShapeKey::Unit, first: s("A"), second: s("B") } }.into(),
        JsonProblem::ValueOfConflict { conflict: Conflict { key: ShapeKey::Period, first: s("A"), second: s("B") } }.into(),
        WorkbookProblem::TooLarge { size: 10, limit: 5 }.into(),
        WorkbookProblem::ZipBomb { part: s("xl/x.xml"), ratio: 2000 }.into(),
        WorkbookProblem::UnpacksTooLarge { total: 10, limit: 5 }.into(),
        WorkbookProblem::RowTooWide { columns: 16384, limit: 1000 }.into(),
        WorkbookProblem::TooManyCells { sheet: s("A"), limit: 10 }.into(),
        WorkbookProblem::TooMuchText { sheet: s("A"), limit: 10 }.into(),
        WorkbookProblem::NotAWorkbook { error: s("Zip error: invalid Zip archive: Could not find EOCD") }.into(),
        WorkbookProblem::NoSuchSheet { wanted: s("X"), sheets: vec![s("A"), s("B")] }.into(),
        WorkbookProblem::NoSuchSheet { wanted: s("X"), sheets: vec![] }.into(),
        WorkbookProblem::SheetUnreadable { sheet: s("A"), error: s("Range is missing the expected row component.") }.into(),
        WorkbookProblem::ReaderFailed.into(),
        WorkbookProblem::EmptySheet { sheet: s("A") }.into(),
        WorkbookProblem::ShownRounded { held: s("0.59999999999999998"), shown: s("0.6") }.into(),
        WorkbookProblem::ShownRounded { held: s("1e+30"), shown: s("1000000000000000000000000000000") }.into(),
        WorkbookProblem::MoreShownRounded { count: 5 }.into(),
        WorkbookProblem::BeyondAFloat { nan: true }.into(),
        WorkbookProblem::BeyondAFloat { nan: false }.into(),
        UnitProblem::FractionUnderPercent { written: s("0,95") }.into(),
        FloatNoise { written: s("1.0000000000000002"), read: s("1") }.into(),
        UnitProblem::Disagrees { metric: s("m"), unit: s("giờ"), own: OwnUnit::CellPercent }.into(),
        UnitProblem::Disagrees { metric: s("m"), unit: s("giờ"), own: OwnUnit::Written { value: s("12 phút"), unit: s("phút") } }.into(),
    ];
    for ty in MetricType::ALL {
        let m = s("m");
        all.push(
            UnitProblem::NotMinutes {
                metric: m.clone(),
                unit: s("ngày"),
            }
            .into(),
        );
        all.push(
            UnitProblem::Unfit {
                metric: m.clone(),
                unit: s("phút"),
                ty,
            }
            .into(),
        );
        all.push(
            UnitProblem::Unknown {
                metric: m.clone(),
                unit: s("USD"),
                ty,
            }
            .into(),
        );
        let w = s("abc");
        let whys = vec![
            ValueProblem::NotA {
                written: w.clone(),
                ty,
            },
            ValueProblem::WrongKind {
                written: w.clone(),
                kind: Kind::Quantity(ty),
                ty,
            },
            ValueProblem::WrongKind {
                written: w.clone(),
                kind: Kind::YesNo,
                ty,
            },
            ValueProblem::WrongKind {
                written: w.clone(),
                kind: Kind::Date,
                ty,
            },
            ValueProblem::WrongKind {
                written: w.clone(),
                kind: Kind::DateTime,
                ty,
            },
            ValueProblem::WrongKind {
                written: w.clone(),
                kind: Kind::Time,
                ty,
            },
            ValueProblem::WrongKind {
                written: w.clone(),
                kind: Kind::DayMonth,
                ty,
            },
            ValueProblem::WrongKind {
                written: w.clone(),
                kind: Kind::Percent,
                ty,
            },
            ValueProblem::WrongKind {
                written: w.clone(),
                kind: Kind::Number,
                ty,
            },
        ];
        for why in whys {
            all.push(
                UnusableValue {
                    metric: m.clone(),
                    why,
                    notation: Notation::DecimalPoint,
                }
                .into(),
            );
        }
    }
    for why in [
        ValueProblem::Ambiguous {
            written: s("1,500"),
            thousands: s("1500"),
            decimals: s("1.5"),
        },
        ValueProblem::NotInCalendar {
            written: s("31/02/2025"),
        },
        ValueProblem::DateWithoutYear { written: s("10/9") },
        ValueProblem::NotWhole { written: s("2.5") },
        ValueProblem::RatioOutside {
            written: s("62"),
            bare: true,
        },
        ValueProblem::RatioOutside {
            written: s("150%"),
            bare: false,
        },
        ValueProblem::NegativeCount { written: s("-3") },
        ValueProblem::Negative { written: s("-3") },
        ValueProblem::ScaledTooLarge {
            written: s("5"),
            unit: s("tỷ đồng"),
        },
        ValueProblem::Inexact {
            written: s("1e400"),
            why: Inexact::TooLarge,
        },
        ValueProblem::Inexact {
            written: s("1e-400"),
            why: Inexact::TooSmall,
        },
        ValueProblem::Inexact {
            written: s("0.59999999999999999999999999999"),
            why: Inexact::TooManyDigits,
        },
        ValueProblem::CellError {
            fault: CellFault::Error(s("#DIV/0!")),
        },
    ] {
        all.push(
            UnusableValue {
                metric: s("m"),
                why,
                notation: Notation::DecimalPoint,
            }
            .into(),
        );
    }
    for p in &all {
        let en = [
            Some(p.message(Lang::En)),
            p.label(Lang::En),
            p.hint(Lang::En),
        ];
        let vi = [
            Some(p.message(Lang::Vi)),
            p.label(Lang::Vi),
            p.hint(Lang::Vi),
        ];
        for (en, vi) in en.iter().zip(&vi) {
            assert_eq!(en.is_some(), vi.is_some(), "{p:?}");
            if let (Some(en), Some(vi)) = (en, vi) {
                assert_ne!(en, vi, "{p:?}");
                // The user's text, in backticks, is never translated.
                assert_eq!(quoted(en), quoted(vi), "{p:?}");
            }
        }
    }
}

/// Words no fixture reaches: a date cell that makes no date (chitieu's
/// own words stand in backticks there, as for a spreadsheet's error),
/// and a duration that is no number of minutes.
#[test]
fn words_of_their_own() {
    let why = ValueProblem::CellError {
        fault: CellFault::UnreadableDate,
    };
    assert_eq!(
        why.message(Lang::Vi),
        "ô chứa lỗi `một ngày không đọc được`"
    );
    let days = MeasureProblem::from(UnitProblem::NotMinutes {
        metric: "waiting_time".to_string(),
        unit: "ngày".to_string(),
    });
    assert_eq!(
        days.message(Lang::Vi),
        "`waiting_time`: không thể đổi `ngày` ra số phút một cách chính xác"
    );
}

/// The texts in backticks, in order.
fn quoted(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}
