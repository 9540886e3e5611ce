//! `vakt eval [--corpus DIR] [--split dev|heldout|all] [--format human|json] [--details]`
//!
//! Measures the detection engine against the labelled corpus (`corpus/`, see its README):
//! precision and recall per identifier category, content categories at document level,
//! document level agreement (exact, within range, under-classified by name) and AI Act uses
//! (found, false flags).
//!
//! Design decisions:
//! - Gold is validated before anything is scored, and a bad corpus exits 2 with every problem
//!   listed: a figure computed on gold that does not match its text cannot be trusted.
//! - The default split is `dev`. The held-out split is what the targets are checked
//!   on; nobody tunes against it, so it is printed only when asked for.
//! - Exit 0 whatever the figures are: this command reports; the targets are asserted by
//!   `crates/cli/tests/eval.rs`.

mod gold;
mod report;
mod score;

use crate::Global;
use gold::Split;
use std::path::PathBuf;
use std::process::ExitCode;
use vakt_detect::Engine;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Tables for people.
    Human,
    /// One JSON object with every figure and the per-document errors.
    Json,
}

/// Options of `vakt eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The corpus folder (with `dev/` and `heldout/`); default `./corpus`, else the
    /// repository's corpus.
    #[arg(long, value_name = "DIR")]
    pub corpus: Option<PathBuf>,
    /// Which part of the corpus to evaluate.
    #[arg(long, value_enum, default_value = "dev")]
    pub split: Split,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// List every document's misses (human format; JSON always has them).
    #[arg(long)]
    pub details: bool,
}

fn corpus_dir(arg: Option<PathBuf>) -> PathBuf {
    if let Some(d) = arg {
        return d;
    }
    let here = PathBuf::from("corpus");
    if here.is_dir() {
        return here;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

/// Runs `vakt eval`.
pub fn run(args: Args, _global: &Global) -> anyhow::Result<ExitCode> {
    let dir = corpus_dir(args.corpus);
    let shown = dir.display().to_string();
    let docs = match gold::load(&dir, args.split) {
        Ok(d) => d,
        Err(errors) => {
            if args.format == Format::Json {
                let v = serde_json::json!({"corpus": shown, "split": args.split.id(),
                    "valid": false, "errors": errors});
                println!("{v}");
            }
            eprintln!("vakt eval: korpusen är ogiltig ({} fel):", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            return Ok(ExitCode::from(2));
        }
    };
    let engine = Engine::shared();
    let analyses: Vec<_> = docs.iter().map(|d| engine.analyze(&d.text)).collect();
    let s = score::score(&docs, &analyses);
    match args.format {
        Format::Human => print!(
            "{}",
            report::human(&shown, args.split.id(), &s, args.details)
        ),
        Format::Json => {
            let mut v = serde_json::to_value(&s)?;
            if let Some(o) = v.as_object_mut() {
                o.insert("corpus".into(), shown.into());
                o.insert("split".into(), args.split.id().into());
                o.insert("valid".into(), true.into());
            }
            println!("{}", serde_json::to_string_pretty(&v)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}
