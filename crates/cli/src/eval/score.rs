//! Scoring the engine's analyses against the gold.
//!
//! - Identifiers: a gold span is found, and a predicted span is correct, when a span of the
//!   same category overlaps it (so "Storgatan 12" + "411 38 Göteborg" both count for one gold
//!   address, and a name found without its genitive s still counts).
//! - Content: per document, the set of content categories the engine reports *at their full
//!   level* (a finding whose level is at least the category's base level; a topic only
//!   mentioned in a general sentence may be reported lower and then does not count) against
//!   the gold set.
//! - Levels: exact, within the gold range, under (below the range) and over (above it).
//! - Uses: a gold use is found when the engine reports the same (kind, area) or one of the
//!   gold's alternatives; also counted by kind only. A false flag is a document without gold
//!   uses for which the engine reports any use.

use super::gold::Doc;
use serde::Serialize;
use std::collections::BTreeMap;
use vakt_detect::{Analysis, Category, CategoryKind};

/// Counts for one identifier category (or all of them).
#[derive(Debug, Default, Clone, Serialize)]
pub struct SpanCounts {
    /// Gold spans.
    pub gold: usize,
    /// Gold spans overlapped by a prediction of the same category.
    pub found: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Predicted spans overlapping a gold span of the same category.
    pub correct: usize,
    /// correct / predicted (null when nothing was predicted).
    pub precision: Option<f64>,
    /// found / gold (null when there is no gold).
    pub recall: Option<f64>,
    /// Harmonic mean of the two.
    pub f1: Option<f64>,
}

/// Document-level counts for one content category (or all).
#[derive(Debug, Default, Clone, Serialize)]
pub struct SetCounts {
    /// In gold and predicted.
    pub tp: usize,
    /// Predicted, not in gold.
    pub fp: usize,
    /// In gold, not predicted.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// tp / (tp + fp).
    pub precision: Option<f64>,
    /// tp / (tp + fn).
    pub recall: Option<f64>,
    /// Harmonic mean.
    pub f1: Option<f64>,
}

/// Level agreement.
#[derive(Debug, Default, Clone, Serialize)]
pub struct LevelScore {
    /// Documents scored.
    pub documents: usize,
    /// Predicted level == gold level.
    pub exact: usize,
    /// exact / documents.
    pub exact_share: Option<f64>,
    /// Predicted level within the gold range.
    pub in_range: usize,
    /// in_range / documents.
    pub in_range_share: Option<f64>,
    /// Documents predicted below the gold range, with both levels.
    pub under: Vec<LevelMiss>,
    /// Number of documents predicted above the gold range.
    pub over_count: usize,
    /// Documents predicted above the gold range.
    pub over: Vec<LevelMiss>,
    /// confusion[gold][predicted], levels 0–4.
    pub confusion: [[usize; 5]; 5],
}

/// A document outside its range.
#[derive(Debug, Clone, Serialize)]
pub struct LevelMiss {
    /// Document name.
    pub name: String,
    /// Gold level range.
    pub gold: (u8, u8),
    /// Predicted level.
    pub predicted: u8,
}

/// AI Act uses.
#[derive(Debug, Default, Clone, Serialize)]
pub struct UseScore {
    /// Gold uses.
    pub gold: usize,
    /// Found with the same kind and area (or a listed alternative).
    pub found: usize,
    /// found / gold.
    pub found_share: Option<f64>,
    /// Found with the same kind at least.
    pub found_kind: usize,
    /// found_kind / gold.
    pub found_kind_share: Option<f64>,
    /// Documents without gold uses.
    pub clean_documents: usize,
    /// Of those, documents where the engine reported a use.
    pub false_flags: usize,
    /// false_flags / clean_documents.
    pub false_flag_rate: Option<f64>,
    /// Names of falsely flagged documents.
    pub false_flag_docs: Vec<String>,
    /// Names of documents with a gold use not found (kind + area).
    pub missed_docs: Vec<String>,
}

/// What the engine got wrong in one document (for the engine developers).
#[derive(Debug, Clone, Serialize)]
pub struct DocDetail {
    /// Document name.
    pub name: String,
    /// Gold level.
    pub gold_level: u8,
    /// Predicted level.
    pub level: u8,
    /// Gold spans not found: (category, text).
    pub missed: Vec<(String, String)>,
    /// Predicted spans not in gold: (category, text).
    pub spurious: Vec<(String, String)>,
    /// Gold content categories not reported.
    pub content_missed: Vec<String>,
    /// Content categories reported but not in gold.
    pub content_spurious: Vec<String>,
    /// Predicted uses as `kind/area`.
    pub uses: Vec<String>,
    /// Gold uses as `kind/area`.
    pub gold_uses: Vec<String>,
}

/// The whole evaluation.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Score {
    /// Documents scored.
    pub documents: usize,
    /// All identifier categories together.
    pub identifiers: SpanCounts,
    /// Per identifier category (contract id), only categories in gold or predicted.
    pub identifiers_by_category: BTreeMap<String, SpanCounts>,
    /// All content categories together.
    pub content: SetCounts,
    /// Per content category.
    pub content_by_category: BTreeMap<String, SetCounts>,
    /// Levels.
    pub levels: LevelScore,
    /// Uses.
    pub uses: UseScore,
    /// Per-document errors (documents with at least one).
    pub details: Vec<DocDetail>,
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

fn f1(p: Option<f64>, r: Option<f64>) -> Option<f64> {
    match (p, r) {
        (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
        (Some(_), Some(_)) => Some(0.0),
        _ => None,
    }
}

impl SpanCounts {
    fn finish(&mut self) {
        self.precision = ratio(self.correct, self.predicted);
        self.recall = ratio(self.found, self.gold);
        self.f1 = f1(self.precision, self.recall);
    }
}

impl SetCounts {
    fn finish(&mut self) {
        self.precision = ratio(self.tp, self.tp + self.fp);
        self.recall = ratio(self.tp, self.tp + self.fn_);
        self.f1 = f1(self.precision, self.recall);
    }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Scores `docs` with their analyses (same order).
pub fn score(docs: &[Doc], analyses: &[Analysis]) -> Score {
    let mut s = Score {
        documents: docs.len(),
        ..Score::default()
    };
    for (doc, a) in docs.iter().zip(analyses) {
        let mut detail = DocDetail {
            name: doc.name.clone(),
            gold_level: doc.level,
            level: a.level.as_u8(),
            missed: vec![],
            spurious: vec![],
            content_missed: vec![],
            content_spurious: vec![],
            uses: a
                .uses
                .iter()
                .map(|u| format!("{}/{}", u.kind.id(), u.area.id()))
                .collect(),
            gold_uses: doc
                .uses
                .iter()
                .map(|u| format!("{}/{}", u.accept[0].0.id(), u.accept[0].1.id()))
                .collect(),
        };
        score_spans(doc, a, &mut s, &mut detail);
        score_content(doc, a, &mut s, &mut detail);
        score_level(doc, a, &mut s.levels);
        score_uses(doc, a, &mut s.uses);
        let level_ok = (doc.range.0..=doc.range.1).contains(&a.level.as_u8());
        let uses_ok = detail.uses.is_empty() == detail.gold_uses.is_empty();
        if !(detail.missed.is_empty()
            && detail.spurious.is_empty()
            && detail.content_missed.is_empty()
            && detail.content_spurious.is_empty()
            && level_ok
            && uses_ok)
        {
            s.details.push(detail);
        }
    }
    s.identifiers.finish();
    for c in s.identifiers_by_category.values_mut() {
        c.finish();
    }
    s.content.finish();
    for c in s.content_by_category.values_mut() {
        c.finish();
    }
    let l = &mut s.levels;
    l.exact_share = ratio(l.exact, l.documents);
    l.in_range_share = ratio(l.in_range, l.documents);
    l.over_count = l.over.len();
    let u = &mut s.uses;
    u.found_share = ratio(u.found, u.gold);
    u.found_kind_share = ratio(u.found_kind, u.gold);
    u.false_flag_rate = ratio(u.false_flags, u.clean_documents);
    s
}

fn score_spans(doc: &Doc, a: &Analysis, s: &mut Score, d: &mut DocDetail) {
    let preds: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.category.kind() == CategoryKind::Identifier)
        .collect();
    for g in &doc.spans {
        let hit = preds
            .iter()
            .any(|p| p.category == g.category && overlaps((p.start, p.end), (g.start, g.end)));
        let c = s
            .identifiers_by_category
            .entry(g.category.id().to_string())
            .or_default();
        c.gold += 1;
        s.identifiers.gold += 1;
        if hit {
            c.found += 1;
            s.identifiers.found += 1;
        } else {
            d.missed.push((
                g.category.id().to_string(),
                doc.text[g.start..g.end].to_string(),
            ));
        }
    }
    for p in preds {
        let ok = doc
            .spans
            .iter()
            .any(|g| p.category == g.category && overlaps((p.start, p.end), (g.start, g.end)));
        let c = s
            .identifiers_by_category
            .entry(p.category.id().to_string())
            .or_default();
        c.predicted += 1;
        s.identifiers.predicted += 1;
        if ok {
            c.correct += 1;
            s.identifiers.correct += 1;
        } else {
            d.spurious
                .push((p.category.id().to_string(), p.text(&doc.text).to_string()));
        }
    }
}

/// The content categories the engine reports at full level in `a`.
pub fn predicted_content(a: &Analysis) -> Vec<Category> {
    let mut v: Vec<Category> = a
        .findings
        .iter()
        .filter(|f| f.category.kind() != CategoryKind::Identifier)
        .filter(|f| f.level >= f.category.base_level())
        .map(|f| f.category)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn score_content(doc: &Doc, a: &Analysis, s: &mut Score, d: &mut DocDetail) {
    let pred = predicted_content(a);
    let mut all: Vec<Category> = pred.iter().chain(doc.content.iter()).copied().collect();
    all.sort();
    all.dedup();
    for c in all {
        let (g, p) = (doc.content.contains(&c), pred.contains(&c));
        let e = s.content_by_category.entry(c.id().to_string()).or_default();
        match (g, p) {
            (true, true) => {
                e.tp += 1;
                s.content.tp += 1;
            }
            (false, true) => {
                e.fp += 1;
                s.content.fp += 1;
                d.content_spurious.push(c.id().to_string());
            }
            (true, false) => {
                e.fn_ += 1;
                s.content.fn_ += 1;
                d.content_missed.push(c.id().to_string());
            }
            (false, false) => {}
        }
    }
}

fn score_level(doc: &Doc, a: &Analysis, l: &mut LevelScore) {
    let p = a.level.as_u8();
    l.documents += 1;
    l.confusion[doc.level.min(4) as usize][p.min(4) as usize] += 1;
    if p == doc.level {
        l.exact += 1;
    }
    let miss = || LevelMiss {
        name: doc.name.clone(),
        gold: doc.range,
        predicted: p,
    };
    if p < doc.range.0 {
        l.under.push(miss());
    } else if p > doc.range.1 {
        l.over.push(miss());
    } else {
        l.in_range += 1;
    }
}

fn score_uses(doc: &Doc, a: &Analysis, u: &mut UseScore) {
    if doc.uses.is_empty() {
        u.clean_documents += 1;
        if !a.uses.is_empty() {
            u.false_flags += 1;
            u.false_flag_docs.push(doc.name.clone());
        }
        return;
    }
    let mut missed = false;
    for g in &doc.uses {
        u.gold += 1;
        let strict = a
            .uses
            .iter()
            .any(|p| g.accept.iter().any(|&(k, ar)| p.kind == k && p.area == ar));
        let by_kind = a
            .uses
            .iter()
            .any(|p| g.accept.iter().any(|&(k, _)| p.kind == k));
        if strict {
            u.found += 1;
        } else {
            missed = true;
        }
        if by_kind {
            u.found_kind += 1;
        }
    }
    if missed {
        u.missed_docs.push(doc.name.clone());
    }
}
