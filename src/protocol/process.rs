//! The runner: an [`Extractor`] backed by a child process that speaks the
//! protocol. This is the only library code that starts processes.
//!
//! Three threads serve a running program: one writes requests to its
//! standard input (so a program that stops reading cannot block
//! claimbench), one reads its standard output in lines of bounded length,
//! and one drains its standard error into a bounded tail (so a program that
//! floods it never blocks). The calling thread waits for the answer with a
//! deadline and kills the program when anything goes wrong.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, SyncSender};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value as Json;

use super::{Message, OffsetUnit, PROTOCOL_VERSION, claims, excerpt, request_line};
use crate::extract::{
    ArticleInput, ExtractError, ExtractErrorKind, ExtractedClaim, Extraction, Extractor,
};

/// The longest line (or, in one-shot mode, output) read from a program;
/// the rest of a longer one is read and discarded.
const MAX_LINE: usize = 16 * 1024 * 1024;
/// How much of standard error is kept.
const STDERR_TAIL: usize = 64 * 1024;
/// How much of standard error a failure message quotes.
const STDERR_QUOTED: usize = 1000;
/// How much of an offending output a failure message quotes.
const OUTPUT_QUOTED: usize = 300;
/// How long a program that closed its standard output, or its input, is
/// given to exit before it is killed.
const EXIT_GRACE: Duration = Duration::from_secs(1);

/// How a [`ProcessExtractor`] runs its program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// Start the program once and send it one request line per article
    /// (restarting it after a fault).
    Persistent,
    /// Start the program for each article, with the text on standard input.
    OneShot,
}

/// An extractor that is a program speaking the protocol of the
/// [module](super) (see `docs/protocol.md`).
///
/// ```no_run
/// use std::time::Duration;
/// use claimbench::extract::Extractor;
/// use claimbench::protocol::ProcessExtractor;
///
/// let extractor = ProcessExtractor::new("python3", ["examples/regex_extractor.py"])
///     .timeout(Duration::from_secs(10));
/// let dataset = claimbench::dataset();
/// let outcomes: Vec<_> = dataset
///     .articles
///     .iter()
///     .map(|article| extractor.extract(&article.into()).map_err(|e| e.to_string()))
///     .collect();
/// // Ask for the name after extracting: it comes from the program's handshake.
/// let info = claimbench::bench::ExtractorInfo {
///     name: extractor.name().to_owned(),
///     version: extractor.version().to_owned(),
/// };
/// let scorecard = claimbench::Scorecard::new(dataset, info, outcomes);
/// assert!(scorecard.failures.is_empty());
/// ```
///
/// [`Extractor::name`] and [`Extractor::version`] are the handshake's once
/// the program has sent one, and until then the command and `unknown`;
/// [`crate::bench()`] asks before the first article, so it records the
/// command. Calls are serialized: the extractor is `Sync`, but one article
/// is processed at a time. Dropping it closes the program's standard input,
/// waits a second for it to exit, then kills it.
pub struct ProcessExtractor {
    program: OsString,
    args: Vec<OsString>,
    command_line: String,
    mode: Mode,
    timeout: Duration,
    startup_timeout: Duration,
    identity: OnceLock<(String, String)>,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    running: Option<Running>,
    /// Why every further article fails at once: the program cannot be
    /// started, or speaks another protocol version.
    fatal: Option<String>,
}

impl std::fmt::Debug for ProcessExtractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProcessExtractor")
            .field("command", &self.command_line)
            .field("mode", &self.mode)
            .field("timeout", &self.timeout)
            .field("startup_timeout", &self.startup_timeout)
            .finish_non_exhaustive()
    }
}

impl ProcessExtractor {
    /// An extractor that runs `program` with `args` ([`Mode::Persistent`],
    /// a 30 s timeout per article and 60 s more to start). Nothing is started
    /// until [`ProcessExtractor::start`] or the first article.
    pub fn new<I, S>(program: impl Into<OsString>, args: I) -> ProcessExtractor
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        let program = program.into();
        let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
        let command_line = std::iter::once(&program)
            .chain(&args)
            .map(|part| part.to_string_lossy())
            .collect::<Vec<_>>()
            .join(" ");
        ProcessExtractor {
            program,
            args,
            command_line,
            mode: Mode::Persistent,
            timeout: Duration::from_secs(30),
            startup_timeout: Duration::from_secs(60),
            identity: OnceLock::new(),
            state: Mutex::new(State::default()),
        }
    }

    /// Runs the program in `mode`.
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// How long the program may take over one article.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How much longer the first article after each start may take, for the
    /// program to load (persistent mode only).
    pub fn startup_timeout(mut self, timeout: Duration) -> Self {
        self.startup_timeout = timeout;
        self
    }

    /// The name reports use when the program sends none: the command line.
    pub fn command_line(&self) -> &str {
        &self.command_line
    }

    /// Starts the program now (persistent mode), so that a program that
    /// cannot be started is an error before any article. Does nothing in
    /// one-shot mode or when the program is running.
    ///
    /// # Errors
    ///
    /// When the program cannot be started ([`ExtractErrorKind::Io`]); every
    /// article will then fail with the same message.
    pub fn start(&self) -> Result<(), ExtractError> {
        if self.mode == Mode::OneShot {
            return Ok(());
        }
        let mut state = self.lock();
        self.ensure_running(&mut state).map(|_| ())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock leaves nothing half-done that the
        // next article could trip on: at worst a program to restart.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn ensure_running<'s>(&self, state: &'s mut State) -> Result<&'s mut Running, ExtractError> {
        if let Some(fatal) = &state.fatal {
            return Err(ExtractError::new(ExtractErrorKind::Io, fatal.clone()));
        }
        if state.running.is_none() {
            match self.spawn(&[]) {
                Ok(spawned) => state.running = Some(Running::new(spawned)),
                Err(error) => {
                    let message = self.cannot_start(&error);
                    state.fatal = Some(message.clone());
                    return Err(ExtractError::new(ExtractErrorKind::Io, message));
                }
            }
        }
        Ok(state.running.as_mut().expect("started above"))
    }

    fn cannot_start(&self, error: &io::Error) -> String {
        format!("cannot start `{}`: {error}", self.command_line)
    }

    fn spawn(&self, env: &[(&str, &str)]) -> io::Result<Spawned> {
        let mut command = Command::new(&self.program);
        command
            .args(&self.args)
            .env("CLAIMBENCH_PROTOCOL", PROTOCOL_VERSION.to_string())
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        #[cfg(unix)]
        {
            // Its own process group, so that killing it also kills what it
            // started (`sh -c`, a worker pool) instead of leaving them
            // holding its pipes open.
            use std::os::unix::process::CommandExt;
            command.process_group(0);
        }
        let mut child = command.spawn()?;
        let stdin = child.stdin.take().expect("stdin is piped");
        let stdout = child.stdout.take().expect("stdout is piped");
        let stderr = child.stderr.take().expect("stderr is piped");
        let stderr = StderrTail::drain(stderr);
        Ok(Spawned {
            child,
            stdin,
            stdout,
            stderr,
        })
    }

    fn identity(&self) -> Option<&(String, String)> {
        self.identity.get()
    }

    fn learn(&self, handshake: &super::Handshake) {
        if handshake.name.is_some() || handshake.version.is_some() {
            let _ = self.identity.set((
                handshake
                    .name
                    .clone()
                    .unwrap_or_else(|| self.command_line.clone()),
                handshake
                    .version
                    .clone()
                    .unwrap_or_else(|| "unknown".to_owned()),
            ));
        }
    }

    fn extract_persistent(&self, article: &ArticleInput<'_>) -> Result<Extraction, ExtractError> {
        let mut state = self.lock();
        let running = self.ensure_running(&mut state)?;
        match self.exchange(running, article) {
            Ok(claims) => Ok(claims),
            Err(Fault::Article(error)) => Err(error),
            Err(Fault::Restart(kind, message)) => {
                let running = state.running.take().expect("running above");
                let tail = running.kill();
                Err(ExtractError::new(
                    kind,
                    format!("{message}; restarted it for the next article{tail}"),
                ))
            }
            Err(Fault::Fatal(message)) => {
                let running = state.running.take().expect("running above");
                let tail = running.kill();
                state.fatal = Some(message.clone());
                Err(ExtractError::new(
                    ExtractErrorKind::Failed,
                    format!("{message}{tail}"),
                ))
            }
        }
    }

    fn exchange(
        &self,
        running: &mut Running,
        article: &ArticleInput<'_>,
    ) -> Result<Extraction, Fault> {
        // A closed channel means the program stopped reading; its exit or
        // silence shows up on standard output below.
        if let Some(requests) = &running.requests {
            let _ = requests.send(request_line(article));
        }
        let sent = Instant::now();
        let mut deadline = if running.fresh {
            sent + self.timeout + self.startup_timeout
        } else {
            sent + self.timeout
        };
        loop {
            let now = Instant::now();
            let event = match running
                .events
                .recv_timeout(deadline.saturating_duration_since(now))
            {
                Ok(event) => event,
                Err(RecvTimeoutError::Timeout) => {
                    return Err(Fault::Restart(
                        ExtractErrorKind::Failed,
                        format!(
                            "no answer within {}{}",
                            seconds(deadline - sent),
                            if running.fresh {
                                " (startup included)"
                            } else {
                                ""
                            }
                        ),
                    ));
                }
                Err(RecvTimeoutError::Disconnected) => Event::Closed(None),
            };
            let line = match event {
                Event::Line(line) => line,
                Event::TooLong { head, seen } => {
                    return Err(Fault::Restart(
                        ExtractErrorKind::InvalidOutput,
                        format!(
                            "printed a line longer than {} MiB (at least {seen} bytes), starting {}...",
                            MAX_LINE / (1024 * 1024),
                            excerpt(&head[..head.len().min(80)], 80)
                        ),
                    ));
                }
                Event::Closed(error) => {
                    let how = running.exit_status();
                    let error = error.map(|e| format!(" ({e})")).unwrap_or_default();
                    return Err(Fault::Restart(
                        ExtractErrorKind::Failed,
                        format!("the program {how} before answering{error}"),
                    ));
                }
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let message = super::parse_line(&line).map_err(|error| {
                Fault::Restart(
                    ExtractErrorKind::InvalidOutput,
                    format!("{error} in the line {}", excerpt(&line, OUTPUT_QUOTED)),
                )
            })?;
            match message {
                Message::Handshake(handshake) => {
                    if !running.fresh || running.handshake {
                        return Err(Fault::Restart(
                            ExtractErrorKind::InvalidOutput,
                            format!(
                                "a handshake may only be the first line, but got {}",
                                excerpt(&line, OUTPUT_QUOTED)
                            ),
                        ));
                    }
                    if handshake.protocol != PROTOCOL_VERSION {
                        return Err(Fault::Fatal(format!(
                            "the program speaks protocol version {}, but this claimbench speaks {PROTOCOL_VERSION}",
                            handshake.protocol
                        )));
                    }
                    running.handshake = true;
                    running.offsets = handshake.offsets;
                    self.learn(&handshake);
                    // The program is ready: the article's own time starts now.
                    deadline = Instant::now() + self.timeout;
                }
                Message::Response(response) => {
                    match response.id.as_deref() {
                        Some(id) if id == article.id => {}
                        Some(id) => {
                            return Err(Fault::Restart(
                                ExtractErrorKind::InvalidOutput,
                                format!(
                                    "answered for article `{id}` instead of `{}`: {}",
                                    article.id,
                                    excerpt(&line, OUTPUT_QUOTED)
                                ),
                            ));
                        }
                        None => {
                            return Err(Fault::Restart(
                                ExtractErrorKind::InvalidOutput,
                                format!(
                                    "the response has no `id`: {}",
                                    excerpt(&line, OUTPUT_QUOTED)
                                ),
                            ));
                        }
                    }
                    running.fresh = false;
                    return answer(response.answer, article, running.offsets)
                        .map_err(Fault::Article);
                }
            }
        }
    }

    fn extract_one_shot(&self, article: &ArticleInput<'_>) -> Result<Extraction, ExtractError> {
        if let Some(fatal) = &self.lock().fatal {
            return Err(ExtractError::new(ExtractErrorKind::Io, fatal.clone()));
        }
        let mut env = vec![("CLAIMBENCH_ARTICLE_ID", &*article.id)];
        if let Some(language) = article.language.as_deref() {
            env.push(("CLAIMBENCH_LANGUAGE", language));
        }
        let spawned = match self.spawn(&env) {
            Ok(spawned) => spawned,
            Err(error) => {
                let message = self.cannot_start(&error);
                self.lock().fatal = Some(message.clone());
                return Err(ExtractError::new(ExtractErrorKind::Io, message));
            }
        };
        let Spawned {
            mut child,
            stdin,
            stdout,
            stderr,
        } = spawned;
        let text = article.text.as_bytes().to_vec();
        thread::spawn(move || {
            let mut stdin = stdin;
            // An error means the program did not read it all; that is its
            // business, and shows in its answer.
            let _ = stdin.write_all(&text);
        });
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            let _ = tx.send(read_bounded(stdout));
        });
        let fail = |kind, message: String, child: &mut Child| {
            kill(child);
            let tail = stderr.quote();
            ExtractError::new(kind, format!("{message}{tail}"))
        };
        let output = match rx.recv_timeout(self.timeout) {
            Ok(Ok(output)) => output,
            Ok(Err(error)) => {
                return Err(fail(
                    ExtractErrorKind::Io,
                    format!("cannot read the program's output: {error}"),
                    &mut child,
                ));
            }
            Err(_) => {
                return Err(fail(
                    ExtractErrorKind::Failed,
                    format!("no answer within {}", seconds(self.timeout)),
                    &mut child,
                ));
            }
        };
        let status = wait_for_exit(&mut child);
        let Output { bytes, seen } = output;
        if seen > bytes.len() {
            return Err(fail(
                ExtractErrorKind::InvalidOutput,
                format!(
                    "printed more than {} MiB, starting {}...",
                    MAX_LINE / (1024 * 1024),
                    excerpt(&bytes[..80], 80)
                ),
                &mut child,
            ));
        }
        match status {
            Some(status) if status.success() => {}
            other => {
                return Err(fail(
                    ExtractErrorKind::Failed,
                    format!(
                        "the program {} (output: {})",
                        describe_exit(other),
                        excerpt(&bytes, OUTPUT_QUOTED)
                    ),
                    &mut child,
                ));
            }
        }
        let invalid = |message: String| {
            let tail = stderr.quote();
            ExtractError::new(
                ExtractErrorKind::InvalidOutput,
                format!(
                    "{message} in the output {}{tail}",
                    excerpt(&bytes, OUTPUT_QUOTED)
                ),
            )
        };
        let documents: Vec<Json> = serde_json::Deserializer::from_slice(&bytes)
            .into_iter::<Json>()
            .collect::<Result<_, _>>()
            .map_err(|error| invalid(format!("invalid JSON: {error}")))?;
        let mut documents = documents.into_iter();
        let mut offsets = OffsetUnit::Chars;
        let mut document = documents.next();
        if matches!(&document, Some(Json::Object(o)) if o.contains_key(super::HANDSHAKE_KEY)) {
            let handshake: super::Handshake =
                serde_json::from_value(document.take().unwrap_or_default())
                    .map_err(|error| invalid(format!("invalid handshake: {error}")))?;
            if handshake.protocol != PROTOCOL_VERSION {
                return Err(invalid(format!(
                    "protocol version {}, but this claimbench speaks {PROTOCOL_VERSION},",
                    handshake.protocol
                )));
            }
            offsets = handshake.offsets;
            self.learn(&handshake);
            document = documents.next();
        }
        let (Some(document), None) = (document, documents.next()) else {
            return Err(invalid(
                "expected one JSON array or response object (after an optional handshake)"
                    .to_owned(),
            ));
        };
        let response = match document {
            Json::Array(values) => Ok(values),
            other => match super::message(other).map_err(invalid)? {
                Message::Response(response) => {
                    if let Some(id) = response.id.as_deref().filter(|id| *id != article.id) {
                        return Err(invalid(format!(
                            "answered for article `{id}` instead of `{}`",
                            article.id
                        )));
                    }
                    response.answer
                }
                Message::Handshake(_) => {
                    return Err(invalid("a second handshake".to_owned()));
                }
            },
        };
        answer(response, article, offsets)
    }
}

/// Turns a response's answer into claims, or into the error it reports.
fn answer(
    answer: Result<Vec<Json>, String>,
    article: &ArticleInput<'_>,
    offsets: OffsetUnit,
) -> Result<Extraction, ExtractError> {
    match answer {
        Ok(values) => claims(values, &article.text, offsets).map_err(|error| {
            ExtractError::new(
                ExtractErrorKind::InvalidOutput,
                format!("invalid claim: {error}"),
            )
        }),
        Err(error) => Err(ExtractError::new(
            ExtractErrorKind::Failed,
            format!(
                "the extractor reported an error: {}",
                excerpt(error.as_bytes(), OUTPUT_QUOTED)
            ),
        )),
    }
}

impl Extractor for ProcessExtractor {
    fn name(&self) -> &str {
        self.identity()
            .map_or(self.command_line.as_str(), |(name, _)| name.as_str())
    }

    fn version(&self) -> &str {
        self.identity()
            .map_or("unknown", |(_, version)| version.as_str())
    }

    /// The claims that could be read; a claim with a unit outside the
    /// language pack is left out (see [`Extractor::extract_checked`]).
    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
        self.extract_checked(article)
            .map(|extraction| extraction.claims)
    }

    fn extract_checked(&self, article: &ArticleInput<'_>) -> Result<Extraction, ExtractError> {
        match self.mode {
            Mode::Persistent => self.extract_persistent(article),
            Mode::OneShot => self.extract_one_shot(article),
        }
    }
}

impl Drop for ProcessExtractor {
    fn drop(&mut self) {
        let state = self.state.get_mut().unwrap_or_else(|p| p.into_inner());
        if let Some(running) = state.running.take() {
            running.close();
        }
    }
}

/// What went wrong with one article, and what to do with the program.
enum Fault {
    /// The conversation is still in step: keep the program.
    Article(ExtractError),
    /// Kill the program and start it again for the next article.
    Restart(ExtractErrorKind, String),
    /// Kill the program and fail every further article.
    Fatal(String),
}

struct Spawned {
    child: Child,
    stdin: ChildStdin,
    stdout: std::process::ChildStdout,
    stderr: Arc<StderrTail>,
}

/// A program started in persistent mode, and the threads that serve it.
struct Running {
    child: Child,
    requests: Option<Sender<Vec<u8>>>,
    events: Receiver<Event>,
    stderr: Arc<StderrTail>,
    /// No response yet since it started.
    fresh: bool,
    /// It has sent its handshake.
    handshake: bool,
    offsets: OffsetUnit,
}

impl Running {
    fn new(spawned: Spawned) -> Running {
        let Spawned {
            child,
            stdin,
            stdout,
            stderr,
        } = spawned;
        let (requests, to_write) = mpsc::channel::<Vec<u8>>();
        thread::spawn(move || {
            let mut stdin = stdin;
            for request in to_write {
                if stdin
                    .write_all(&request)
                    .and_then(|()| stdin.flush())
                    .is_err()
                {
                    return;
                }
            }
        });
        // A small bound: a program that prints lines nobody asked for is
        // held back by the pipe rather than filling claimbench's memory.
        let (events_tx, events) = mpsc::sync_channel(4);
        thread::spawn(move || read_lines(stdout, &events_tx));
        Running {
            child,
            requests: Some(requests),
            events,
            stderr,
            fresh: true,
            handshake: false,
            offsets: OffsetUnit::Chars,
        }
    }

    /// How the program ended, after its standard output closed.
    fn exit_status(&mut self) -> String {
        describe_exit(wait_for_exit(&mut self.child))
    }

    /// Kills the program and returns the tail of its standard error, quoted
    /// for a failure message.
    fn kill(mut self) -> String {
        self.requests = None;
        kill(&mut self.child);
        self.stderr.quote()
    }

    /// Closes the program's standard input, gives it a moment to exit, and
    /// kills it if it has not.
    fn close(mut self) {
        self.requests = None;
        if wait_for_exit(&mut self.child).is_none() {
            kill(&mut self.child);
        }
    }
}

/// Waits up to [`EXIT_GRACE`] for the program to exit.
fn wait_for_exit(child: &mut Child) -> Option<ExitStatus> {
    let until = Instant::now() + EXIT_GRACE;
    let mut pause = Duration::from_micros(200);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() < until => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            _ => return None,
        }
    }
}

fn describe_exit(status: Option<ExitStatus>) -> String {
    match status {
        Some(status) => match status.code() {
            Some(code) => format!("exited with status {code}"),
            None => format!("was ended ({status})"),
        },
        None => "closed its standard output but did not exit".to_owned(),
    }
}

/// Kills the program, and on Unix its process group, and reaps it.
fn kill(child: &mut Child) {
    #[cfg(unix)]
    if let Ok(pid) = libc::pid_t::try_from(child.id())
        && matches!(child.try_wait(), Ok(None))
    {
        // SAFETY: kill(2) with a negative pid signals the process group
        // the child leads (it was spawned with `process_group(0)`); the
        // child is not yet reaped, so the group id is still its own.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn seconds(duration: Duration) -> String {
    let secs = duration.as_secs_f64();
    if secs.fract() == 0.0 {
        format!("{secs} s")
    } else {
        format!("{secs:.1} s")
    }
}

/// What the standard output reader sees.
enum Event {
    /// One complete line, without its `\n`.
    Line(Vec<u8>),
    /// A line longer than [`MAX_LINE`]: its first bytes and how many were
    /// seen before giving up. The rest of it is discarded.
    TooLong { head: Vec<u8>, seen: usize },
    /// End of output, or a read error.
    Closed(Option<io::Error>),
}

/// Reads lines of at most [`MAX_LINE`] bytes until the output ends or
/// nobody listens.
fn read_lines(stdout: impl Read, events: &SyncSender<Event>) {
    let mut reader = BufReader::with_capacity(64 * 1024, stdout);
    let mut line = Vec::new();
    let mut discarding = false;
    loop {
        let buffer = match reader.fill_buf() {
            Ok(buffer) => buffer,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => {
                let _ = events.send(Event::Closed(Some(error)));
                return;
            }
        };
        if buffer.is_empty() {
            // A last line without its newline still counts.
            if !line.is_empty() && !discarding && events.send(Event::Line(line)).is_err() {
                return;
            }
            let _ = events.send(Event::Closed(None));
            return;
        }
        let newline = memchr::memchr(b'\n', buffer);
        let chunk = &buffer[..newline.unwrap_or(buffer.len())];
        let consumed = chunk.len() + usize::from(newline.is_some());
        let mut event = None;
        if discarding {
            discarding = newline.is_none();
        } else if line.len() + chunk.len() > MAX_LINE {
            let seen = line.len() + chunk.len();
            let mut head = std::mem::take(&mut line);
            head.truncate(256);
            head.extend_from_slice(&chunk[..chunk.len().min(256 - head.len())]);
            event = Some(Event::TooLong { head, seen });
            discarding = newline.is_none();
        } else {
            line.extend_from_slice(chunk);
            if newline.is_some() {
                event = Some(Event::Line(std::mem::take(&mut line)));
            }
        }
        reader.consume(consumed);
        if let Some(event) = event
            && events.send(event).is_err()
        {
            return;
        }
    }
}

/// All of a one-shot program's output, up to [`MAX_LINE`] bytes.
struct Output {
    bytes: Vec<u8>,
    /// How many bytes it wrote in all.
    seen: usize,
}

fn read_bounded(mut stdout: impl Read) -> io::Result<Output> {
    let mut bytes = Vec::new();
    let mut seen = 0;
    let mut buffer = vec![0; 64 * 1024];
    loop {
        let n = match stdout.read(&mut buffer) {
            Ok(0) => return Ok(Output { bytes, seen }),
            Ok(n) => n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        seen += n;
        let room = MAX_LINE.saturating_sub(bytes.len());
        bytes.extend_from_slice(&buffer[..n.min(room)]);
        if seen > MAX_LINE {
            // Enough to fail the article; stop reading so the program
            // is killed rather than drained.
            return Ok(Output { bytes, seen });
        }
    }
}

/// The last [`STDERR_TAIL`] bytes of a program's standard error, kept by a
/// thread that reads it as fast as it comes.
struct StderrTail {
    /// The tail, and whether standard error has ended.
    tail: Mutex<(VecDeque<u8>, bool)>,
    ended: Condvar,
}

impl StderrTail {
    fn drain(mut stderr: impl Read + Send + 'static) -> Arc<StderrTail> {
        let tail = Arc::new(StderrTail {
            tail: Mutex::new((VecDeque::new(), false)),
            ended: Condvar::new(),
        });
        let kept = Arc::clone(&tail);
        thread::spawn(move || {
            let mut buffer = vec![0; 16 * 1024];
            loop {
                let n = match stderr.read(&mut buffer) {
                    Ok(n) => n,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                    Err(_) => 0,
                };
                let mut guard = kept.tail.lock().unwrap_or_else(|p| p.into_inner());
                if n == 0 {
                    guard.1 = true;
                    kept.ended.notify_all();
                    return;
                }
                let tail = &mut guard.0;
                tail.extend(&buffer[..n]);
                let excess = tail.len().saturating_sub(STDERR_TAIL);
                tail.drain(..excess);
            }
        });
        tail
    }

    /// `; standard error ended with "..."`, or nothing when it is empty.
    fn quote(&self) -> String {
        let guard = self.tail.lock().unwrap_or_else(|p| p.into_inner());
        // The reader may be a moment behind a program that just died.
        let (guard, _) = self
            .ended
            .wait_timeout_while(guard, Duration::from_millis(200), |(_, ended)| !*ended)
            .unwrap_or_else(|p| p.into_inner());
        let bytes: Vec<u8> = guard.0.iter().copied().collect();
        drop(guard);
        let text = String::from_utf8_lossy(&bytes);
        let text = text.trim_end();
        if text.is_empty() {
            return String::new();
        }
        let chars = text.chars().count();
        let last: String = text
            .chars()
            .skip(chars.saturating_sub(STDERR_QUOTED))
            .collect();
        let cut = if chars > STDERR_QUOTED { "..." } else { "" };
        format!("; standard error ended with {cut}{last:?}")
    }
}
