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

/// The key under which equal values share one placeholder.
fn normal_key(category: Category, value: &str) -> String {
    use Category::*;
    match category {
        Personnummer | Samordningsnummer => {
            let d: String = value.chars().filter(char::is_ascii_digit).collect();
            let n = d.len();
            if n >= 10 {
                d[n - 10..].to_string()
            } else {
                d
            }
        }
        Phone | Iban | BankAccount | Bankgiro | Plusgiro | PaymentCard | LicensePlate
        | PassportNumber | OrgNumber | IpAddress => value
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '.' || *c == ':')
            .flat_map(char::to_uppercase)
            .collect(),
        _ => value
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
    }
}

/// One conversation's masking state.
#[derive(Debug, Clone, Default)]
pub struct Masker {
    /// (placeholder, original), in order of first use.
    entries: Vec<(String, String)>,
    /// (category, normalised value) → index into `entries`.
    by_value: HashMap<(Category, String), usize>,
    /// Next number per tag.
    next: HashMap<&'static str, u32>,
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
        sorted.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        for f in sorted {
            if f.start < pos || f.end <= f.start {
                continue;
            }
            let Some(value) = text.get(f.start..f.end) else {
                continue;
            };
            out.push_str(&text[pos..f.start]);
            let ph = self.placeholder_for(f.category, value, text);
            out.push_str(&ph);
            pos = f.end;
        }
        out.push_str(&text[pos..]);
        out
    }

    /// The placeholder for `value`, making a new one if needed. `context` is the text being
    /// masked: a number already written there (`[PERSON_1]` typed by the user) is skipped so
    /// restoring never turns the user's own text into someone's name.
    fn placeholder_for(&mut self, category: Category, value: &str, context: &str) -> String {
        let key = (category, normal_key(category, value));
        if let Some(&i) = self.by_value.get(&key) {
            return self.entries[i].0.clone();
        }
        let t = tag(category);
        let n = self.next.entry(t).or_insert(0);
        // Only a text with an underscore can already hold a look-alike (`PERSON_1`).
        let may_clash = context.as_bytes().contains(&b'_');
        let ph = loop {
            *n += 1;
            let ph = format!("[{t}_{n}]");
            if !may_clash || !context.contains(&ph[1..ph.len() - 1]) {
                break ph;
            }
        };
        self.by_value.insert(key, self.entries.len());
        self.entries.push((ph.clone(), value.to_string()));
        ph
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
        Restorer::new(Arc::new(Table::new(&self.entries)))
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
