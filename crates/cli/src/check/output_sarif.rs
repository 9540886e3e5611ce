//! `--format sarif`: SARIF 2.1.0, for code-scanning dashboards.
//!
//! One run; one rule per category (`personnummer`, `health` …) plus one per kind of AI Act use
//! (`ai_use/prohibited` …); one result per finding with the region as line/column (columns
//! in Unicode code points, `columnKind` says so) and as `byteOffset`/`byteLength` into the
//! extracted text. Each artifact carries the document's level in `properties`. Inputs that
//! could not be checked are `toolExecutionNotifications` and make `executionSuccessful` false.
//!
//! The found text itself is **not** written into SARIF messages: SARIF files are uploaded to
//! dashboards and kept, and copying a personnummer there would spread it further. The region
//! points at it; `--format json` includes the text for local use.

use super::report::{Outcome, Printer, Summary};
use serde_json::{json, Value};
use std::io::{self, Write};
use vakt_detect::{Category, Level};

/// The SARIF printer (the log is built in memory and written at the end).
#[derive(Default)]
pub struct Sarif {
    artifacts: Vec<Value>,
    results: Vec<Value>,
    notifications: Vec<Value>,
}

const USE_KINDS: &[&str] = &["prohibited", "high_risk", "automated_decision"];

fn sarif_level(l: Level) -> &'static str {
    match l {
        Level::L0 => "note",
        Level::L1 => "note",
        Level::L2 => "warning",
        _ => "error",
    }
}

/// A URI reference for a path as given (percent-encoded, `/` separators).
fn uri(path: &str) -> String {
    if path == "-" {
        return "stdin".into();
    }
    let mut out = String::new();
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Printer for Sarif {
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn document(&mut self, o: &Outcome, _out: &mut dyn Write) -> io::Result<()> {
        let d = match o {
            Outcome::Error { source, message } => {
                self.notifications.push(json!({
                    "level": "error",
                    "message": {"text": format!("{source}: {message}")},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(source)}}}],
                }));
                return Ok(());
            }
            Outcome::Doc(d) => d,
        };
        let index = self.artifacts.len();
        let level = d.level();
        let mut props = json!({
            "level": level.as_u8(),
            "level_name": level.name_sv(),
            "reasons": d.reasons,
            "format": d.format,
        });
        // How the text was read, and "N fler fynd utelämnade" when the list was cut.
        if !d.notes.is_empty() {
            props["notes"] = json!(d.notes);
        }
        if d.findings_omitted > 0 {
            props["findings_omitted"] = json!(d.findings_omitted);
        }
        self.artifacts.push(json!({
            "location": {"uri": uri(&d.source)},
            "length": d.text_bytes,
            "properties": props,
        }));
        for f in &d.findings {
            let rule_index = Category::ALL
                .iter()
                .position(|c| *c == f.category)
                .unwrap_or(0);
            self.results.push(json!({
                "ruleId": f.category.id(),
                "ruleIndex": rule_index,
                "level": sarif_level(f.level),
                "message": {"text": format!(
                    "{} (nivå {} {})", f.category.label_sv(), f.level.as_u8(), f.level.name_sv()
                )},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri(&d.source), "index": index},
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": f.end_column,
                        "byteOffset": f.start,
                        "byteLength": f.end - f.start,
                    },
                }}],
                "properties": {"score": super::output_json::score(f.score), "level": f.level.as_u8()},
            }));
        }
        for u in &d.uses {
            let kind = u.kind.id();
            let rule_index =
                Category::ALL.len() + USE_KINDS.iter().position(|k| *k == kind).unwrap_or(0);
            self.results.push(json!({
                "ruleId": format!("ai_use/{kind}"),
                "ruleIndex": rule_index,
                "level": if kind == "prohibited" { "error" } else { "warning" },
                "message": {"text": format!("AI-användning: {kind} ({})", u.area.id())},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri(&d.source), "index": index},
                    "region": {"byteOffset": u.start, "byteLength": u.end - u.start},
                }}],
            }));
        }
        Ok(())
    }

    fn end(&mut self, _summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let mut rules: Vec<Value> = Category::ALL
            .iter()
            .map(|c| {
                json!({
                    "id": c.id(),
                    "name": c.id(),
                    "shortDescription": {"text": c.label_sv()},
                    "defaultConfiguration": {"level": sarif_level(c.base_level())},
                    "properties": {"level": c.base_level().as_u8()},
                })
            })
            .collect();
        for k in USE_KINDS {
            rules.push(json!({
                "id": format!("ai_use/{k}"),
                "name": format!("ai_use/{k}"),
                "shortDescription": {"text": match *k {
                    "prohibited" => "förbjuden AI-användning (AI-förordningen art. 5)",
                    "high_risk" => "AI-användning med hög risk (AI-förordningen bilaga III)",
                    _ => "automatiserat beslut",
                }},
            }));
        }
        let log = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "vakt",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "artifacts": self.artifacts,
                "results": self.results,
                "invocations": [{
                    "executionSuccessful": self.notifications.is_empty(),
                    "toolExecutionNotifications": self.notifications,
                }],
            }],
        });
        serde_json::to_writer_pretty(&mut *out, &log).map_err(io::Error::other)?;
        out.write_all(b"\n")
    }
}
