//! `--help` in the language of the run: the command's own texts (taken from
//! its doc comments, in English) are looked up whole in the language's table
//! (`help_vi.rs`), and the headings clap writes are replaced. clap's fixed
//! notes (`[default: ...]`, `[possible values: ...]`) stay as clap writes
//! them.

use chitieu::i18n::Lang;
use clap::{Arg, ArgAction, Command};

/// The language asked for on the command line (`--lang vi`, `--lang=en`)
/// before clap has parsed it, or the locale's.
pub fn lang_from_args(args: &[std::ffi::OsString]) -> Lang {
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => continue,
        };
        match value {
            Some("vi") => return Lang::Vi,
            Some("en") => return Lang::En,
            _ => {}
        }
    }
    Lang::from_env()
}

/// `command` with its help texts and headings in `lang`.
pub fn localize(command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return command;
    }
    let say = |text: &str| in_lang(text, lang);
    let mut command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            lang.text("help.usage")
        ))
        .subcommand_help_heading(lang.text("help.commands"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(lang.text("help.help")),
        );
    if command.get_version().is_some() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(lang.text("help.version")),
        );
    }
    if let Some(about) = command.get_about().map(ToString::to_string) {
        command = command.about(say(&about));
    }
    let ids: Vec<(String, bool)> = command
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (order, (id, positional)) in ids.into_iter().enumerate() {
        let heading = if positional {
            lang.text("help.arguments")
        } else {
            lang.text("help.options")
        };
        command = command.mut_arg(id, |arg| {
            let help = arg.get_help().map(|h| say(&h.to_string()));
            // The order of declaration, which a new heading would lose.
            let arg = arg.help_heading(heading).display_order(order);
            match help {
                Some(help) => arg.help(help),
                None => arg,
            }
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| localize(sub, lang));
    }
    command
}

/// A help text in `lang`, or as it is where the language's table lacks it.
fn in_lang(text: &str, lang: Lang) -> String {
    let table = match lang {
        Lang::En => &[][..],
        Lang::Vi => super::help_vi::HELP,
    };
    table
        .iter()
        .find(|(english, _)| *english == text)
        .map_or(text, |(_, translated)| translated)
        .to_string()
}
