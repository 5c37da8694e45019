//! The `claimbench` command: thin glue over the library; see `src/cli/`.

use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    cli::run()
}
