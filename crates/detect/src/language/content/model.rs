//! The learnt second opinion on content about a person (see `language/learnt.rs`).
//!
//! The content model (`data/content_model.tsv`) has one label per content category. It is
//! asked only in a text that names someone it is about (not only officials), about the
//! passages around their mentions (names, personnummer, their phone numbers …), and it only adds a category the lexicons did not already
//! find at its full level, when it is at least [`MIN_PROBABILITY`] sure ([`HEALTH_PROBABILITY`]
//! for health). A text of at most
//! [`MAX_WINDOW`] bytes is read whole; in a longer one the passages around the subjects
//! ([`RADIUS`] bytes each side, merged up to [`MAX_WINDOW`]), at most [`MAX_READ`] bytes of
//! them per text: a request or a document is read in full, while a register extract or a
//! large file (where the lexicons have long since found what its level needs) gets the
//! model's opinion on its first passages only, and costs little more than the lexicons.
//!
//! The same file has one more label, `about_no_one`: the text is about no one in a way that
//! would lift it above level 1 (a routine for end-of-life care, training material on
//! protected identity, a guideline that speaks of health). [`Model::absent`] asks the model
//! about a whole short text what is *not* in it: nothing about a person at all (when it is
//! [`NO_ONE_PROBABILITY`] sure), or, for the extra-protected categories whose everyday words
//! ("barnet", "ekonomin", "boendet") the lexicons find in many texts about no one, the
//! categories it gives less than their [`VETOES`] probability. The caller takes those
//! findings for talk about a topic. (Special categories are never taken back one by one: a
//! cross-validation on dev found that this left texts under-classified.)

use crate::language::learnt::{self, Scratch, Weights, LANES};
use crate::{Category, Finding};

static MODEL: &str = include_str!("../../../data/content_model.tsv");

/// A category counts when the model gives it at least this probability. (A 5-fold
/// cross-validation by source file on the dev corpus, lexicons plus model, at 0.95 / 0.9 /
/// 0.8 / 0.7: content recall 0.895 / 0.903 / 0.912 / 0.917, under-classified texts 115 / 113
/// / 100 / 94, levels in range 8904 / 8902 / 8896 / 8894 of 9,439; 0.8 trades a few texts in
/// range for fewer under-classified ones.) Asked again on 2026-12-06 with 13,339 dev
/// documents, each analysed by the whole engine with models trained without its source file
/// (`cross_validated` in `language/tests.rs`), at 0.8 / 0.7 / 0.6: levels in range 12725 /
/// 12722 / 12713, under-classified 147 / 129 / 114, content recall 0.906 / 0.913 / 0.918;
/// 0.7 gives up three texts in range for 18 fewer under-classified ones.
pub(crate) const MIN_PROBABILITY: f32 = 0.7;
/// Health, the most common category, needs more: everyday words of a day ("sov dåligt
/// inatt", "var upprörd") lead the model to it in texts the corpus gives no health. (The
/// cross-validation on 20,389 dev documents, health at 0.7 / 0.75 / 0.8 / 0.9: levels in
/// range 19609 / 19618 / 19618 / 19617, under-classified 128 / 128 / 132 / 140.)
pub(crate) const HEALTH_PROBABILITY: f32 = 0.75;
/// Sexual orientation needs more still: a partner's word ("tar med sin man Emil") leads the
/// model to it, while whether the partner is of the same sex is for the rules to tell
/// (`named::partner_of_the_same_sex`).
pub(crate) const SEXUAL_PROBABILITY: f32 = 0.9;
/// Bytes of text read on each side of a person's mention.
pub(crate) const RADIUS: usize = 256;
/// Merged passages are cut at this length (the model was trained on documents of a few
/// hundred bytes to two kilobytes; a longer passage adds up more weights than it learnt).
pub(crate) const MAX_WINDOW: usize = 2048;
/// The most passage bytes the model reads in one text.
pub(crate) const MAX_READ: usize = 64 * 1024;
/// A text is about no one when the model gives it at least this probability (a
/// cross-validation on dev chose it: more sure than the categories need, since it takes
/// findings away; see the README's figures).
pub(crate) const NO_ONE_PROBABILITY: f32 = 0.995;
/// Longer texts are not asked what is absent (nearly every dev document is shorter).
pub(crate) const ABSENT_MAX_TEXT: usize = 4096;
/// A text shorter than this has too few words for a veto: the model's probability for a
/// category is then little more than its prior ("det gäller killen i nian som grät hela
/// lunchen"). (The cross-validation lost one text of 9,079 to this floor.)
pub(crate) const VETO_MIN_TEXT: usize = 300;
/// The categories the model may take back one by one, each when it gives the category less
/// than this probability in the whole text (chosen by a cross-validation on dev: these left
/// no more texts under-classified; see the README's figures).
pub(crate) const VETOES: &[(Category, f32)] = &[
    (Category::Child, 0.01),
    (Category::SocialConditions, 0.01),
    (Category::EconomicSituation, 0.003),
];

/// What the model is sure a whole short text does not hold.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Absent {
    /// Nothing about a person: the text is about no one.
    pub(crate) no_one: bool,
    /// These categories (a bit per category, see [`category_bit`]).
    categories: u64,
}

impl Absent {
    /// Whether the model is sure `c` is absent (`no_one` covers every category about a
    /// person; the caller decides which those are).
    pub(crate) fn category(&self, c: Category) -> bool {
        self.categories & category_bit(c) != 0
    }
}

/// A category's bit in a set of categories.
fn category_bit(c: Category) -> u64 {
    1u64 << (c as u32 % 64)
}

/// What a label of the model says.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Label {
    /// The passage says this about a person.
    Category(Category),
    /// The text itself holds this (a system's weak points), whoever it
    /// names: asked of whole short texts only ([`TEXT_CATEGORIES`]).
    Text(Category),
    /// The whole text is about no one (`about_no_one`).
    NoOne,
}

/// Categories about the text itself rather than a person, which the model adds to a whole
/// short text when it is [`MIN_PROBABILITY`] sure, whether or not the text names anyone.
/// (Secrecy markings were tried: the model cannot tell a document's own marking from a rule
/// stated in running text, "omfattas av sekretess enligt 26 kap. OSL".)
pub(crate) const TEXT_CATEGORIES: &[Category] = &[Category::Infrastructure];

/// The content model.
pub(crate) struct Model {
    weights: Weights,
    labels: Vec<Label>,
}

impl Model {
    /// Parses the shipped model.
    pub(crate) fn new() -> Model {
        Model::parse(MODEL)
    }

    /// Parses a model in the shipped format (the cross-validation reads one per fold).
    pub(crate) fn parse(src: &'static str) -> Model {
        let (weights, labels) = Weights::parse_labelled(src, "content_model.tsv", |l| {
            if l == "about_no_one" {
                return Some(Label::NoOne);
            }
            let c = Category::from_id(l)?;
            Some(if TEXT_CATEGORIES.contains(&c) {
                Label::Text(c)
            } else {
                Label::Category(c)
            })
        });
        Model { weights, labels }
    }

    /// The logits of a whole short text (at most [`ABSENT_MAX_TEXT`] bytes; `None` for a
    /// longer or an empty one). Leaves its words in `scratch`, this text's.
    pub(crate) fn whole(&self, text: &str, scratch: &mut Scratch) -> Option<[f32; LANES]> {
        (text.len() <= ABSENT_MAX_TEXT && !text.trim().is_empty())
            .then(|| self.weights.logits(text, 0, text.len(), scratch))
    }

    /// What the model is sure a whole text of `len` bytes with these `logits` (from
    /// [`Model::whole`]) does not hold.
    pub(crate) fn absent(&self, len: usize, logits: &[f32; LANES]) -> Absent {
        let mut absent = Absent::default();
        for (&label, &logit) in self.labels.iter().zip(logits) {
            match label {
                Label::NoOne => absent.no_one = logit >= learnt::logit(NO_ONE_PROBABILITY),
                Label::Category(c) => {
                    if len >= VETO_MIN_TEXT
                        && VETOES
                            .iter()
                            .any(|&(v, p)| v == c && logit < learnt::logit(p))
                    {
                        absent.categories |= category_bit(c);
                    }
                }
                Label::Text(_) => {}
            }
        }
        absent
    }

    /// Adds a finding for each of [`TEXT_CATEGORIES`] the model is sure a whole text holds
    /// (its `logits` from [`Model::whole`], its words still in `scratch`) that the text's
    /// findings (`findings[first..]`) do not already hold at its full level.
    pub(crate) fn text_categories(
        &self,
        logits: &[f32; LANES],
        scratch: &Scratch,
        findings: &mut Vec<Finding>,
        first: usize,
    ) {
        let min_logit = learnt::logit(MIN_PROBABILITY);
        for (lane, (&label, &logit)) in self.labels.iter().zip(logits).enumerate() {
            let Label::Text(c) = label else {
                continue;
            };
            if logit < min_logit
                || findings[first..]
                    .iter()
                    .any(|f| f.category == c && f.level >= c.base_level())
            {
                continue;
            }
            if let Some((start, end)) = self.weights.strongest(&scratch.words, lane) {
                findings.push(Finding::new(
                    c,
                    start,
                    end,
                    learnt::probability(logit) * 0.85,
                ));
            }
        }
    }

    /// Adds a finding for each category the model is sure of in a passage around a person
    /// in `persons` (sorted spans) that `findings` does not already hold at its full level.
    /// `scratch` is this text's (shared with the uses model). Returns the logits of the whole
    /// text when it read the text whole (what [`Model::whole`] would compute again).
    pub(crate) fn detect(
        &self,
        text: &str,
        persons: &[(usize, usize)],
        findings: &mut Vec<Finding>,
        scratch: &mut Scratch,
    ) -> Option<[f32; LANES]> {
        let t = text.as_bytes();
        let min_logit = learnt::logit(MIN_PROBABILITY);
        let health_logit = learnt::logit(HEALTH_PROBABILITY);
        let sexual_logit = learnt::logit(SEXUAL_PROBABILITY);
        // the categories already found at their full level (a bit per category)
        let bit = category_bit;
        let mut found = findings
            .iter()
            .filter(|f| f.level >= f.category.base_level())
            .fold(0u64, |m, f| m | bit(f.category));
        let categories = || {
            self.labels
                .iter()
                .enumerate()
                .filter_map(|(lane, &l)| match l {
                    Label::Category(c) => Some((lane, c)),
                    Label::Text(_) | Label::NoOne => None,
                })
        };
        let all = categories().fold(0u64, |m, (_, c)| m | bit(c));
        let mut budget = MAX_READ;
        let mut whole = None;
        for (lo, hi) in windows(t, persons) {
            if found & all == all || hi - lo > budget {
                break;
            }
            budget -= hi - lo;
            let logits = self.weights.logits(text, lo, hi, scratch);
            if (lo, hi) == (0, t.len()) {
                whole = Some(logits);
            }
            for (lane, c) in categories() {
                let logit = logits[lane];
                let floor = match c {
                    Category::Health => health_logit,
                    Category::SexualOrientation => sexual_logit,
                    _ => min_logit,
                };
                if logit < floor || found & bit(c) != 0 {
                    continue;
                }
                let Some((start, end)) = self.weights.strongest(&scratch.words, lane) else {
                    continue;
                };
                // (a learnt estimate: never as sure as a lexicon's term)
                findings.push(Finding::new(
                    c,
                    start,
                    end,
                    learnt::probability(logit) * 0.85,
                ));
                found |= bit(c);
            }
        }
        whole
    }
}

/// The passages around `persons`: a text of at most [`MAX_WINDOW`] bytes whole (the model
/// learnt from whole documents of that size); in a longer one [`RADIUS`] bytes each side of
/// each person, at word boundaries, merged while they overlap and stay within
/// [`MAX_WINDOW`].
fn windows<'a>(
    t: &'a [u8],
    persons: &'a [(usize, usize)],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    // (made as they are read, so a text with a person on every line is not walked to its
    // end when the model stops reading)
    let whole = (!persons.is_empty() && t.len() <= MAX_WINDOW).then_some((0, t.len()));
    let mut rest = if whole.is_some() { &[][..] } else { persons };
    let mut cur: Option<(usize, usize)> = None;
    let passages = std::iter::from_fn(move || loop {
        let Some((&(s, e), tail)) = rest.split_first() else {
            return cur.take();
        };
        rest = tail;
        let lo = word_edge_after(t, s.saturating_sub(RADIUS));
        let hi = word_edge_before(t, (e + RADIUS).min(t.len()));
        match cur {
            Some(w) if lo <= w.1 && hi.max(w.1) - w.0 <= MAX_WINDOW => {
                cur = Some((w.0, w.1.max(hi)));
            }
            // continue after the current passage, still around this person
            Some(w) if lo <= w.1 => return cur.replace((w.1, hi.max(w.1))),
            Some(_) => return cur.replace((lo, hi)),
            None => cur = Some((lo, hi)),
        }
    });
    whole.into_iter().chain(passages).filter(|w| w.1 > w.0)
}

/// `i`, or the start of the next word if `i` is inside one (0 stays 0).
fn word_edge_after(t: &[u8], mut i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    while i < t.len() && !t[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// `i`, or the end of the previous word if `i` is inside one (the text's end stays).
fn word_edge_before(t: &[u8], mut i: usize) -> usize {
    if i >= t.len() {
        return t.len();
    }
    while i > 0 && !t[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_loads() {
        let m = Model::new();
        assert!(m.labels.contains(&Label::Category(Category::Health)));
        assert!(m.labels.contains(&Label::NoOne));
        assert!(m.weights.len() > 1000);
    }

    #[test]
    fn passages_merge_and_stay_bounded() {
        let text = "ord ".repeat(2000);
        let t = text.as_bytes();
        // two mentions close together: one passage
        let w: Vec<_> = windows(t, &[(4000, 4003), (4100, 4103)]).collect();
        assert_eq!(w.len(), 1);
        assert!(w[0].0 >= 4000 - RADIUS && w[0].1 <= 4103 + RADIUS);
        // a mention on every line: passages of at most MAX_WINDOW plus one radius
        let many: Vec<(usize, usize)> = (0..100).map(|i| (i * 80, i * 80 + 3)).collect();
        let w: Vec<_> = windows(t, &many).collect();
        assert!(w.len() > 1);
        assert!(w
            .iter()
            .all(|&(lo, hi)| lo < hi && hi - lo <= MAX_WINDOW + 2 * RADIUS));
        assert!(w.windows(2).all(|p| p[0].1 <= p[1].0));
        // no one: nothing
        assert_eq!(windows(t, &[]).count(), 0);
        // a short text: whole
        assert_eq!(
            windows(b"Hon heter Eva.", &[(10, 13)]).collect::<Vec<_>>(),
            [(0, 14)]
        );
    }
}
