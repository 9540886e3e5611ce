//! Public value types of the engine. Ids and names here are part of the contract
//! (`shared/CONTRACT.md`): change them only together with every user.

use serde::{Deserialize, Serialize};

/// A confidentiality level (KLASSA konsekvensnivå), 0–3, plus 4 for security-classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Level {
    /// 0 Ingen eller försumbar.
    L0 = 0,
    /// 1 Måttlig.
    L1 = 1,
    /// 2 Betydande.
    L2 = 2,
    /// 3 Allvarlig.
    L3 = 3,
    /// 4 Synnerligen allvarlig (säkerhetsskydd; refused for every system).
    L4 = 4,
}

impl Level {
    /// The level as a number.
    pub fn as_u8(self) -> u8 {
        self as u8
    }

    /// The level for a number; `None` above 4.
    pub fn from_u8(n: u8) -> Option<Level> {
        Some(match n {
            0 => Level::L0,
            1 => Level::L1,
            2 => Level::L2,
            3 => Level::L3,
            4 => Level::L4,
            _ => return None,
        })
    }

    /// The Swedish KLASSA name.
    pub fn name_sv(self) -> &'static str {
        match self {
            Level::L0 => "Ingen eller försumbar",
            Level::L1 => "Måttlig",
            Level::L2 => "Betydande",
            Level::L3 => "Allvarlig",
            Level::L4 => "Synnerligen allvarlig",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Level::L0 => "None or negligible",
            Level::L1 => "Moderate",
            Level::L2 => "Significant",
            Level::L3 => "Serious",
            Level::L4 => "Exceptionally serious",
        }
    }

    /// One level up, saturating at 3 (a combination never makes security-classified).
    pub fn raised(self) -> Level {
        match self {
            Level::L0 => Level::L1,
            Level::L1 => Level::L2,
            _ => self.max(Level::L3),
        }
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l as u8
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Level, String> {
        Level::from_u8(n).ok_or_else(|| format!("level {n} is not 0–4"))
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.as_u8())
    }
}

macro_rules! categories {
    ($($variant:ident => $id:literal, $kind:ident, $level:ident, $sv:literal;)*) => {
        /// A category of finding; `id()` is the contract id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Category {
            $(
                #[doc = $sv]
                $variant,
            )*
        }

        impl Category {
            /// Every category, in contract order.
            pub const ALL: &'static [Category] = &[$(Category::$variant),*];

            /// The contract id, e.g. `personnummer`.
            pub fn id(self) -> &'static str {
                match self { $(Category::$variant => $id),* }
            }

            /// The category for a contract id.
            pub fn from_id(id: &str) -> Option<Category> {
                match id { $($id => Some(Category::$variant),)* _ => None }
            }

            /// Whether this is an identifier (reported as a span) or content (a phrase).
            pub fn kind(self) -> CategoryKind {
                match self { $(Category::$variant => CategoryKind::$kind),* }
            }

            /// The level a finding of this category has on its own, about an individual.
            pub fn base_level(self) -> Level {
                match self { $(Category::$variant => Level::$level),* }
            }

            /// A short Swedish description, used in reasons and messages.
            pub fn label_sv(self) -> &'static str {
                match self { $(Category::$variant => $sv),* }
            }
        }
    };
}

categories! {
    Personnummer => "personnummer", Identifier, L2, "personnummer";
    Samordningsnummer => "samordningsnummer", Identifier, L2, "samordningsnummer";
    PersonName => "person_name", Identifier, L1, "personnamn";
    Address => "address", Identifier, L1, "adress";
    Phone => "phone", Identifier, L1, "telefonnummer";
    Email => "email", Identifier, L1, "e-postadress";
    IpAddress => "ip_address", Identifier, L1, "IP-adress";
    Iban => "iban", Identifier, L2, "IBAN-kontonummer";
    BankAccount => "bank_account", Identifier, L2, "bankkontonummer";
    Bankgiro => "bankgiro", Identifier, L1, "bankgironummer";
    Plusgiro => "plusgiro", Identifier, L1, "plusgironummer";
    PaymentCard => "payment_card", Identifier, L2, "kortnummer";
    LicensePlate => "license_plate", Identifier, L1, "registreringsnummer";
    PassportNumber => "passport_number", Identifier, L2, "passnummer";
    OrgNumber => "org_number", Identifier, L0, "organisationsnummer";
    Credential => "credential", Identifier, L2, "inloggningsuppgift eller nyckel";
    Health => "health", SpecialCategory, L3, "uppgift om hälsa";
    Ethnicity => "ethnicity", SpecialCategory, L3, "uppgift om etniskt ursprung";
    PoliticalOpinion => "political_opinion", SpecialCategory, L3, "uppgift om politisk åsikt";
    Religion => "religion", SpecialCategory, L3, "uppgift om religiös övertygelse";
    UnionMembership => "union_membership", SpecialCategory, L3, "uppgift om medlemskap i fackförening";
    SexualOrientation => "sexual_orientation", SpecialCategory, L3, "uppgift om sexuell läggning";
    Genetic => "genetic", SpecialCategory, L3, "genetisk uppgift";
    Biometric => "biometric", SpecialCategory, L3, "biometrisk uppgift";
    Child => "child", ExtraProtected, L2, "uppgift om barn";
    CriminalOffence => "criminal_offence", ExtraProtected, L2, "uppgift om lagöverträdelse";
    Salary => "salary", ExtraProtected, L2, "löneuppgift";
    EconomicSituation => "economic_situation", ExtraProtected, L2, "uppgift om ekonomiska förhållanden";
    SocialConditions => "social_conditions", ExtraProtected, L2, "uppgift om sociala förhållanden";
    SecrecyMarking => "secrecy_marking", Confidentiality, L3, "sekretessmarkering";
    ProtectedIdentity => "protected_identity", Confidentiality, L3, "skyddad identitet";
    Internal => "internal", Confidentiality, L1, "intern information";
    Infrastructure => "infrastructure", Security, L2, "uppgift om infrastruktur";
    SecurityClassified => "security_classified", Security, L4, "säkerhetsskyddsklassificerad uppgift";
    Copyright => "copyright", Rights, L0, "upphovsrättsskyddat material";
}

/// The group a category belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CategoryKind {
    /// An identifier, reported as its span.
    Identifier,
    /// GDPR art. 9 special category.
    SpecialCategory,
    /// Extra protected personal data (IMY's "extra skyddsvärda").
    ExtraProtected,
    /// Secrecy, protected identity, internal.
    Confidentiality,
    /// Infrastructure and security-classified information.
    Security,
    /// Copyright.
    Rights,
}

impl Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Category, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Category::from_id(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown category id `{s}`")))
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// One finding: a category at a byte span of the analysed text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// What was found.
    pub category: Category,
    /// Byte offset of the first byte (on a char boundary).
    pub start: usize,
    /// Byte offset one past the last byte (on a char boundary).
    pub end: usize,
    /// Confidence, 0.0–1.0.
    pub score: f32,
    /// The level this finding gives on its own in its context.
    pub level: Level,
}

impl Finding {
    /// A finding of `category` at `start..end` with the category's base level.
    ///
    /// Panics if `start > end`.
    pub fn new(category: Category, start: usize, end: usize, score: f32) -> Finding {
        assert!(start <= end, "finding span {start}..{end} is reversed");
        Finding {
            category,
            start,
            end,
            score,
            level: category.base_level(),
        }
    }

    /// The finding's text in `doc`.
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        doc.get(self.start..self.end).unwrap_or("")
    }
}

/// What kind of use the AI Act makes of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UseKind {
    /// Art. 5: never allowed.
    Prohibited,
    /// Annex III: needs a documented decision.
    HighRisk,
    /// A request that the AI decide a case on its own.
    AutomatedDecision,
}

impl UseKind {
    /// The contract id, e.g. `high_risk`.
    pub fn id(self) -> &'static str {
        match self {
            UseKind::Prohibited => "prohibited",
            UseKind::HighRisk => "high_risk",
            UseKind::AutomatedDecision => "automated_decision",
        }
    }

    /// The kind with contract id `id`.
    pub fn from_id(id: &str) -> Option<UseKind> {
        [
            UseKind::Prohibited,
            UseKind::HighRisk,
            UseKind::AutomatedDecision,
        ]
        .into_iter()
        .find(|k| k.id() == id)
    }

    /// The Swedish name, e.g. `högriskanvändning`.
    pub fn label_sv(self) -> &'static str {
        match self {
            UseKind::Prohibited => "förbjuden användning",
            UseKind::HighRisk => "högriskanvändning",
            UseKind::AutomatedDecision => "automatiserat beslut",
        }
    }
}

/// The area of a detected use (CONTRACT.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum UseArea {
    Manipulation,
    SocialScoring,
    CrimePrediction,
    FaceScraping,
    EmotionRecognition,
    BiometricCategorisation,
    RemoteBiometricId,
    Biometrics,
    CriticalInfrastructure,
    Education,
    Employment,
    EssentialServices,
    LawEnforcement,
    Migration,
    JusticeDemocracy,
    Decision,
}

impl UseArea {
    /// The contract id, e.g. `employment`.
    pub fn id(self) -> &'static str {
        match self {
            UseArea::Manipulation => "manipulation",
            UseArea::SocialScoring => "social_scoring",
            UseArea::CrimePrediction => "crime_prediction",
            UseArea::FaceScraping => "face_scraping",
            UseArea::EmotionRecognition => "emotion_recognition",
            UseArea::BiometricCategorisation => "biometric_categorisation",
            UseArea::RemoteBiometricId => "remote_biometric_id",
            UseArea::Biometrics => "biometrics",
            UseArea::CriticalInfrastructure => "critical_infrastructure",
            UseArea::Education => "education",
            UseArea::Employment => "employment",
            UseArea::EssentialServices => "essential_services",
            UseArea::LawEnforcement => "law_enforcement",
            UseArea::Migration => "migration",
            UseArea::JusticeDemocracy => "justice_democracy",
            UseArea::Decision => "decision",
        }
    }

    /// Every area, in contract order.
    pub const ALL: [UseArea; 16] = [
        UseArea::Manipulation,
        UseArea::SocialScoring,
        UseArea::CrimePrediction,
        UseArea::FaceScraping,
        UseArea::EmotionRecognition,
        UseArea::BiometricCategorisation,
        UseArea::RemoteBiometricId,
        UseArea::Biometrics,
        UseArea::CriticalInfrastructure,
        UseArea::Education,
        UseArea::Employment,
        UseArea::EssentialServices,
        UseArea::LawEnforcement,
        UseArea::Migration,
        UseArea::JusticeDemocracy,
        UseArea::Decision,
    ];

    /// The area with contract id `id`.
    pub fn from_id(id: &str) -> Option<UseArea> {
        UseArea::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// A use of AI that the request asks for and the AI Act forbids or marks high-risk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Use {
    /// Prohibited, high-risk or automated decision.
    pub kind: UseKind,
    /// The area.
    pub area: UseArea,
    /// Byte span of the phrase that shows it.
    pub start: usize,
    /// End of the phrase.
    pub end: usize,
}

/// The result of analysing one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The document level: the highest its findings and their combination give.
    pub level: Level,
    /// Findings, sorted by start.
    pub findings: Vec<Finding>,
    /// Why the level is what it is, in Swedish.
    pub reasons: Vec<String>,
    /// Requested uses the AI Act forbids or marks high-risk.
    pub uses: Vec<Use>,
}

impl Analysis {
    /// The distinct categories found, in contract order.
    pub fn categories(&self) -> Vec<Category> {
        let mut c: Vec<Category> = self.findings.iter().map(|f| f.category).collect();
        c.sort();
        c.dedup();
        c
    }

    /// Whether any finding is personal data (an identifier at level ≥ 1, or content about a person).
    pub fn has_personal_data(&self) -> bool {
        self.findings.iter().any(|f| {
            f.level >= Level::L1
                && f.category != Category::OrgNumber
                && f.category != Category::Copyright
                && f.category != Category::Internal
                && f.category != Category::Infrastructure
                && f.category != Category::SecurityClassified
        })
    }
}
