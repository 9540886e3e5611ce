//! What a scan of one document produces, and the printer interface the formats implement.

use std::collections::BTreeMap;
use std::io::Write;
use vakt_detect::{Category, Level, UseArea, UseKind};

/// The outcome of one input.
#[derive(Debug)]
pub enum Outcome {
    /// The document was read and analysed.
    Doc(Box<DocReport>),
    /// It could not be read; `message` is Swedish.
    Error {
        /// The path as given (or `-`).
        source: String,
        /// Why.
        message: String,
    },
}

/// One analysed document.
#[derive(Debug, Default)]
pub struct DocReport {
    /// The path as given (or `-` for stdin).
    pub source: String,
    /// The format the text was read as.
    pub format: &'static str,
    /// The document level.
    pub level: Option<Level>,
    /// Findings (at most `max_findings`), in document order.
    pub findings: Vec<Found>,
    /// Findings beyond `max_findings` that were counted but not listed.
    pub findings_omitted: usize,
    /// Count of every finding per category (complete, even when the list is cut).
    pub counts: BTreeMap<Category, usize>,
    /// Why the level is what it is (Swedish).
    pub reasons: Vec<String>,
    /// AI Act uses the text asks for.
    pub uses: Vec<FoundUse>,
    /// Notes on how the text was read (Swedish).
    pub notes: Vec<String>,
    /// Whether only part of the text was checked (a size limit was hit).
    pub incomplete: bool,
    /// Bytes of extracted text.
    pub text_bytes: usize,
    /// The policy decision for `--system`, as the JSON object of the contract.
    pub decision: Option<super::decision::DecisionOut>,
}

impl DocReport {
    /// The level, 0 when nothing was found.
    pub fn level(&self) -> Level {
        self.level.unwrap_or(Level::L0)
    }
}

/// One finding with its text and position.
#[derive(Debug, Clone)]
pub struct Found {
    /// Category.
    pub category: Category,
    /// Byte offset into the extracted text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The text found.
    pub text: String,
    /// Confidence.
    pub score: f32,
    /// Level of this finding.
    pub level: Level,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// 1-based line of `end`.
    pub end_line: usize,
    /// 1-based column of `end` (exclusive), in characters.
    pub end_column: usize,
    /// The line around the finding and the finding's byte range in it (human output only).
    pub context: Option<(String, std::ops::Range<usize>)>,
}

/// One detected AI Act use.
#[derive(Debug, Clone)]
pub struct FoundUse {
    /// Prohibited, high-risk or automated decision.
    pub kind: UseKind,
    /// The area.
    pub area: UseArea,
    /// Byte offsets into the extracted text.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The phrase.
    pub text: String,
}

/// Counts over the whole run, for the summary line and the exit code.
#[derive(Debug, Default)]
pub struct Summary {
    /// Documents analysed.
    pub documents: usize,
    /// Inputs that could not be checked.
    pub errors: usize,
    /// Documents only partly checked.
    pub incomplete: usize,
    /// Documents above `--max-level`.
    pub above: usize,
    /// Documents that `--system` refuses.
    pub refused: usize,
    /// The highest level seen.
    pub highest: Option<Level>,
    /// Documents per level.
    pub per_level: BTreeMap<Level, usize>,
    /// Findings per category, over all documents.
    pub counts: BTreeMap<Category, usize>,
}

impl Summary {
    /// Adds one outcome.
    pub fn add(&mut self, o: &Outcome, max: Level) {
        match o {
            Outcome::Error { .. } => self.errors += 1,
            Outcome::Doc(d) => {
                self.documents += 1;
                let l = d.level();
                if d.incomplete {
                    self.incomplete += 1;
                }
                if l > max {
                    self.above += 1;
                }
                if d.decision.as_ref().is_some_and(|x| x.decision == "refused") {
                    self.refused += 1;
                }
                self.highest = self.highest.max(Some(l));
                *self.per_level.entry(l).or_default() += 1;
                for (c, n) in &d.counts {
                    *self.counts.entry(*c).or_default() += n;
                }
            }
        }
    }

    /// 2 when something could not be checked, else 1 when a document is above the maximum
    /// (or refused for `--system`), else 0.
    pub fn exit_code(&self) -> u8 {
        if self.errors > 0 || self.incomplete > 0 {
            2
        } else if self.above > 0 || self.refused > 0 {
            1
        } else {
            0
        }
    }
}

/// An output format. Documents arrive in input order, errors among them.
pub trait Printer {
    /// Before the first document.
    fn begin(&mut self, out: &mut dyn Write) -> std::io::Result<()>;
    /// One document or error.
    fn document(&mut self, o: &Outcome, out: &mut dyn Write) -> std::io::Result<()>;
    /// After the last.
    fn end(&mut self, summary: &Summary, out: &mut dyn Write) -> std::io::Result<()>;
}
