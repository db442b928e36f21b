//! The words of problems with values computed from a unit's counts: zero
//! divisors under targets that always apply, reported values that disagree
//! with their counts, shares outside their whole, values rounded too close
//! to a threshold to judge.

use crate::check::model::MaxBound;
use crate::check::MAX_POINTS;
use crate::eval::result::{number_text, Disagreement, Input, ShareOutside};
use crate::i18n::quoted;
use crate::i18n::Lang;
use crate::measure::value::Value;
use crate::syntax::ast::MetricType;

pub(super) fn always_applies(divisor: Option<&str>, targets: &[String], lang: Lang) -> String {
    let ids = quoted(targets);
    let divisor = match (divisor, lang) {
        (Some(metric), _) => format!("`{metric}`"),
        (None, Lang::En) => "the divisor".to_string(),
        (None, Lang::Vi) => "số chia".to_string(),
    };
    match (lang, targets.len() == 1) {
        (Lang::En, true) => {
            format!("{divisor} is 0, but the plan says target {ids} always applies")
        }
        (Lang::En, false) => {
            format!("{divisor} is 0, but the plan says targets {ids} always apply")
        }
        (Lang::Vi, true) => {
            format!("{divisor} bằng 0, nhưng kế hoạch quy định chỉ tiêu {ids} luôn áp dụng")
        }
        (Lang::Vi, false) => {
            format!("{divisor} bằng 0, nhưng kế hoạch quy định các chỉ tiêu {ids} luôn áp dụng")
        }
    }
}

pub(super) fn always_applies_hint(lang: Lang) -> String {
    lang.pick("report the counts the target measures; if a period can have nothing to count, the plan says `not_applicable excluded`",
        "báo cáo các số liệu mà chỉ tiêu đo; nếu một kỳ có thể không có gì để đếm, kế hoạch ghi `not_applicable excluded`",
    )
}

pub(super) fn disagrees(disagreement: &Disagreement, lang: Lang) -> String {
    let Disagreement {
        metric,
        ty,
        reported,
        computed,
        inputs,
        allowed,
    } = disagreement;
    let ty = *ty;
    let shown = |v: &Option<Value>, none: &str| match v {
        Some(Value::Number(n)) => number_text(*n, ty, lang),
        Some(other) => format!("{other:?}"),
        None => none.to_string(),
    };
    let nothing = lang.pick("nothing to measure", "không có gì để đo");
    let (reported_text, computed_text) = (shown(reported, "n/a"), shown(computed, &nothing));
    // Shown to two decimals the two may read alike; then the computed one is
    // shown whole.
    let computed_text = match (computed, reported_text == computed_text) {
        (Some(Value::Number(n)), true) => lang.decimal(&n.normalize().to_string()),
        _ => computed_text,
    };
    let inputs = inputs_text(inputs, lang);
    // Reported beside some of its values only: what those allow.
    match (allowed.as_ref().map(|a| a.text(ty, lang)), lang) {
        (Some(Some(allowed)), Lang::En) => {
            return format!(
                "`{metric}` is reported as {reported_text}, but the values given allow {allowed} ({inputs})"
            )
        }
        (Some(Some(allowed)), Lang::Vi) => {
            return format!(
                "`{metric}` được báo cáo là {reported_text}, nhưng các giá trị đã báo cáo cho phép {allowed} ({inputs})"
            )
        }
        (Some(None), Lang::En) => {
            return format!(
                "`{metric}` is reported as {reported_text}, but the values given leave nothing to measure, whatever the others are ({inputs})"
            )
        }
        (Some(None), Lang::Vi) => {
            return format!(
                "`{metric}` được báo cáo là {reported_text}, nhưng các giá trị đã báo cáo cho thấy không có gì để đo, dù các giá trị còn lại là bao nhiêu ({inputs})"
            )
        }
        (None, _) => {}
    }
    match lang {
        Lang::En => format!(
            "`{metric}` is reported as {reported_text}, but its counts give {computed_text} ({inputs})"
        ),
        Lang::Vi => format!(
            "`{metric}` được báo cáo là {reported_text}, nhưng các số liệu của nó cho ra {computed_text} ({inputs})"
        ),
    }
}

/// `` `a` 150, `b` 100 ``: the metrics a formula names, with their values.
fn inputs_text(inputs: &[Input], lang: Lang) -> String {
    inputs
        .iter()
        .map(|input| {
            let value = match &input.value {
                Some(Value::Number(n)) => number_text(*n, input.ty, lang),
                Some(other) => format!("{other:?}"),
                None => "-".to_string(),
            };
            format!("`{}` {value}", input.name)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn share_out_of_range(share: &ShareOutside, lang: Lang) -> String {
    let ShareOutside { value, inputs, .. } = share;
    let metric = share.subject(lang);
    let inputs = inputs_text(inputs, lang);
    let Some(value) = *value else {
        return match lang {
            Lang::En => format!(
                "`{metric}` has a part but no whole ({inputs}): a share of a whole lies within 0%..100%"
            ),
            Lang::Vi => format!(
                "`{metric}` có phần mà không có tổng ({inputs}): tỷ lệ trên tổng số chỉ nằm trong 0%..100%"
            ),
        };
    };
    // A share just past its whole rounds onto 100% (or 0%): said so, not
    // shown on the boundary it is refused for crossing.
    let percent = match number_text(value, Some(MetricType::Ratio), lang) {
        p if p == "100%" => lang.pick("more than 100%", "hơn 100%"),
        p if p == "0%" => lang.pick("less than 0%", "dưới 0%"),
        p => p,
    };
    match lang {
        Lang::En => format!(
            "`{metric}` comes to {percent} ({inputs}), but a share of a whole lies within 0%..100%"
        ),
        Lang::Vi => format!(
            "`{metric}` tính ra {percent} ({inputs}), nhưng tỷ lệ trên tổng số chỉ nằm trong 0%..100%"
        ),
    }
}

/// A derived share above its whole whose targets' points are capped.
pub(super) fn share_capped(share: &ShareOutside, lang: Lang) -> String {
    let (metric, inputs) = (&share.metric, inputs_text(&share.inputs, lang));
    let percent = share.value.map_or_else(
        || lang.pick("more than 100%", "hơn 100%"),
        |v| number_text(v, Some(MetricType::Ratio), lang),
    );
    match lang {
        Lang::En => format!(
            "`{metric}` comes to {percent} ({inputs}), above its whole: the targets on it get their maximum points, no more"
        ),
        Lang::Vi => format!(
            "`{metric}` tính ra {percent} ({inputs}), vượt tổng số: các chỉ tiêu trên chỉ số này được điểm tối đa, không hơn"
        ),
    }
}

pub(super) fn share_out_of_range_hint(metric: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "check these values; if `{metric}` may exceed its whole, declare it `metric {metric}: rate = ...`"
        ),
        Lang::Vi => format!(
            "kiểm tra các giá trị này; nếu `{metric}` có thể vượt tổng, khai báo nó `metric {metric}: rate = ...`"
        ),
    }
}

pub(super) fn too_large(target: &str, metric: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "target `{target}` cannot be judged: `{metric}` comes to a number too large to hold exactly (beyond 79228162514264337593543950335, or a fraction whose numerator or denominator needs more than 128 bits)"
        ),
        Lang::Vi => format!(
            "không đánh giá được chỉ tiêu `{target}`: `{metric}` tính ra một số quá lớn để lưu chính xác (vượt 79228162514264337593543950335, hoặc một phân số có tử số hay mẫu số cần hơn 128 bit)"
        ),
    }
}

pub(super) fn max_outside_bound(
    target: &str,
    metric: &str,
    value: &str,
    bound: &MaxBound,
    lang: Lang,
) -> String {
    let (low, high) = (bound.low, bound.high);
    match lang {
        Lang::En => format!(
            "`{metric}` gives the maximum of target `{target}`, and {value} is outside the plan's bound on it, {low}..{high}: the target is invalid"
        ),
        Lang::Vi => format!(
            "`{metric}` cho điểm tối đa của chỉ tiêu `{target}`, mà {value} nằm ngoài giới hạn kế hoạch đặt cho nó, {low}..{high}: chỉ tiêu không hợp lệ"
        ),
    }
}

pub(super) fn bad_maximum(target: &str, metric: &str, value: Option<&str>, lang: Lang) -> String {
    match (value, lang) {
        (None, Lang::En) => format!(
            "`{metric}`, which gives the maximum of target `{target}`, is not reported: the target earns nothing"
        ),
        (None, Lang::Vi) => format!(
            "`{metric}`, cho điểm tối đa của chỉ tiêu `{target}`, chưa được báo cáo: chỉ tiêu không được điểm"
        ),
        (Some(value), Lang::En) => format!(
            "`{metric}` gives the maximum of target `{target}`, and {value} is not a number from 0 to {MAX_POINTS}: the target is invalid"
        ),
        (Some(value), Lang::Vi) => format!(
            "`{metric}` cho điểm tối đa của chỉ tiêu `{target}`, mà {value} không phải là số từ 0 đến {MAX_POINTS}: chỉ tiêu không hợp lệ"
        ),
    }
}

/// `` `a`, `b` ``: names quoted and listed.
fn listed(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn computed_only(
    metric: &str,
    counts: &[String],
    missing: &[String],
    lang: Lang,
) -> String {
    let counts = listed(counts);
    match (missing.is_empty(), lang) {
        (true, Lang::En) => format!(
            "`{metric}` is computed from {counts} only: the value reported is not taken, the counts give it"
        ),
        (true, Lang::Vi) => format!(
            "`{metric}` chỉ được tính từ {counts}: giá trị báo cáo không được dùng, các số đếm cho ra giá trị của nó"
        ),
        (false, Lang::En) => format!(
            "`{metric}` is computed from {counts} only: the value reported is not taken, and without {} the targets on it are missing",
            listed(missing)
        ),
        (false, Lang::Vi) => format!(
            "`{metric}` chỉ được tính từ {counts}: giá trị báo cáo không được dùng, và thiếu {} thì các chỉ tiêu trên nó thiếu số liệu",
            listed(missing)
        ),
    }
}

pub(super) fn computed_only_hint(counts: &[String], lang: Lang) -> String {
    let counts = listed(counts);
    match lang {
        Lang::En => format!(
            "report {counts} (0 where there is nothing to count), not the value computed from them"
        ),
        Lang::Vi => format!(
            "báo cáo {counts} (ghi 0 khi không có gì để đếm), không báo cáo giá trị tính từ chúng"
        ),
    }
}

pub(super) fn units_word(metric: &str, shown: &str, missing: &[String], lang: Lang) -> String {
    let are = if missing.len() == 1 { "is" } else { "are" };
    let missing = listed(missing);
    match lang {
        Lang::En => format!(
            "`{metric}` is taken as the unit reports it, {shown}: it is computed from counts, and {missing} {are} not reported"
        ),
        Lang::Vi => format!(
            "`{metric}` được lấy theo đơn vị báo cáo, {shown}: nó được tính từ các số đếm, mà {missing} không được báo cáo"
        ),
    }
}

pub(super) fn units_word_hint(metric: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("report its counts; if the method computes `{metric}` from them only, the plan says `computed` after its formula (or `default computed`)"),
        Lang::Vi => format!("báo cáo các số đếm của nó; nếu phương pháp chỉ tính `{metric}` từ các số đếm, kế hoạch ghi `computed` sau công thức (hoặc `default computed`)"),
    }
}
