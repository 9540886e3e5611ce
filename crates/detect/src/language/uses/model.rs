//! The learnt second opinion on AI Act uses (see `language/learnt.rs`).
//!
//! The uses model (`data/uses_model.tsv`) has one label per use (kind and area) with enough
//! dev examples. Requests to an AI are short, so it reads only texts of at most
//! [`MAX_TEXT`] bytes (a long document is no request, and a large file costs nothing), and it
//! adds a use the rules did not already find when it is at least [`MIN_PROBABILITY`] sure.
//! The use's span is the word that weighed most for it.

use crate::language::learnt::{self, Scratch, Weights};
use crate::language::lexicon::{Hit, Kind};
use crate::{Use, UseArea, UseKind};

static MODEL: &str = include_str!("../../../data/uses_model.tsv");

/// A use counts when the model gives it at least this probability. (A 5-fold cross-validation
/// by source file on the dev corpus, rules plus model: at 0.95 / 0.9 / 0.8 / 0.7, uses found
/// 0.971 / 0.975 / 0.978 / 0.982 and false flags 1.2 / 1.3 / 1.5 / 1.7 % of the texts without
/// a use; the target allows 6.7 %.)
pub(crate) const MIN_PROBABILITY: f32 = 0.8;
/// Longer texts are not read.
pub(crate) const MAX_TEXT: usize = 4096;

/// The uses model.
pub(crate) struct Model {
    weights: Weights,
    uses: Vec<(UseKind, UseArea)>,
}

impl Model {
    /// Parses the shipped model.
    pub(crate) fn new() -> Model {
        Model::parse(MODEL)
    }

    /// Parses a model in the shipped format (the cross-validation reads one per fold).
    pub(crate) fn parse(src: &'static str) -> Model {
        // "kind/area"
        let (weights, uses) = Weights::parse_labelled(src, "uses_model.tsv", |l| {
            let (k, a) = l.split_once('/')?;
            Some((UseKind::from_id(k)?, UseArea::from_id(a)?))
        });
        Model { weights, uses }
    }

    /// Adds each use the model is sure of in `text` that `uses` does not already hold.
    /// `scratch` is this text's (shared with the content model).
    pub(crate) fn detect(
        &self,
        text: &str,
        hits: &[Hit],
        uses: &mut Vec<Use>,
        scratch: &mut Scratch,
    ) {
        if text.len() > MAX_TEXT || text.trim().is_empty() {
            return;
        }
        let min_logit = learnt::logit(MIN_PROBABILITY);
        let logits = self.weights.logits(text, 0, text.len(), scratch);
        // (the quotation marks, found only if the model is sure of something)
        let mut quotes: Option<super::Quotes> = None;
        for (lane, (&(kind, area), &logit)) in self.uses.iter().zip(&logits).enumerate() {
            if logit < min_logit || uses.iter().any(|u| u.kind == kind && u.area == area) {
                continue;
            }
            if let Some((start, end)) = self.weights.strongest(&scratch.words, lane) {
                // what the model reads most strongly inside a quotation that asks nothing is
                // reported talk ("Förslaget: \"Jag vill att kommunen inför ett poängsystem där
                // skötsamma invånare får förtur …\""); a quoted request ("vad frågade du den?
                // \"räkna ut vilka som har störst risk …\"") or a prompt is still read
                let q = quotes.get_or_insert_with(|| super::Quotes::new(text.as_bytes()));
                // (a short quotation is a label or a value: "svensk bakgrund", "stress- och
                // irritationsnivå")
                // (nor is a configuration's value: "  optimera_for: \"hög sannolikhet att …\"")
                if let Some((qs, qe)) = q
                    .around(start)
                    .filter(|&(qs, qe)| qe - qs > 60 && !config_value(text.as_bytes(), qs))
                {
                    let asks = hits.iter().any(|h| {
                        matches!(h.kind, Kind::UseVerb(_)) && h.start > qs && h.start < qe
                    });
                    if !asks && !q.system_prompt(text) && !q.speaks_to_assistant(text) {
                        continue;
                    }
                }
                uses.push(Use {
                    kind,
                    area,
                    start,
                    end,
                });
            }
        }
    }
}

/// Whether the quotation mark at `q` opens a configuration's value: a lower-case key alone
/// before it on its line ("  optimera_for: \"…", "prompt: \"…").
fn config_value(t: &[u8], q: usize) -> bool {
    let ls = memchr::memrchr(b'\n', &t[..q]).map_or(0, |p| p + 1);
    let Some(key) = t[ls..q].trim_ascii().strip_suffix(b":") else {
        return false;
    };
    !key.is_empty()
        && key
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b >= 0x80)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_loads() {
        let m = Model::new();
        assert!(m.uses.contains(&(UseKind::HighRisk, UseArea::Employment)));
    }

    #[test]
    fn a_configuration_value_is_no_quotation() {
        let t = b"ai:\n  optimera_for: \"h\xc3\xb6g sannolikhet\"\nF\xc3\xb6rslaget: \"Jag vill\"";
        let q = |s: &str| t.windows(s.len()).position(|w| w == s.as_bytes()).unwrap();
        assert!(config_value(t, q("\"h")));
        assert!(!config_value(t, q("\"Jag")));
    }

    #[test]
    fn long_and_empty_texts_are_not_read() {
        let m = Model::new();
        let mut uses = Vec::new();
        let long = "Ranka de sökande efter lämplighet. ".repeat(200);
        m.detect(&long, &[], &mut uses, &mut Scratch::default());
        m.detect("  ", &[], &mut uses, &mut Scratch::default());
        assert!(uses.is_empty());
    }
}
