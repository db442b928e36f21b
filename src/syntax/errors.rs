//! Pest's failures, reworded for a planner: friendly names instead of rule
//! names, the token found, and an example of the statement as a hint.

use pest::error::{ErrorVariant, InputLocation};

use super::chunks::{first_word, STATEMENT_KEYWORDS};
use super::grammar::Rule;
use super::problem::{Expectation, Expected, Found, SyntaxHint, SyntaxProblem};
use crate::diagnostic::Diagnostic;
use crate::source::FileId;
use crate::span::Span;

/// Turns pest's error on one statement (`chunk`, found at byte `offset` of
/// `file`) into a diagnostic located in the file.
pub fn syntax_error(
    error: &pest::error::Error<Rule>,
    chunk: &str,
    file: FileId,
    offset: usize,
) -> Diagnostic {
    let at = match error.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let positives: Vec<Rule> = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        ErrorVariant::CustomError { .. } => Vec::new(),
    };
    let (found, span) = found_token(chunk, at, file);
    let keyword = first_word(chunk);
    let glued_to_name = chunk
        .get(..span.start)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    let hint = match &found {
        Found::Token(token) if glued_to_name && !token.is_ascii() => Some(SyntaxHint::AsciiNames),
        Found::Token(token) if starts_statement_only(token) && span.start > 0 => {
            Some(SyntaxHint::OwnLine)
        }
        // A milestone on a task: a task is due by its `due`.
        Found::Token(token) if token == "by" && keyword == "task" => Some(SyntaxHint::TaskBy),
        _ => statement_example(keyword).map(|examples| SyntaxHint::Example {
            keyword: keyword.to_string(),
            examples,
        }),
    };
    let problem = SyntaxProblem::Unexpected {
        expected: expected(&positives),
        found,
        hint,
    };
    Diagnostic::of(problem, span).offset(offset)
}

/// `owner` is a clause too, so finding it mid-statement is no sign of two
/// statements on one line.
fn starts_statement_only(word: &str) -> bool {
    word != "owner" && STATEMENT_KEYWORDS.contains(&word)
}

/// What stands at `at` (after white space and comments), and its span; at the
/// end of the statement, a zero-width span just after the last token.
fn found_token(chunk: &str, at: usize, file: FileId) -> (Found, Span) {
    let start = skip_blank(chunk, at.min(chunk.len()));
    let rest = chunk.get(start..).unwrap_or("");
    let Some(first) = rest.chars().next() else {
        let end = chunk
            .get(..at.min(chunk.len()))
            .map_or(0, |s| s.trim_end().len());
        return (Found::EndOfStatement, Span::point(file, end));
    };
    let len = if first.is_alphanumeric() || first == '_' {
        rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '%'))
            .unwrap_or(rest.len())
    } else if first == '"' {
        rest.get(1..)
            .and_then(|r| r.find(['"', '\n', '\r']))
            .map_or(rest.len(), |i| i + 2)
    } else {
        first.len_utf8()
    };
    let len = len.min(rest.len()).max(first.len_utf8());
    let token = rest.get(..len).unwrap_or("");
    if first.is_control() || is_invisible(first) {
        return (
            Found::Invisible(first),
            Span::new(file, start, start + first.len_utf8()),
        );
    }
    let shown: String = token.chars().take(40).collect();
    (Found::Token(shown), Span::new(file, start, start + len))
}

/// Characters that show nothing: byte-order marks, zero-width spaces and joiners.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{FEFF}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{202A}'..='\u{202E}')
}

fn skip_blank(chunk: &str, mut at: usize) -> usize {
    loop {
        let rest = chunk.get(at..).unwrap_or("");
        let trimmed = rest.trim_start();
        at += rest.len() - trimmed.len();
        if trimmed.starts_with('#') {
            at += trimmed.find(['\n', '\r']).unwrap_or(trimmed.len());
        } else {
            return at;
        }
    }
}

/// What the grammar could have accepted, in a fixed order, with the
/// alternatives a planner would never mean left out.
fn expected(positives: &[Rule]) -> Option<Expected> {
    let has = |r: Rule| positives.contains(&r);
    if has(Rule::cmp_op) && has(Rule::kw_in) {
        return Some(Expected::ComparisonOrRange);
    }
    if has(Rule::colon) && has(Rule::assign) {
        return Some(Expected::TypeOrFormula);
    }
    let clause_keywords: Vec<&'static str> = CLAUSES
        .iter()
        .filter(|(rule, _)| has(*rule))
        .map(|(_, word)| *word)
        .collect();
    let mut list: Vec<Expectation> = Vec::new();
    if !clause_keywords.is_empty() {
        list.push(Expectation::Clause(clause_keywords));
    }
    for rule in positives {
        if let Some(expectation) = friendly_name(*rule) {
            if !list.contains(&expectation) {
                list.push(expectation);
            }
        }
    }
    if has(Rule::EOI) {
        list.push(Expectation::EndOfStatement);
    }
    (!list.is_empty()).then_some(Expected::OneOf(list))
}

const CLAUSES: [(Rule, &str); 15] = [
    (Rule::kw_owner, "owner"),
    (Rule::kw_label, "label"),
    (Rule::kw_tags, "tags"),
    (Rule::kw_points, "points"),
    (Rule::kw_scoring, "scoring"),
    (Rule::kw_not_applicable, "not_applicable"),
    (Rule::kw_round, "round"),
    (Rule::kw_due, "due"),
    (Rule::kw_by, "by"),
    (Rule::kw_for, "for"),
    (Rule::kw_rank_by, "rank_by"),
    (Rule::kw_every, "every"),
    (Rule::kw_from, "from"),
    (Rule::kw_during, "during"),
    (Rule::kw_cumulative, "cumulative"),
];

fn friendly_name(rule: Rule) -> Option<Expectation> {
    Some(match rule {
        Rule::ident | Rule::target_id => Expectation::Name,
        Rule::string | Rule::close_quote => Expectation::Text,
        Rule::literal
        | Rule::number
        | Rule::percent
        | Rule::quantity
        | Rule::date
        | Rule::boolean
        | Rule::number_part => Expectation::Value,
        Rule::cmp_op => Expectation::Comparison,
        Rule::kw_in => Expectation::Word("in"),
        Rule::range_sep => Expectation::RangeSeparator,
        Rule::colon => Expectation::Word(":"),
        Rule::assign => Expectation::Word("="),
        Rule::comma => Expectation::Word(","),
        Rule::lparen | Rule::factor | Rule::term | Rule::expr | Rule::neg => Expectation::Operand,
        Rule::kw_else => Expectation::Operator,
        Rule::rparen => Expectation::Word(")"),
        Rule::add_op | Rule::mul_op => Expectation::Operator,
        Rule::kw_if => Expectation::IfComparison,
        Rule::kw_tiers | Rule::tiers => Expectation::Word("tiers"),
        // After `for`: what it can be for.
        Rule::kw_level | Rule::for_level => Expectation::Word("level"),
        Rule::kw_tag | Rule::for_tag => Expectation::Word("tag"),
        Rule::kw_unit | Rule::for_unit => Expectation::Word("unit"),
        Rule::plan_stmt
        | Rule::period_stmt
        | Rule::owner_stmt
        | Rule::metric_stmt
        | Rule::section_stmt
        | Rule::target_stmt
        | Rule::task_stmt
        | Rule::kw_plan
        | Rule::kw_period
        | Rule::kw_metric
        | Rule::kw_section
        | Rule::kw_target
        | Rule::kw_task
        | Rule::extends_stmt
        | Rule::override_stmt
        | Rule::drop_stmt
        | Rule::kw_extends
        | Rule::kw_override
        | Rule::kw_drop
        | Rule::default_stmt
        | Rule::kw_default
        | Rule::grade_stmt
        | Rule::kw_grade => Expectation::Statement,
        Rule::grade_word => Expectation::Name,
        Rule::kw_and => Expectation::Word("and"),
        Rule::kw_or => Expectation::Word("or"),
        Rule::kw_computed => Expectation::Word("computed"),
        Rule::kw_end => Expectation::Word("end"),
        Rule::kw_rollup => Expectation::Word("rollup"),
        Rule::grade_test | Rule::grade_all | Rule::grade_any => Expectation::Comparison,
        _ => return None,
    })
}

/// Well-formed examples of each statement, shown as the hint.
pub fn statement_example(keyword: &str) -> Option<&'static [&'static str]> {
    Some(match keyword {
        "plan" => &["`plan \"Kế hoạch CCHC 6 tháng cuối năm 2025\"`"],
        "period" => &["`period 2025-07-01 .. 2025-12-31`"],
        "owner" => &["`owner \"VP HĐND-UBND\" \"Văn phòng HĐND-UBND phường\"`"],
        "metric" => &[
            "`metric dossiers_resolved: count \"Số hồ sơ đã giải quyết\"`",
            "`metric on_time_ratio = dossiers_on_time / dossiers_resolved`",
        ],
        "section" => &["`section \"3. Cải cách thủ tục hành chính\" owner \"VP HĐND-UBND\"`"],
        "target" => &[
            "`target on_time_ratio >= 95% owner \"VP HĐND-UBND\" points 2`",
            // A target without a condition, which only scores.
            "`target on_time_ratio points 20 scoring linear`",
        ],
        "task" => &["`task report_9m due 2025-09-10 owner \"VHXH\" label \"Báo cáo 9 tháng\"`"],
        "extends" => &["`extends \"tran-lieu-2025-h2.plan\"`"],
        "override" => &["`override on_time_ratio in 97%..100% points 5`"],
        "drop" => &["`drop satisfaction_land_ratio`"],
        // Each default is its own statement: one clause each.
        "default" => &[
            "`default not_applicable excluded`",
            "`default round 0.01`",
            "`default computed`",
        ],
        "grade" => &[
            "`grade \"Tốt\" >= 80%`",
            "`grade \"Hoàn thành\" >= 50 points and not_met <= 20%`",
        ],
        _ => return None,
    })
}
