//! clap's own argument errors in Vietnamese (a required argument missing, an
//! unknown one, a value not among those allowed, a misspelt command). clap
//! writes them in English only; under `--lang vi` (or a Vietnamese locale)
//! the common kinds are said here from the error's context, with clap's
//! usage line. A kind not said here keeps clap's English.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// `error` in Vietnamese, as clap would print it, or `None` for a kind
/// this does not say (and for help and version, which are no errors).
pub fn say(error: &clap::Error) -> Option<String> {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let mut out = String::from("lỗi: ");
    match error.kind() {
        ErrorKind::MissingRequiredArgument => {
            let Some(ContextValue::Strings(missing)) = error.get(ContextKind::InvalidArg) else {
                return None;
            };
            out.push_str("thiếu các đối số bắt buộc sau:");
            for name in missing {
                out.push_str(&format!("\n  {name}"));
            }
        }
        ErrorKind::UnknownArgument => {
            out.push_str(&format!("đối số '{}' không hợp lệ", arg?));
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let (arg, value) = (arg?, value?);
            if value.is_empty() {
                out.push_str(&format!("'{arg}' cần một giá trị nhưng không có"));
            } else {
                out.push_str(&format!("giá trị '{value}' không hợp lệ cho '{arg}'"));
            }
            if let Some(ContextValue::Strings(values)) = error.get(ContextKind::ValidValue) {
                out.push_str(&format!("\n  [giá trị có thể: {}]", values.join(", ")));
            }
        }
        ErrorKind::InvalidSubcommand => {
            let sub = text(ContextKind::InvalidSubcommand)?;
            out.push_str(&format!("không có lệnh '{sub}'"));
        }
        ErrorKind::MissingSubcommand => {
            let sub = text(ContextKind::InvalidSubcommand)?;
            out.push_str(&format!("'{sub}' cần một lệnh con nhưng không có"));
        }
        ErrorKind::TooManyValues => {
            let (arg, value) = (arg?, value?);
            out.push_str(&format!("giá trị thừa '{value}' cho '{arg}'"));
        }
        ErrorKind::ArgumentConflict => {
            let prior = text(ContextKind::PriorArg);
            match prior {
                Some(prior) => {
                    out.push_str(&format!("đối số '{}' không dùng cùng '{prior}' được", arg?))
                }
                None => out.push_str(&format!("đối số '{}' không dùng được ở đây", arg?)),
            }
        }
        _ => return None,
    }
    let suggestions = [
        (ContextKind::SuggestedSubcommand, "có lệnh tương tự"),
        (ContextKind::SuggestedArg, "có đối số tương tự"),
        (ContextKind::SuggestedValue, "có giá trị tương tự"),
    ];
    let mut tipped = false;
    for (kind, words) in suggestions {
        let names = match error.get(kind) {
            Some(ContextValue::String(name)) => vec![name.clone()],
            Some(ContextValue::Strings(names)) => names.clone(),
            _ => continue,
        };
        if !tipped {
            out.push('\n');
            tipped = true;
        }
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        out.push_str(&format!("\n  gợi ý: {words}: {}", quoted.join(", ")));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").map_or(usage.clone(), |rest| {
            format!("{}:{rest}", chitieu::i18n::Lang::Vi.text("help.usage"))
        });
        out.push_str(&format!("\n\n{usage}"));
    }
    out.push_str("\n\nXem thêm: chạy với '--help'.\n");
    Some(out)
}
