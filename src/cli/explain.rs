//! `chitieu explain CODE`

use chitieu::Code;

use super::exit;

pub fn run(code: &str) -> u8 {
    match Code::from_id(code) {
        Some(code) => {
            println!(
                "{} ({}): {}\n",
                code.id(),
                code.severity().as_str(),
                code.title()
            );
            println!("{}", code.explanation());
            exit::OK
        }
        None => {
            eprintln!("error: `{code}` is not a chitieu diagnostic code");
            let ids: Vec<&str> = Code::ALL.iter().map(|c| c.id()).collect();
            eprintln!("the codes are: {}", ids.join(", "));
            exit::CANNOT_RUN
        }
    }
}
