//! `chitieu explain CODE`, or a word of the plan language
//! (`chitieu explain redistribute`).

use chitieu::Code;

use super::exit;
use super::message::CliMessage;

pub fn run(code: &str) -> u8 {
    match Code::from_id(code) {
        Some(code) => {
            let lang = super::lang();
            let severity = match lang {
                chitieu::i18n::Lang::En => code.severity().as_str().to_string(),
                _ => {
                    chitieu::diagnostic::render::severity_word(code.severity(), lang).to_lowercase()
                }
            };
            outln!("{} ({severity}): {}\n", code.id(), code.title(lang));
            outln!(
                "{}",
                lang.explanation(code.id()).unwrap_or(code.explanation())
            );
            exit::OK
        }
        None => {
            let lang = super::lang();
            if let Some(text) = chitieu::i18n::words::explanation(code, lang) {
                outln!("{code}\n\n{text}");
                return exit::OK;
            }
            let code = code.to_string();
            errln!("{}", CliMessage::NotACode { code }.say());
            // In the order of their numbers, not of their declaration.
            let mut ids: Vec<&str> = Code::ALL.iter().map(|c| c.id()).collect();
            ids.sort_unstable_by_key(|id| (id.get(1..).unwrap_or(id), *id));
            errln!("{}", CliMessage::TheCodesAre { ids }.say());
            let words = chitieu::i18n::words::known();
            errln!("{}", CliMessage::TheWordsAre { words }.say());
            exit::CANNOT_RUN
        }
    }
}
