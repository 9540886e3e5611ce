//! The labelled corpus: loading `NAME.txt` + `NAME.gold.json` pairs and validating the gold.
//!
//! Gold spans are given by exact text (optionally with a byte `start`), so a labeller can
//! write them by hand and a reviewer can read them. The validator rejects anything the
//! scorer would have to guess about: a span text not in the document, an unknown category,
//! a level outside its range, a document without gold or gold without a document.

use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use vakt_detect::{Category, CategoryKind, UseArea, UseKind};

/// One gold file as written on disk.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldFile {
    level: u8,
    #[serde(default)]
    level_range: Option<[u8; 2]>,
    #[serde(default)]
    spans: Vec<SpanSpec>,
    #[serde(default)]
    content: Vec<String>,
    #[serde(default)]
    uses: Vec<UseSpec>,
    /// Free text for reviewers (why this level); ignored by the scorer.
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpanSpec {
    category: String,
    text: String,
    /// Every occurrence of `text` is this category.
    #[serde(default)]
    all: bool,
    /// Byte offset of this occurrence (optional; else the n-th unpinned occurrence).
    #[serde(default)]
    start: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UseSpec {
    kind: UseKind,
    area: UseArea,
    /// Other (kind, area) pairs a careful labeller would also accept for this request.
    #[serde(default)]
    also: Vec<UseAlt>,
    /// The phrase that shows the use (for reviewers; must be in the document when given).
    #[serde(default)]
    text: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UseAlt {
    kind: UseKind,
    area: UseArea,
}

/// A gold identifier span resolved to byte offsets.
#[derive(Debug, Clone)]
pub struct GoldSpan {
    /// Identifier category.
    pub category: Category,
    /// Byte offset of the first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A gold use: found when the engine reports any of `accept`.
#[derive(Debug, Clone)]
pub struct GoldUse {
    /// The labelled (kind, area) first, then the alternatives.
    pub accept: Vec<(UseKind, UseArea)>,
}

/// One labelled document.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Split-relative name without extension, e.g. `dev/sn_utredning_01`.
    pub name: String,
    /// The text.
    pub text: String,
    /// Gold level.
    pub level: u8,
    /// Acceptable range (min, max), containing `level`.
    pub range: (u8, u8),
    /// Identifier spans.
    pub spans: Vec<GoldSpan>,
    /// Content categories about an individual (document level).
    pub content: Vec<Category>,
    /// Requested uses.
    pub uses: Vec<GoldUse>,
}

/// Which part of the corpus to evaluate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Split {
    /// `corpus/dev/`: what the engine developers may look at and tune against.
    Dev,
    /// `corpus/heldout/`: never tuned against; reported only.
    Heldout,
    /// Both.
    All,
}

impl Split {
    /// The folder names this split covers.
    pub fn dirs(self) -> &'static [&'static str] {
        match self {
            Split::Dev => &["dev"],
            Split::Heldout => &["heldout"],
            Split::All => &["dev", "heldout"],
        }
    }

    /// The id used in output.
    pub fn id(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Heldout => "heldout",
            Split::All => "all",
        }
    }
}

/// Loads and validates every document of `split` under `corpus`. On any problem returns
/// the full list of problems (one line each), so a labeller can fix them in one go.
pub fn load(corpus: &Path, split: Split) -> Result<Vec<Doc>, Vec<String>> {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for dir in split.dirs() {
        let folder = corpus.join(dir);
        let entries = match std::fs::read_dir(&folder) {
            Ok(e) => e,
            Err(e) => {
                errors.push(format!("{}: kan inte läsa mappen: {e}", folder.display()));
                continue;
            }
        };
        let mut txt: Vec<PathBuf> = Vec::new();
        let mut gold: Vec<PathBuf> = Vec::new();
        for entry in entries.flatten() {
            let p = entry.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".gold.json") {
                gold.push(p);
            } else if name.ends_with(".txt") {
                txt.push(p);
            }
        }
        txt.sort();
        for g in &gold {
            let stem = g
                .to_string_lossy()
                .trim_end_matches(".gold.json")
                .to_string();
            if !Path::new(&format!("{stem}.txt")).is_file() {
                errors.push(format!(
                    "{}: guldfil utan dokument ({stem}.txt)",
                    g.display()
                ));
            }
        }
        for t in txt {
            let stem = t
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("")
                .to_string();
            let name = format!("{dir}/{stem}");
            match load_one(&t, &name) {
                Ok(doc) => docs.push(doc),
                Err(mut e) => errors.append(&mut e),
            }
        }
    }
    if docs.is_empty() && errors.is_empty() {
        errors.push(format!("{}: inga dokument i korpusen", corpus.display()));
    }
    if errors.is_empty() {
        Ok(docs)
    } else {
        Err(errors)
    }
}

fn load_one(txt: &Path, name: &str) -> Result<Doc, Vec<String>> {
    let gold_path = txt.with_extension("gold.json");
    let err = |m: String| vec![format!("{name}: {m}")];
    let text = std::fs::read_to_string(txt).map_err(|e| err(format!("kan inte läsa: {e}")))?;
    let raw = std::fs::read_to_string(&gold_path)
        .map_err(|e| err(format!("saknar guldfil {}: {e}", gold_path.display())))?;
    let gold: GoldFile =
        serde_json::from_str(&raw).map_err(|e| err(format!("ogiltig guldfil: {e}")))?;
    validate(name, text, gold)
}

fn validate(name: &str, text: String, gold: GoldFile) -> Result<Doc, Vec<String>> {
    let mut errors = Vec::new();
    let mut e = |m: String| errors.push(format!("{name}: {m}"));
    if gold.level > 4 {
        e(format!("nivå {} är inte 0–4", gold.level));
    }
    let range = match gold.level_range {
        Some([lo, hi]) => (lo, hi),
        None => (gold.level, gold.level),
    };
    if !(range.0 <= gold.level && gold.level <= range.1 && range.1 <= 4) {
        e(format!(
            "level_range [{}, {}] innehåller inte nivå {}",
            range.0, range.1, gold.level
        ));
    }

    let mut spans = Vec::new();
    // Next search position per (category, text) for unpinned spans.
    let mut cursor: HashMap<(String, String), usize> = HashMap::new();
    for s in &gold.spans {
        let Some(cat) = Category::from_id(&s.category) else {
            e(format!("okänd kategori `{}`", s.category));
            continue;
        };
        if cat.kind() != CategoryKind::Identifier {
            e(format!(
                "`{}` är en innehållskategori; ange den under \"content\"",
                s.category
            ));
            continue;
        }
        if s.text.is_empty() {
            e(format!("tom spantext för {}", s.category));
            continue;
        }
        if let Some(start) = s.start {
            if text.get(start..start + s.text.len()) == Some(s.text.as_str()) {
                spans.push(GoldSpan {
                    category: cat,
                    start,
                    end: start + s.text.len(),
                });
            } else {
                e(format!(
                    "spantexten {:?} ({}) finns inte vid byte {start}",
                    s.text, s.category
                ));
            }
            continue;
        }
        if s.all {
            let before = spans.len();
            for (i, _) in text.match_indices(s.text.as_str()) {
                spans.push(GoldSpan {
                    category: cat,
                    start: i,
                    end: i + s.text.len(),
                });
            }
            if spans.len() == before {
                e(format!(
                    "spantexten {:?} ({}) finns inte i dokumentet",
                    s.text, s.category
                ));
            }
            continue;
        }
        let key = (s.category.clone(), s.text.clone());
        let from = *cursor.get(&key).unwrap_or(&0);
        match text.get(from..).and_then(|rest| rest.find(s.text.as_str())) {
            Some(i) => {
                let start = from + i;
                spans.push(GoldSpan {
                    category: cat,
                    start,
                    end: start + s.text.len(),
                });
                cursor.insert(key, start + s.text.len());
            }
            None if from == 0 => e(format!(
                "spantexten {:?} ({}) finns inte i dokumentet",
                s.text, s.category
            )),
            None => e(format!(
                "spantexten {:?} ({}) är listad fler gånger än den förekommer",
                s.text, s.category
            )),
        }
    }
    spans.sort_by_key(|s| (s.start, s.end));

    let mut content = Vec::new();
    for c in &gold.content {
        match Category::from_id(c) {
            Some(cat) if cat.kind() != CategoryKind::Identifier => {
                if !content.contains(&cat) {
                    content.push(cat);
                }
            }
            Some(_) => e(format!(
                "`{c}` är en identifierare; ange den under \"spans\""
            )),
            None => e(format!("okänd innehållskategori `{c}`")),
        }
    }

    let mut uses = Vec::new();
    for u in &gold.uses {
        if let Some(t) = &u.text {
            if !text.contains(t.as_str()) {
                e(format!("användningsfrasen {t:?} finns inte i dokumentet"));
            }
        }
        let mut accept = vec![(u.kind, u.area)];
        accept.extend(u.also.iter().map(|a| (a.kind, a.area)));
        uses.push(GoldUse { accept });
    }

    if errors.is_empty() {
        Ok(Doc {
            name: name.to_string(),
            text,
            level: gold.level,
            range,
            spans,
            content,
            uses,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(json: &str) -> GoldFile {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn rejects_span_not_in_text() {
        let g = gold(
            r#"{"level": 2, "spans": [{"category": "personnummer", "text": "19850314-1234"}]}"#,
        );
        let e = validate("x", "inget här".into(), g).unwrap_err();
        assert!(e[0].contains("finns inte"), "{e:?}");
    }

    #[test]
    fn repeated_spans_take_successive_occurrences() {
        let g = gold(
            r#"{"level": 1, "spans": [{"category": "person_name", "text": "Anna"},
                {"category": "person_name", "text": "Anna"}]}"#,
        );
        let d = validate("x", "Anna och Anna".into(), g).unwrap();
        assert_eq!((d.spans[0].start, d.spans[1].start), (0, 9));
        let g = gold(
            r#"{"level": 1, "spans": [{"category": "person_name", "text": "Anna"},
                {"category": "person_name", "text": "Anna"}]}"#,
        );
        assert!(validate("x", "Anna".into(), g).is_err());
    }

    #[test]
    fn rejects_bad_range_and_wrong_kind() {
        let g = gold(r#"{"level": 3, "level_range": [0, 1], "content": ["email"]}"#);
        let e = validate("x", "t".into(), g).unwrap_err();
        assert_eq!(e.len(), 2, "{e:?}");
    }
}
