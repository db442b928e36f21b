//! The `chitieu` command: a thin layer over the library.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::output::end_quietly_on_closed_pipes();
    cli::run()
}
