//! Reversible masking: identifiers (and, where the profile says so, content phrases) become
//! stable placeholders such as `[PERSON_1]` and `[PERSONNUMMER_1]`. One [`Masker`] lives for one
//! conversation, so the same value gets the same placeholder in every message, and the answer
//! can be restored. The mapping never leaves the process except into the record store.

use crate::restore::{Restorer, Table};
use std::collections::HashMap;
use std::sync::Arc;
use vakt_detect::{Analysis, Category, CategoryKind, Finding, Level};

/// The placeholder tag for a category (ASCII, upper case, no underscore).
pub fn tag(category: Category) -> &'static str {
    use Category::*;
    match category {
        Personnummer => "PERSONNUMMER",
        Samordningsnummer => "SAMORDNINGSNUMMER",
        PersonName => "PERSON",
        Address => "ADRESS",
        Phone => "TELEFON",
        Email => "EPOST",
        IpAddress => "IPADRESS",
        Iban => "IBAN",
        BankAccount => "BANKKONTO",
        Bankgiro => "BANKGIRO",
        Plusgiro => "PLUSGIRO",
        PaymentCard => "KORTNUMMER",
        LicensePlate => "REGNUMMER",
        PassportNumber => "PASSNUMMER",
        OrgNumber => "ORGNUMMER",
        Credential => "INLOGGNING",
        Health => "HALSA",
        Ethnicity => "ETNICITET",
        PoliticalOpinion => "POLITIK",
        Religion => "RELIGION",
        UnionMembership => "FACK",
        SexualOrientation => "SEXUALITET",
        Genetic => "GENETIK",
        Biometric => "BIOMETRI",
        Child => "BARN",
        CriminalOffence => "BROTT",
        Salary => "LON",
        EconomicSituation => "EKONOMI",
        SocialConditions => "SOCIALT",
        SecrecyMarking => "SEKRETESS",
        ProtectedIdentity => "SKYDDAD",
        Internal => "INTERN",
        Infrastructure => "INFRASTRUKTUR",
        SecurityClassified => "SAKERHETSSKYDD",
        Copyright => "UPPHOVSRATT",
    }
}

/// Whether a finding is masked: identifiers at level 1 or above always; content phrases when
/// `content` is set (never copyright or security-classified markings, which masking cannot fix).
pub fn is_masked(f: &Finding, content: bool) -> bool {
    match f.category.kind() {
        CategoryKind::Identifier => f.level >= Level::L1 || f.category != Category::OrgNumber,
        CategoryKind::Rights => false,
        _ => content && f.category != Category::SecurityClassified,
    }
}

/// Writes into `key` the key under which equal values share one placeholder: the category's
/// tag, a separator, and the value normalised (digits of a personnummer, the alphanumerics of
/// a number upper-cased, other text with its whitespace collapsed and lower-cased).
fn normal_key(category: Category, value: &str, key: &mut String) {
    use Category::*;
    key.clear();
    key.push_str(tag(category));
    key.push('\u{1f}');
    match category {
        Personnummer | Samordningsnummer => {
            let digits = value.bytes().filter(u8::is_ascii_digit);
            let skip = digits.clone().count().saturating_sub(10);
            key.extend(digits.skip(skip).map(char::from));
        }
        Phone | Iban | BankAccount | Bankgiro | Plusgiro | PaymentCard | LicensePlate
        | PassportNumber | OrgNumber | IpAddress => key.extend(
            value
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '.' || *c == ':')
                .flat_map(char::to_uppercase),
        ),
        _ => {
            for (i, word) in value.split_whitespace().enumerate() {
                if i > 0 {
                    key.push(' ');
                }
                if word.is_ascii() {
                    key.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
                } else if word.contains('Σ') {
                    // Final sigma depends on context: leave it to `str::to_lowercase`, which
                    // gives per word what it gives for the whole (whitespace ends the context).
                    key.push_str(&word.to_lowercase());
                } else {
                    key.extend(word.chars().flat_map(char::to_lowercase));
                }
            }
        }
    }
}

/// One conversation's masking state.
#[derive(Debug, Clone, Default)]
pub struct Masker {
    /// (placeholder, original), in order of first use.
    entries: Vec<(String, String)>,
    /// Normalised key (see [`normal_key`]) → index into `entries`.
    by_value: HashMap<String, usize>,
    /// Last number used per tag.
    next: Vec<(&'static str, u32)>,
    /// The restore table, kept in step with `entries` (shared with restorers taken earlier,
    /// copied on write).
    table: Arc<Table>,
}

impl Masker {
    /// An empty masker.
    pub fn new() -> Masker {
        Masker::default()
    }

    /// Masks `text` using `analysis` (of this exact text): identifiers always, content phrases
    /// when the profile's `mask_content` is set.
    pub fn mask(&mut self, text: &str, analysis: &Analysis, profile: &crate::Profile) -> String {
        self.mask_findings(text, &analysis.findings, profile.masks_content())
    }

    /// Masks the `findings` (byte spans into `text`, sorted by start) that [`is_masked`] selects.
    /// Overlapping findings are merged into the first (longest) one. Spans that are out of range
    /// or not on char boundaries are skipped.
    pub fn mask_findings(&mut self, text: &str, findings: &[Finding], content: bool) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        let mut pos = 0;
        let mut sorted: Vec<&Finding> = findings.iter().filter(|f| is_masked(f, content)).collect();
        if !sorted.is_sorted_by_key(|f| (f.start, std::cmp::Reverse(f.end))) {
            sorted.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        }
        // Only a text with an underscore can already hold a look-alike (`PERSON_1`).
        let may_clash = text.contains('_');
        let mut key = String::new();
        for f in sorted {
            if f.start < pos || f.end <= f.start {
                continue;
            }
            let Some(value) = text.get(f.start..f.end) else {
                continue;
            };
            out.push_str(&text[pos..f.start]);
            normal_key(f.category, value, &mut key);
            let i = match self.by_value.get(key.as_str()) {
                Some(&i) => i,
                None => self.add(f.category, value, &key, may_clash.then_some(text)),
            };
            out.push_str(&self.entries[i].0);
            pos = f.end;
        }
        out.push_str(&text[pos..]);
        out
    }

    /// Makes a new placeholder for `value` (normalised `key`); returns its index in `entries`.
    /// `context` is the text being masked when it may hold a look-alike: a number already
    /// written there (`[PERSON_1]` typed by the user) is skipped so restoring never turns the
    /// user's own text into someone's name.
    fn add(&mut self, category: Category, value: &str, key: &str, context: Option<&str>) -> usize {
        use std::fmt::Write;
        let t = tag(category);
        let slot = match self.next.iter().position(|(x, _)| *x == t) {
            Some(s) => s,
            None => {
                self.next.push((t, 0));
                self.next.len() - 1
            }
        };
        let n = &mut self.next[slot].1;
        let mut ph = String::with_capacity(t.len() + 5);
        loop {
            *n += 1;
            ph.clear();
            let _ = write!(ph, "[{t}_{n}]");
            if !context.is_some_and(|c| c.contains(&ph[1..ph.len() - 1])) {
                break;
            }
        }
        let n = *n;
        Arc::make_mut(&mut self.table).insert(t, n, value.to_string());
        self.by_value.insert(key.to_string(), self.entries.len());
        self.entries.push((ph, value.to_string()));
        self.entries.len() - 1
    }

    /// (placeholder, original) pairs in order of first use, for the record store.
    pub fn mapping(&self) -> &[(String, String)] {
        &self.entries
    }

    /// Whether nothing was masked.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A streaming restorer for the answer, with the mapping as it is now.
    pub fn restorer(&self) -> Restorer {
        Restorer::new(Arc::clone(&self.table))
    }

    /// Restores every placeholder in a whole answer (also `[person_1]`, `PERSON_1`,
    /// `[ PERSON_1 ]`, `【PERSON_1】`).
    pub fn restore(&self, text: &str) -> String {
        let mut r = self.restorer();
        let mut s = r.push(text);
        s.push_str(&r.finish());
        s
    }
}
