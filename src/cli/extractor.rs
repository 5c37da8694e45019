//! The flags that choose an extractor, shared by `bench`, `robustness` and
//! `conflicts`: the reference extractor by default, or a program speaking
//! the protocol of `claimbench::protocol` (docs/protocol.md).

use std::time::Duration;

use clap::Args;

use claimbench::extract::{Extractor, ReferenceExtractor};
use claimbench::protocol::{Mode, ProcessExtractor};

/// Which extractor to run.
#[derive(Debug, Clone, Args)]
pub struct ExtractorArgs {
    /// Run this program instead of the reference extractor: it speaks the
    /// JSON-lines protocol of docs/protocol.md. The command is split into
    /// words as a POSIX shell would (quotes work), but no shell runs it
    #[arg(long, value_name = "CMD")]
    pub extractor_cmd: Option<String>,

    /// Start the extractor command once per article, with the article's
    /// text on standard input, instead of once for the run
    #[arg(long, requires = "extractor_cmd")]
    pub one_shot: bool,

    /// Seconds the extractor command may take over one article
    #[arg(long, value_name = "SECS", default_value = "30", value_parser = seconds)]
    pub timeout: Duration,

    /// Seconds the extractor command may take, on top of --timeout, over
    /// the first article after it starts (to load a model, say), until it
    /// sends its handshake or reads the request. A command that fails 3
    /// starts in a row before its first answer is not started again
    #[arg(long, value_name = "SECS", default_value = "60", value_parser = seconds)]
    pub startup_timeout: Duration,
}

/// The extractor a command runs.
pub enum Chosen {
    /// The built-in reference extractor: stateless, so articles can be
    /// processed in parallel.
    Reference(ReferenceExtractor),
    /// An external program: articles go to it one at a time, in dataset
    /// order, so that a program that keeps state sees a reproducible run.
    Process(Box<ProcessExtractor>),
}

impl Chosen {
    /// The extractor itself.
    pub fn get(&self) -> &(dyn Extractor + Sync) {
        match self {
            Chosen::Reference(extractor) => extractor,
            Chosen::Process(extractor) => extractor.as_ref(),
        }
    }

    /// Whether articles may be given to it from several threads at once.
    pub fn parallel(&self) -> bool {
        matches!(self, Chosen::Reference(_))
    }
}

impl ExtractorArgs {
    /// The chosen extractor. A program is started now (unless one-shot), so
    /// that a command that cannot run is an error before any article.
    pub fn extractor(&self) -> Result<Chosen, String> {
        let Some(command) = &self.extractor_cmd else {
            return Ok(Chosen::Reference(ReferenceExtractor::new()));
        };
        let words = shell_words::split(command)
            .map_err(|error| format!("cannot split --extractor-cmd `{command}`: {error}"))?;
        let Some((program, rest)) = words.split_first() else {
            return Err("--extractor-cmd is empty".to_owned());
        };
        let extractor = ProcessExtractor::new(program, rest)
            .mode(if self.one_shot {
                Mode::OneShot
            } else {
                Mode::Persistent
            })
            .timeout(self.timeout)
            .startup_timeout(self.startup_timeout);
        extractor.start().map_err(|error| error.to_string())?;
        Ok(Chosen::Process(Box::new(extractor)))
    }
}

fn seconds(text: &str) -> Result<Duration, String> {
    text.parse::<f64>()
        .ok()
        .and_then(|secs| Duration::try_from_secs_f64(secs).ok())
        .filter(|duration| !duration.is_zero())
        .ok_or_else(|| format!("`{text}` is not a number of seconds above 0, such as 30 or 1.5"))
}
