//! `chitieu explain CODE`

use chitieu::Code;

use super::exit;

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
            println!("{} ({severity}): {}\n", code.id(), lang.say(code.title()));
            println!(
                "{}",
                lang.explanation(code.id()).unwrap_or(code.explanation())
            );
            exit::OK
        }
        None => {
            eprintln!(
                "{}",
                super::say(&format!("error: `{code}` is not a chitieu diagnostic code"))
            );
            let ids: Vec<&str> = Code::ALL.iter().map(|c| c.id()).collect();
            eprintln!(
                "{}",
                super::say(&format!("the codes are: {}", ids.join(", ")))
            );
            exit::CANNOT_RUN
        }
    }
}
