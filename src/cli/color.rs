//! Whether to colour output: ariadne colours whatever the terminal, so the
//! decision is made here.

use std::io::IsTerminal;

use super::ColorChoice;

pub fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else if std::env::var_os("FORCE_COLOR").is_some_and(|v| !v.is_empty()) {
                true
            } else {
                std::io::stderr().is_terminal()
            }
        }
    }
}
