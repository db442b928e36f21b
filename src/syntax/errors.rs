//! Pest's failures, reworded for a planner: friendly names instead of rule
//! names, the token found, and an example of the statement as a hint.

use pest::error::{ErrorVariant, InputLocation};

use super::chunks::{first_word, STATEMENT_KEYWORDS};
use super::grammar::Rule;
use crate::diagnostic::{Code, Diagnostic};
use crate::span::Span;

/// Turns pest's error on one statement (`chunk`, found at byte `offset` of the
/// file) into a diagnostic located in the file.
pub fn syntax_error(error: &pest::error::Error<Rule>, chunk: &str, offset: usize) -> Diagnostic {
    let at = match error.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let positives: Vec<Rule> = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        ErrorVariant::CustomError { .. } => Vec::new(),
    };
    let (found, span) = found_token(chunk, at);
    let expected = expected_phrase(&positives);
    let message = match expected {
        Some(expected) => format!("expected {expected}, found {found}"),
        None => format!("unexpected {found}"),
    };
    let keyword = first_word(chunk);
    let glued_to_name = chunk
        .get(..span.start)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    let hint = if glued_to_name && !found.is_ascii() {
        Some("names use ASCII letters, digits and `_` (e.g. `ty_le_dung_han`); Vietnamese text belongs in labels".to_string())
    } else if starts_statement_only(found.trim_matches('`')) && span.start > 0 {
        Some("each statement starts on a line of its own".to_string())
    } else {
        statement_example(keyword)
            .map(|example| format!("a `{keyword}` statement reads: {example}"))
    };
    Diagnostic::new(Code::SyntaxError, span, message)
        .with_hint_opt(hint)
        .offset(offset)
}

/// `owner` is a clause too, so finding it mid-statement is no sign of two
/// statements on one line.
fn starts_statement_only(word: &str) -> bool {
    word != "owner" && STATEMENT_KEYWORDS.contains(&word)
}

/// What stands at `at` (after white space and comments), and its span; at the
/// end of the statement, a zero-width span just after the last token.
fn found_token(chunk: &str, at: usize) -> (String, Span) {
    let start = skip_blank(chunk, at.min(chunk.len()));
    let rest = chunk.get(start..).unwrap_or("");
    let Some(first) = rest.chars().next() else {
        let end = chunk
            .get(..at.min(chunk.len()))
            .map_or(0, |s| s.trim_end().len());
        return ("the end of the statement".to_string(), Span::point(end));
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
        let shown = format!("`U+{:04X}` (an invisible character)", u32::from(first));
        return (shown, Span::new(start, start + first.len_utf8()));
    }
    let shown: String = token.chars().take(40).collect();
    (format!("`{shown}`"), Span::new(start, start + len))
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

/// One phrase for what the grammar could have accepted, in a fixed order,
/// with the alternatives a planner would never mean left out.
fn expected_phrase(positives: &[Rule]) -> Option<String> {
    let has = |r: Rule| positives.contains(&r);
    if has(Rule::cmp_op) && has(Rule::kw_in) {
        return Some(
            "a comparison such as `>=` or a range such as `in 95%..100%` after the metric name"
                .to_string(),
        );
    }
    if has(Rule::colon) && has(Rule::assign) {
        return Some(
            "`:` and a type (`metric name: count`) or `=` and a formula (`metric name = a / b`)"
                .to_string(),
        );
    }
    let clause_keywords: Vec<&str> = CLAUSES
        .iter()
        .filter(|(rule, _)| has(*rule))
        .map(|(_, word)| *word)
        .collect();
    let mut phrases: Vec<String> = Vec::new();
    for rule in positives {
        if let Some(phrase) = friendly_name(*rule) {
            if !phrases.iter().any(|p| p == phrase) {
                phrases.push(phrase.to_string());
            }
        }
    }
    if !clause_keywords.is_empty() {
        let list = clause_keywords
            .iter()
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", ");
        phrases.insert(0, format!("a clause ({list})"));
    }
    if has(Rule::EOI) {
        phrases.push("the end of the statement".to_string());
    }
    match phrases.len() {
        0 => None,
        1 => phrases.pop(),
        _ => {
            let last = phrases.pop().unwrap_or_default();
            Some(format!("{} or {last}", phrases.join(", ")))
        }
    }
}

const CLAUSES: [(Rule, &str); 7] = [
    (Rule::kw_owner, "owner"),
    (Rule::kw_label, "label"),
    (Rule::kw_tags, "tags"),
    (Rule::kw_points, "points"),
    (Rule::kw_scoring, "scoring"),
    (Rule::kw_not_applicable, "not_applicable"),
    (Rule::kw_due, "due"),
];

fn friendly_name(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::ident | Rule::target_id => "a name such as `on_time_ratio`",
        Rule::string | Rule::close_quote => "a text in double quotes",
        Rule::literal
        | Rule::number
        | Rule::percent
        | Rule::quantity
        | Rule::date
        | Rule::boolean
        | Rule::number_part => "a value such as `95%`, `0.6`, `15 min`, `2025-09-10` or `true`",
        Rule::cmp_op => "a comparison such as `>=`",
        Rule::kw_in => "`in`",
        Rule::range_sep => "`..` between the two ends of the range",
        Rule::colon => "`:`",
        Rule::assign => "`=`",
        Rule::comma => "`,`",
        Rule::lparen | Rule::factor | Rule::term | Rule::expr | Rule::neg => {
            "a metric name, a number or `(`"
        }
        Rule::rparen => "`)`",
        Rule::add_op | Rule::mul_op => "an operator `+`, `-`, `*` or `/`",
        Rule::kw_if => "`if` and a comparison, as in `2 if >= 100%`",
        Rule::kw_tiers | Rule::tiers => "`tiers`",
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
        | Rule::kw_default => "a statement such as `target`, `metric` or `owner`",
        _ => return None,
    })
}

/// A well-formed example of each statement, shown as the hint.
pub fn statement_example(keyword: &str) -> Option<&'static str> {
    Some(match keyword {
        "plan" => "`plan \"Kế hoạch CCHC 6 tháng cuối năm 2025\"`",
        "period" => "`period 2025-07-01 .. 2025-12-31`",
        "owner" => "`owner \"VP HĐND-UBND\" \"Văn phòng HĐND-UBND phường\"`",
        "metric" => {
            "`metric dossiers_resolved: count \"Số hồ sơ đã giải quyết\"` or `metric on_time_ratio = dossiers_on_time / dossiers_resolved`"
        }
        "section" => "`section \"3. Cải cách thủ tục hành chính\" owner \"VP HĐND-UBND\"`",
        "target" => "`target on_time_ratio >= 95% owner \"VP HĐND-UBND\" points 2`",
        "task" => "`task report_9m due 2025-09-10 owner \"VHXH\" label \"Báo cáo 9 tháng\"`",
        "extends" => "`extends \"tran-lieu-2025-h2.plan\"`",
        "override" => "`override on_time_ratio in 97%..100% points 5`",
        "drop" => "`drop satisfaction_land_ratio`",
        "default" => "`default not_applicable excluded`",
        _ => return None,
    })
}
