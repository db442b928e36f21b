//! Likely slips in a plan's values: how people write numbers and units
//! elsewhere, which the plan language does not take (`60,5%` with a decimal
//! comma, `1.000.000` with grouped digits, `60 %` with a space, `15 minutes`,
//! `15m`, `1 giờ`, `5 triệu`). Read only where a statement failed to parse,
//! so that its diagnostic can name the slip and the value as it should be
//! written instead of the statement's general shape.

use std::ops::Range;

use rust_decimal::Decimal;

use super::literal::{parse_decimal, MINUTE_UNITS, MONEY_UNITS};
use super::scan::{regions, Region};

/// At most this many slips are read in one statement: more are not worth
/// naming one by one, and the scan stays linear whatever the statement.
const MOST: usize = 16;

/// One value written in a way the plan language does not take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueSlip {
    /// Its bytes in the statement.
    pub range: Range<usize>,
    /// The value as written.
    pub written: String,
    /// The value as the plan language writes it.
    pub fixed: String,
    pub slip: Slip,
}

/// What is wrong with a value, the first of its slips.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slip {
    /// `60,5`: a comma where plans put a decimal point.
    DecimalComma,
    /// `1.000.000` or `1,000,000`: digits grouped with this separator.
    DigitGroups(char),
    /// `60 %`.
    SpaceBeforePercent,
    /// `15 minutes`, `15m`, `1 giờ`, `500 vnđ`, `5 triệu`: a unit word, as
    /// written, the language does not take for a value of this kind.
    Unit { word: String, kind: UnitKind },
    /// `≥`, `≤`, `=>`, `=<`, or `=` in a target: a comparison as written in
    /// documents or other languages.
    Comparison,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Minutes,
    /// `5 Days`, `5 ngay`, `5 working days`: a duration in days.
    Days,
    Money,
    Percent,
    /// `10 hồ sơ`, `5 người`: what a count counts, which its metric says.
    Count,
}

/// A unit word the language does not take: what it measures, how many of
/// the language's units one of it is, and the unit to write instead.
struct Stranger {
    kind: UnitKind,
    factor: i64,
    unit: &'static str,
}

/// The unit words people write for minutes, money and shares, lower-cased.
fn stranger(word: &str) -> Option<Stranger> {
    let lower = word.to_lowercase();
    let (kind, factor, unit) = match lower.as_str() {
        // `Min`, `PHÚT`: the language's own units in another case.
        "min" | "phút" | "m" | "mn" | "mins" | "minute" | "minutes" | "phut" | "ph" | "p" => {
            (UnitKind::Minutes, 1, "min")
        }
        "h" | "hr" | "hrs" | "hour" | "hours" | "giờ" | "gio" | "g" | "tiếng" | "tieng" => {
            (UnitKind::Minutes, 60, "min")
        }
        "day" | "days" | "ngày" | "ngay" => (UnitKind::Days, 1, "days"),
        // `5 working days`: the word after it is read with it.
        "working" => (UnitKind::Days, 1, "working_days"),
        "vnd" | "vnđ" | "₫" => (UnitKind::Money, 1, "VND"),
        "đồng" | "dong" | "đ." => (UnitKind::Money, 1, "đồng"),
        "k" | "nghìn" | "nghin" | "ngàn" | "ngan" => (UnitKind::Money, 1_000, "VND"),
        "tr" | "triệu" | "trieu" | "million" | "millions" => (UnitKind::Money, 1_000_000, "VND"),
        "tỷ" | "tỉ" | "ty" | "ti" | "billion" | "billions" => {
            (UnitKind::Money, 1_000_000_000, "VND")
        }
        "percent" | "pct" | "procent" => (UnitKind::Percent, 1, "%"),
        _ => return None,
    };
    // `VND` is the language's own spelling; only other cases are slips.
    (!is_unit(word)).then_some(Stranger { kind, factor, unit })
}

fn is_unit(word: &str) -> bool {
    MINUTE_UNITS.contains(&word)
        || MONEY_UNITS.contains(&word)
        || word == "pp"
        || super::literal::day_unit(word).is_some()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The words after a number that say what a count counts (`10 hồ sơ`),
/// lower-cased, each as its words.
const COUNT_WORDS: &[&[&str]] = &[
    &["hồ", "sơ"],
    &["văn", "bản"],
    &["thủ", "tục"],
    &["trường", "hợp"],
    &["học", "sinh"],
    &["bệnh", "nhân"],
    &["người"],
    &["lượt"],
    &["lần"],
    &["hộ"],
    &["cái"],
    &["chiếc"],
    &["buổi"],
    &["cuộc"],
    &["vụ"],
    &["đơn"],
    &["xã"],
    &["cases"],
    &["documents"],
    &["dossiers"],
    &["files"],
    &["items"],
    &["people"],
    &["persons"],
    &["times"],
];

/// A comparison as people write it elsewhere at position `at` of a
/// statement whose first word is `keyword`: its length in characters and
/// the comparison plans write.
fn comparison_slip(
    scanner: &Scanner<'_>,
    at: usize,
    keyword: &str,
) -> Option<(usize, &'static str)> {
    let next = scanner.ch(at + 1);
    let before = at.checked_sub(1).map_or('\0', |p| scanner.ch(p));
    match scanner.ch(at) {
        '≥' => Some((1, ">=")),
        '≤' => Some((1, "<=")),
        '=' if next == '>' => Some((2, ">=")),
        '=' if next == '<' => Some((2, "<=")),
        // `metric r = a / b` defines; in a target `=` compares.
        '=' if keyword == "target" && !matches!(before, '<' | '>' | '=' | '!') && next != '=' => {
            Some((1, "=="))
        }
        _ => None,
    }
}

/// The slips among the values of `statement`, in order, at most [`MOST`].
pub fn find(statement: &str) -> Vec<ValueSlip> {
    // Texts and comments are no values: their characters read as `\0`.
    let code: Vec<(usize, char)> = regions(statement)
        .map(|(i, c, region)| (i, if region == Region::Code { c } else { '\0' }))
        .collect();
    let scanner = Scanner {
        text: statement,
        code: &code,
    };
    let keyword = super::chunks::first_word(statement);
    let mut found = Vec::new();
    let mut at = 0;
    while at < code.len() && found.len() < MOST {
        if let Some((len, fixed)) = comparison_slip(&scanner, at, keyword) {
            found.push(ValueSlip {
                range: scanner.byte(at)..scanner.byte(at + len),
                written: scanner.slice(at, at + len).to_string(),
                fixed: fixed.to_string(),
                slip: Slip::Comparison,
            });
            at += len;
            continue;
        }
        let starts_number = scanner.ch(at).is_ascii_digit() && !scanner.continues_a_word(at);
        if !starts_number {
            at += 1;
            continue;
        }
        let (end, slip) = scanner.value(at);
        found.extend(slip);
        at = end.max(at + 1);
    }
    found
}

/// `statement` with each slip's value written as the language writes it.
pub fn repair(statement: &str, slips: &[ValueSlip]) -> String {
    let mut repaired = String::with_capacity(statement.len());
    let mut from = 0;
    for slip in slips {
        repaired.push_str(statement.get(from..slip.range.start).unwrap_or(""));
        repaired.push_str(&slip.fixed);
        from = slip.range.end;
    }
    repaired.push_str(statement.get(from..).unwrap_or(""));
    repaired
}

struct Scanner<'s> {
    text: &'s str,
    /// The statement's characters by position, `\0` outside code.
    code: &'s [(usize, char)],
}

impl Scanner<'_> {
    /// The character at position `at`, `\0` past the end.
    fn ch(&self, at: usize) -> char {
        self.code.get(at).map_or('\0', |(_, c)| *c)
    }

    fn byte(&self, at: usize) -> usize {
        self.code.get(at).map_or(self.text.len(), |(i, _)| *i)
    }

    fn slice(&self, from: usize, to: usize) -> &str {
        self.text.get(self.byte(from)..self.byte(to)).unwrap_or("")
    }

    /// Whether the character at `at` continues a name or a number (`a1`,
    /// the `5` of `1.5`); after a range's `..` a number starts.
    fn continues_a_word(&self, at: usize) -> bool {
        let before = |back: usize| at.checked_sub(back).map_or('\0', |p| self.ch(p));
        is_word_char(before(1)) || (before(1) == '.' && before(2) != '.')
    }

    /// The end of a run of digits (and `_` between them) from `at`.
    fn digits(&self, mut at: usize) -> usize {
        while self.ch(at).is_ascii_digit() || (self.ch(at) == '_' && self.digit_at(at + 1)) {
            at += 1;
        }
        at
    }

    fn digit_at(&self, at: usize) -> bool {
        self.ch(at).is_ascii_digit()
    }

    /// The end of a run of spaces and tabs from `at`.
    fn blanks(&self, mut at: usize) -> usize {
        while matches!(self.ch(at), ' ' | '\t') {
            at += 1;
        }
        at
    }

    /// The end of the word (or the sign `₫`) at `at`; `at` when none.
    fn word(&self, mut at: usize) -> usize {
        if self.ch(at) == '₫' {
            return at + 1;
        }
        while is_word_char(self.ch(at)) {
            at += 1;
        }
        at
    }

    /// Groups `sep` followed by digits, from `at`: their ends.
    fn groups(&self, mut at: usize, sep: char) -> Vec<(usize, usize)> {
        let mut groups = Vec::new();
        // `..` is a range's separator, not a decimal point.
        while self.ch(at) == sep && self.digit_at(at + 1) {
            let end = self.digits(at + 1);
            groups.push((at + 1, end));
            at = end;
        }
        groups
    }

    /// Reads the value whose number starts at `start`: where it ends, and
    /// its slip if it has one.
    fn value(&self, start: usize) -> (usize, Option<ValueSlip>) {
        let whole = self.digits(start);
        if self.ch(whole) == '-' {
            // A date: its parts are no values of their own.
            let mut end = whole;
            while self.ch(end) == '-' || self.digit_at(end) {
                end += 1;
            }
            return (end, None);
        }
        let mut slip = None;
        let mut number = self.slice(start, whole).to_string();
        let mut end = whole;
        let dots = self.groups(whole, '.');
        let commas = if dots.is_empty() {
            self.groups(whole, ',')
        } else {
            Vec::new()
        };
        let three_digits = |groups: &[(usize, usize)]| groups.iter().all(|(s, e)| e - s == 3);
        match (dots.as_slice(), commas.as_slice()) {
            ([(s, e)], []) => {
                number = format!("{number}.{}", self.slice(*s, *e));
                end = *e;
            }
            ([], [(s, e)]) => {
                number = format!("{number}.{}", self.slice(*s, *e));
                slip = Some(Slip::DecimalComma);
                end = *e;
            }
            (groups, []) | ([], groups) if groups.len() > 1 && three_digits(groups) => {
                let sep = if dots.is_empty() { ',' } else { '.' };
                for (s, e) in groups {
                    number = format!("{number}_{}", self.slice(*s, *e));
                    end = *e;
                }
                slip = Some(Slip::DigitGroups(sep));
            }
            ([], []) => {}
            // `1.2.3`: no number a slip would explain.
            _ => return (self.last_group_end(&dots, &commas, whole), None),
        }
        let mut fixed = number.clone();
        let gap = self.blanks(end);
        let word_end = self.word(gap);
        let word = self.slice(gap, word_end);
        if self.ch(end) == '%' {
            fixed.push('%');
            end += 1;
        } else if self.ch(gap) == '%' {
            fixed.push('%');
            slip = slip.or(Some(Slip::SpaceBeforePercent));
            end = gap + 1;
        } else if let Some(stranger) = (word_end > gap).then(|| stranger(word)).flatten() {
            let (value_end, value) = self.unit_value(&number, &stranger, word_end);
            let Some(value) = value else {
                return (word_end, None);
            };
            fixed = value;
            end = value_end;
            slip = Some(Slip::Unit {
                word: word.to_string(),
                kind: stranger.kind,
            });
        } else if word_end > gap && is_unit(word) {
            fixed.push_str(self.slice(end, word_end));
            end = word_end;
        } else if let Some(words_end) = self.count_words(gap) {
            slip = Some(Slip::Unit {
                word: self.slice(gap, words_end).to_string(),
                kind: UnitKind::Count,
            });
            end = words_end;
        }
        let slip = slip.map(|slip| ValueSlip {
            range: self.byte(start)..self.byte(end),
            written: self.slice(start, end).to_string(),
            fixed,
            slip,
        });
        (end, slip)
    }

    /// The end of the words at `at` that say what a count counts
    /// ([`COUNT_WORDS`]), the longest that match.
    fn count_words(&self, at: usize) -> Option<usize> {
        COUNT_WORDS
            .iter()
            .filter_map(|words| {
                let mut end = at;
                for (i, want) in words.iter().enumerate() {
                    let from = if i == 0 { end } else { self.blanks(end) };
                    if i > 0 && from == end {
                        return None;
                    }
                    let word_end = self.word(from);
                    if word_end == from || self.slice(from, word_end).to_lowercase() != *want {
                        return None;
                    }
                    end = word_end;
                }
                Some(end)
            })
            .max()
    }

    fn last_group_end(
        &self,
        dots: &[(usize, usize)],
        commas: &[(usize, usize)],
        or: usize,
    ) -> usize {
        dots.last().or(commas.last()).map_or(or, |(_, e)| *e)
    }

    /// The value `number` in a unit the language does not take, written in
    /// one it does: `1 giờ 30 phút` is `90 min`, `5 triệu đồng` is
    /// `5000000 đồng`. Where it ends (`after` is the end of its first unit
    /// word); `None` when the value cannot be held exactly.
    fn unit_value(&self, number: &str, first: &Stranger, after: usize) -> (usize, Option<String>) {
        let scaled = |number: &str, factor: i64| {
            parse_decimal(number)
                .ok()?
                .checked_mul(Decimal::from(factor))
        };
        let Some(mut value) = scaled(number, first.factor) else {
            return (after, None);
        };
        let mut end = after;
        let mut unit = first.unit;
        match first.kind {
            // `1 giờ 30 phút`: the minutes after the hours.
            UnitKind::Minutes => {
                while let Some((next_end, minutes)) = self.more_minutes(end) {
                    let Some(sum) = value.checked_add(minutes) else {
                        return (after, None);
                    };
                    value = sum;
                    end = next_end;
                }
            }
            // `5 triệu đồng`: the currency after the multiple.
            UnitKind::Money if first.factor > 1 => {
                let gap = self.blanks(end);
                let word_end = self.word(gap);
                let word = self.slice(gap, word_end);
                if MONEY_UNITS.contains(&word) {
                    unit = MONEY_UNITS
                        .iter()
                        .find(|u| **u == word)
                        .copied()
                        .unwrap_or(unit);
                    end = word_end;
                } else if let Some(currency) =
                    stranger(word).filter(|s| s.kind == UnitKind::Money && s.factor == 1)
                {
                    unit = currency.unit;
                    end = word_end;
                }
            }
            // `5 working days`: `days` belongs to `working`.
            UnitKind::Days if unit == "working_days" => {
                let gap = self.blanks(end);
                let word_end = self.word(gap);
                if matches!(
                    self.slice(gap, word_end).to_lowercase().as_str(),
                    "day" | "days"
                ) {
                    end = word_end;
                }
            }
            UnitKind::Days | UnitKind::Money | UnitKind::Percent | UnitKind::Count => {}
        }
        let value = value.normalize();
        let written = match first.kind {
            UnitKind::Percent => format!("{value}%"),
            UnitKind::Count => value.to_string(),
            UnitKind::Minutes | UnitKind::Days | UnitKind::Money => format!("{value} {unit}"),
        };
        (end, Some(written))
    }

    /// After a duration, a number of minutes in any unit of time
    /// (`30 phút`, `30m`, `2 giờ`): where it ends and the minutes.
    fn more_minutes(&self, at: usize) -> Option<(usize, Decimal)> {
        let start = self.blanks(at);
        if start == at || !self.digit_at(start) {
            return None;
        }
        let mut end = self.digits(start);
        if let [(_, e)] = self.groups(end, '.').as_slice() {
            end = *e;
        }
        let number = self.slice(start, end);
        let gap = self.blanks(end);
        let word_end = self.word(gap);
        let word = self.slice(gap, word_end);
        let factor = if MINUTE_UNITS.contains(&word) {
            1
        } else {
            stranger(word)
                .filter(|s| s.kind == UnitKind::Minutes)?
                .factor
        };
        let minutes = parse_decimal(number)
            .ok()?
            .checked_mul(Decimal::from(factor))?;
        Some((word_end, minutes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixes(statement: &str) -> Vec<(String, String)> {
        find(statement)
            .into_iter()
            .map(|s| (s.written, s.fixed))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn numbers_written_as_elsewhere() {
        assert_eq!(fixes("target x >= 60,5%"), [pair("60,5%", "60.5%")]);
        assert_eq!(fixes("target x >= 60 %"), [pair("60 %", "60%")]);
        assert_eq!(fixes("target x in 95 %..100%"), [pair("95 %", "95%")]);
        assert_eq!(fixes("points 1,5"), [pair("1,5", "1.5")]);
        assert_eq!(
            fixes("target x >= 1.000.000 VND"),
            [pair("1.000.000 VND", "1_000_000 VND")]
        );
        assert_eq!(
            fixes("target x >= 1,000,000"),
            [pair("1,000,000", "1_000_000")]
        );
    }

    #[test]
    fn units_written_as_elsewhere() {
        assert_eq!(fixes("x <= 15 minutes"), [pair("15 minutes", "15 min")]);
        assert_eq!(fixes("x <= 15m owner"), [pair("15m", "15 min")]);
        assert_eq!(fixes("x <= 1 giờ"), [pair("1 giờ", "60 min")]);
        assert_eq!(fixes("x <= 1,5 giờ"), [pair("1,5 giờ", "90 min")]);
        assert_eq!(
            fixes("x <= 1 giờ 30 phút owner"),
            [pair("1 giờ 30 phút", "90 min")]
        );
        assert_eq!(
            fixes("x >= 5 triệu đồng"),
            [pair("5 triệu đồng", "5000000 đồng")]
        );
        assert_eq!(fixes("x >= 500 vnđ"), [pair("500 vnđ", "500 VND")]);
        assert_eq!(fixes("x >= 60 percent"), [pair("60 percent", "60%")]);
        assert_eq!(fixes("x <= 15 Min"), [pair("15 Min", "15 min")]);
        assert_eq!(fixes("x >= 500 Đồng"), [pair("500 Đồng", "500 đồng")]);
    }

    #[test]
    fn what_the_language_takes_is_no_slip() {
        for statement in [
            "target x: a_1 >= 60% owner \"60,5% 15 minutes\" # 1 giờ",
            "target x in 95%..100% points 1.5",
            "period 2025-07-01 .. 2025-12-31",
            "target x <= 15 min scoring tiers 2 if <= 10 min, 1 if <= 15 phút",
            "target x >= 5_000_000 VND",
            "metric r = a * 1.5 + b2",
            "1.2.3 1,2,3",
        ] {
            assert_eq!(fixes(statement), [], "{statement}");
        }
    }

    #[test]
    fn repair_writes_each_value_as_fixed() {
        let statement = "target t: x in 60,5 %..1 giờ owner \"A\"";
        let slips = find(statement);
        assert_eq!(
            repair(statement, &slips),
            "target t: x in 60.5%..60 min owner \"A\""
        );
        assert_eq!(find(&"1,5 ".repeat(100)).len(), MOST);
    }
}
