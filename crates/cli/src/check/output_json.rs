//! `--format json`: one JSON object, `{"documents": [...], "errors": [...]}` (CONTRACT.md).
//!
//! Each document has the contract's keys (`source`, `level`, `level_name`, `findings` with
//! `category`, `start`, `end`, `text`, `score`, `level`; `reasons`; `uses` with `kind`, `area`,
//! `text`; `decision` with `--system`) and, added: `format`, `uses[].start/end`, `notes` and
//! `findings_omitted` when there are any. Inputs that could not be checked are listed in
//! `errors` as `{"source", "error"}` (and on stderr), so `documents` holds only real results.
//! Documents are written as they are finished, so memory does not grow with their number.

use super::report::{Outcome, Printer, Summary};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::{self, Write};
use vakt_detect::UseKind;

#[derive(Serialize)]
struct JsonDoc<'a> {
    source: &'a str,
    format: &'a str,
    level: u8,
    level_name: &'a str,
    findings: Vec<JsonFinding<'a>>,
    reasons: &'a [String],
    uses: Vec<JsonUse<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    decision: Option<&'a super::decision::DecisionOut>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    notes: &'a [String],
    #[serde(skip_serializing_if = "is_zero")]
    findings_omitted: usize,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    incomplete: bool,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    category: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    score: f64,
    level: u8,
}

#[derive(Serialize)]
struct JsonUse<'a> {
    kind: UseKind,
    area: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
}

/// The score as the short decimal it was written as (0.99, not 0.9900000095367432).
pub fn score(s: f32) -> f64 {
    s.to_string().parse().unwrap_or(s as f64)
}

/// The JSON printer.
#[derive(Default)]
pub struct Json {
    count: usize,
    errors: Vec<Value>,
}

impl Printer for Json {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"{\"documents\": [")
    }

    fn document(&mut self, o: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        let d = match o {
            Outcome::Error { source, message } => {
                self.errors
                    .push(json!({"source": source, "error": message}));
                return Ok(());
            }
            Outcome::Doc(d) => d,
        };
        out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
        self.count += 1;
        let level = d.level();
        let doc = JsonDoc {
            source: &d.source,
            format: d.format,
            level: level.as_u8(),
            level_name: level.name_sv(),
            findings: d
                .findings
                .iter()
                .map(|f| JsonFinding {
                    category: f.category.id(),
                    start: f.start,
                    end: f.end,
                    text: &f.text,
                    score: score(f.score),
                    level: f.level.as_u8(),
                })
                .collect(),
            reasons: &d.reasons,
            uses: d
                .uses
                .iter()
                .map(|u| JsonUse {
                    kind: u.kind,
                    area: u.area.id(),
                    text: &u.text,
                    start: u.start,
                    end: u.end,
                })
                .collect(),
            decision: d.decision.as_ref(),
            notes: &d.notes,
            findings_omitted: d.findings_omitted,
            incomplete: d.incomplete,
        };
        serde_json::to_writer(&mut *out, &doc).map_err(io::Error::other)
    }

    fn end(&mut self, _summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"\n],\n\"errors\": ")?;
        serde_json::to_writer(&mut *out, &self.errors).map_err(io::Error::other)?;
        out.write_all(b"}\n")
    }
}
