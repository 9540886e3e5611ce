//! vakt-config: the model of `vakt.toml` (see `shared/CONTRACT.md`), loading from a file,
//! environment overrides (`VAKT_<SECTION>_<KEY>`), and validation with file, line and key.
//!
//! Loading is the only I/O here; everything else is plain data shared by the policy, the
//! store, the gateway and the CLI.

#![deny(missing_docs)]

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The whole configuration.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `[server]`
    #[serde(default)]
    pub server: ServerConfig,
    /// `[storage]`
    #[serde(default)]
    pub storage: StorageConfig,
    /// `[organisation]`
    #[serde(default)]
    pub organisation: OrganisationConfig,
    /// `[[authorities]]`: each nämnd or company is its own authority.
    #[serde(default)]
    pub authorities: Vec<AuthorityConfig>,
    /// `[[systems]]`: the register of AI systems.
    #[serde(default)]
    pub systems: Vec<SystemConfig>,
    /// `[[decisions]]`: documented decisions that open what the rules keep shut.
    #[serde(default)]
    pub decisions: Vec<DecisionConfig>,
    /// `[incidents]`
    #[serde(default)]
    pub incidents: IncidentConfig,
    /// Where this configuration was read from (not part of the file).
    #[serde(skip)]
    pub source: Option<PathBuf>,
    /// The text it was parsed from (not part of the file); used to name lines in errors.
    #[serde(skip)]
    pub source_text: Option<String>,
}

/// `[server]`
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    /// Address to listen on.
    #[serde(default = "default_listen")]
    pub listen: String,
    /// Largest request body in bytes (default 8 MB); larger gets 413.
    #[serde(default = "default_body_limit")]
    pub body_limit: usize,
    /// Upstream connect timeout, seconds.
    #[serde(default = "default_connect_timeout")]
    pub connect_timeout_secs: u64,
    /// Upstream time to first byte, seconds.
    #[serde(default = "default_first_byte_timeout")]
    pub first_byte_timeout_secs: u64,
    /// Upstream total timeout, seconds.
    #[serde(default = "default_total_timeout")]
    pub total_timeout_secs: u64,
    /// Production mode: refuse to start without an encryption key for records.
    #[serde(default)]
    pub production: bool,
}

fn default_listen() -> String {
    "127.0.0.1:8080".into()
}
fn default_body_limit() -> usize {
    8 * 1024 * 1024
}
fn default_connect_timeout() -> u64 {
    5
}
fn default_first_byte_timeout() -> u64 {
    60
}
fn default_total_timeout() -> u64 {
    300
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            listen: default_listen(),
            body_limit: default_body_limit(),
            connect_timeout_secs: default_connect_timeout(),
            first_byte_timeout_secs: default_first_byte_timeout(),
            total_timeout_secs: default_total_timeout(),
            production: false,
        }
    }
}

/// `[storage]`
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorageConfig {
    /// `sqlite://vakt-data/vakt.db` or `postgres://user@host/db`.
    #[serde(default = "default_storage_url")]
    pub url: String,
    /// Environment variable holding the records encryption key (hex, 32 bytes).
    #[serde(default = "default_key_env")]
    pub key_env: String,
    /// A file holding the records encryption key, used when the variable is not set.
    #[serde(default)]
    pub key_file: Option<PathBuf>,
}

fn default_storage_url() -> String {
    "sqlite://vakt-data/vakt.db".into()
}
fn default_key_env() -> String {
    "VAKT_RECORDS_KEY".into()
}

impl Default for StorageConfig {
    fn default() -> Self {
        StorageConfig {
            url: default_storage_url(),
            key_env: default_key_env(),
            key_file: None,
        }
    }
}

/// `[organisation]`
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationConfig {
    /// The organisation's name.
    #[serde(default = "default_org_name")]
    pub name: String,
    /// Profile id: goteborg | staffanstorp | botkyrka | riktlinje-002 | digg, or one from `profile_file`.
    #[serde(default = "default_profile")]
    pub profile: String,
    /// A TOML file with the organisation's own profile(s), overriding the built-in ones.
    #[serde(default)]
    pub profile_file: Option<PathBuf>,
}

fn default_org_name() -> String {
    "Exempelkommunen".into()
}
fn default_profile() -> String {
    "digg".into()
}

impl Default for OrganisationConfig {
    fn default() -> Self {
        OrganisationConfig {
            name: default_org_name(),
            profile: default_profile(),
            profile_file: None,
        }
    }
}

/// `[[authorities]]`
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorityConfig {
    /// Id used in keys, records and decisions.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Records older than this are disposed of by `vakt records purge`; none when unset.
    #[serde(default)]
    pub retention_days: Option<u32>,
    /// The archive decision (gallringsbeslut) that purges cite.
    #[serde(default)]
    pub disposal_decision: Option<String>,
}

/// The kind of AI system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SystemKind {
    /// A public service anyone can use (no agreement).
    Public,
    /// A procured service under agreement.
    Procured,
    /// Run by the organisation itself.
    Own,
}

/// Where a system processes data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DataLocation {
    /// Inside the EU/EEA.
    EuEea,
    /// A third country.
    ThirdCountry,
    /// Not known.
    #[default]
    Unknown,
}

/// `[[systems]]`: one AI system in the register.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SystemConfig {
    /// Id; clients send it as `model`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// public | procured | own.
    pub kind: SystemKind,
    /// OpenAI-compatible base URL, e.g. `http://127.0.0.1:11434/v1`.
    pub upstream: String,
    /// The upstream's own model name.
    pub model: String,
    /// Environment variable holding the upstream API key.
    #[serde(default)]
    pub api_key_env: Option<String>,
    /// Whether a risk assessment has been done.
    #[serde(default)]
    pub risk_assessed: bool,
    /// Date of the risk assessment.
    #[serde(default, deserialize_with = "dates::opt_date")]
    pub risk_assessment_date: Option<NaiveDate>,
    /// Who made the risk assessment.
    #[serde(default)]
    pub risk_assessment_by: Option<String>,
    /// Highest level this system may receive (0–3).
    #[serde(default)]
    pub max_level: u8,
    /// Must be downloaded/installed (e.g. an app); refused entirely without a risk assessment.
    #[serde(default)]
    pub requires_download: bool,
    /// Where data is processed.
    #[serde(default)]
    pub data_location: DataLocation,
    /// The provider.
    #[serde(default)]
    pub provider: Option<String>,
    /// The purpose the system is used for.
    #[serde(default)]
    pub purpose: Option<String>,
    /// A DPIA (konsekvensbedömning) has been done.
    #[serde(default)]
    pub dpia_done: bool,
    /// A data processing agreement (personuppgiftsbiträdesavtal) exists.
    #[serde(default)]
    pub dpa_signed: bool,
    /// Legal basis for personal data, if any.
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// Controller (personuppgiftsansvarig).
    #[serde(default)]
    pub controller: Option<String>,
    /// Send the masked text when the original is above `max_level` but the masked one is not.
    #[serde(default = "default_true")]
    pub allow_masked: bool,
    /// Tool/function calling, attachments and connectors allowed.
    #[serde(default)]
    pub tools_allowed: bool,
    /// Images and files in messages allowed.
    #[serde(default)]
    pub images_allowed: bool,
    /// Authorities that may use this system; empty means all.
    #[serde(default)]
    pub authorities: Vec<String>,
}

fn default_true() -> bool {
    true
}

/// What a decision opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// Personal data in a procured system (STA-2, GBG-5).
    PersonalData,
    /// A high-risk use in an area (GBG-3).
    HighRisk,
}

/// `[[decisions]]`: a documented decision.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionConfig {
    /// Id.
    pub id: String,
    /// personal_data | high_risk.
    pub kind: DecisionKind,
    /// The system it applies to.
    pub system: String,
    /// The authority it applies to.
    pub authority: String,
    /// For high_risk: the use area (CONTRACT.md ids).
    #[serde(default)]
    pub area: Option<String>,
    /// For personal_data: the highest level it opens (default 3).
    #[serde(default)]
    pub max_level: Option<u8>,
    /// The purpose decided.
    #[serde(default)]
    pub purpose: Option<String>,
    /// Who decided (e.g. verksamhetschef).
    pub decided_by: String,
    /// Reference number (diarienummer).
    pub reference: String,
    /// First valid day.
    #[serde(deserialize_with = "dates::date")]
    pub valid_from: NaiveDate,
    /// Last valid day; open-ended when unset.
    #[serde(default, deserialize_with = "dates::opt_date")]
    pub valid_to: Option<NaiveDate>,
}

/// `[incidents]`
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentConfig {
    /// A webhook that receives each incident as JSON.
    #[serde(default)]
    pub webhook: Option<String>,
}

/// The role of a caller (an API key belongs to one user, authority and role).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// An employee: uses AI systems, sees only their own records.
    #[default]
    User,
    /// Administrator / security coordinator: register, incidents, all records.
    Admin,
    /// Registrar / archivist: search, export with masking, disposal of records.
    Registrar,
}

impl Role {
    /// The id used on the command line and in storage.
    pub fn id(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Admin => "admin",
            Role::Registrar => "registrar",
        }
    }

    /// The role for an id.
    pub fn from_id(s: &str) -> Option<Role> {
        match s {
            "user" => Some(Role::User),
            "admin" => Some(Role::Admin),
            "registrar" => Some(Role::Registrar),
            _ => None,
        }
    }
}

/// Who is asking: an authenticated user of one authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caller {
    /// User name.
    pub user: String,
    /// Authority id (nämnd or company).
    pub authority: String,
    /// Role.
    pub role: Role,
}

/// A configuration error, with the file, line and key where it was found when known.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.render())]
pub struct ConfigError {
    /// The file.
    pub file: Option<PathBuf>,
    /// 1-based line.
    pub line: Option<usize>,
    /// The key, e.g. `systems[2].max_level`.
    pub key: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl ConfigError {
    /// An error with just a message.
    pub fn msg(message: impl Into<String>) -> ConfigError {
        ConfigError {
            file: None,
            line: None,
            key: None,
            message: message.into(),
        }
    }

    fn render(&self) -> String {
        let mut s = String::new();
        if let Some(f) = &self.file {
            s.push_str(&f.display().to_string());
            if let Some(l) = self.line {
                s.push_str(&format!(":{l}"));
            }
            s.push_str(": ");
        }
        if let Some(k) = &self.key {
            s.push_str(&format!("`{k}`: "));
        }
        s.push_str(&self.message);
        s
    }
}

impl Config {
    /// Parses TOML text; `file` is used in error messages.
    pub fn parse(text: &str, file: Option<&Path>) -> Result<Config, ConfigError> {
        let mut cfg: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            ConfigError {
                file: file.map(Path::to_path_buf),
                line,
                key: None,
                message: e.message().to_string(),
            }
        })?;
        cfg.source = file.map(Path::to_path_buf);
        cfg.source_text = Some(text.to_string());
        Ok(cfg)
    }

    /// Loads `path` if given, else `./vakt.toml` if it exists, else the built-in defaults;
    /// then applies `VAKT_<SECTION>_<KEY>` environment overrides.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let default_path = Path::new("vakt.toml");
        let chosen = match path {
            Some(p) => Some(p),
            None if default_path.exists() => Some(default_path),
            None => None,
        };
        let mut cfg = match chosen {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| ConfigError {
                    file: Some(p.to_path_buf()),
                    line: None,
                    key: None,
                    message: format!("kan inte läsa filen: {e}"),
                })?;
                Config::parse(&text, Some(p))?
            }
            None => Config::default(),
        };
        cfg.apply_env(|k| std::env::var(k).ok())?;
        Ok(cfg)
    }

    /// Applies `VAKT_<SECTION>_<KEY>` overrides for the scalar keys of the single sections.
    pub fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        fn parse<T: std::str::FromStr>(key: &str, v: String) -> Result<T, ConfigError> {
            v.parse().map_err(|_| ConfigError {
                file: None,
                line: None,
                key: Some(key.into()),
                message: format!("ogiltigt värde i miljövariabeln: `{v}`"),
            })
        }
        if let Some(v) = get("VAKT_SERVER_LISTEN") {
            self.server.listen = v;
        }
        if let Some(v) = get("VAKT_SERVER_BODY_LIMIT") {
            self.server.body_limit = parse("VAKT_SERVER_BODY_LIMIT", v)?;
        }
        if let Some(v) = get("VAKT_SERVER_PRODUCTION") {
            self.server.production = parse("VAKT_SERVER_PRODUCTION", v)?;
        }
        if let Some(v) = get("VAKT_STORAGE_URL") {
            self.storage.url = v;
        }
        if let Some(v) = get("VAKT_STORAGE_KEY_FILE") {
            self.storage.key_file = Some(v.into());
        }
        if let Some(v) = get("VAKT_ORGANISATION_NAME") {
            self.organisation.name = v;
        }
        if let Some(v) = get("VAKT_ORGANISATION_PROFILE") {
            self.organisation.profile = v;
        }
        if let Some(v) = get("VAKT_INCIDENTS_WEBHOOK") {
            self.incidents.webhook = Some(v);
        }
        Ok(())
    }

    /// The system with this id.
    pub fn system(&self, id: &str) -> Option<&SystemConfig> {
        self.systems.iter().find(|s| s.id == id)
    }

    /// The authority with this id.
    pub fn authority(&self, id: &str) -> Option<&AuthorityConfig> {
        self.authorities.iter().find(|a| a.id == id)
    }

    /// The 1-based line of `key` (e.g. `systems[2].max_level`, `organisation.profile`) in the
    /// text this configuration was parsed from. When the key itself is not written (a default),
    /// the line of its table header; `None` without source text or table.
    pub fn locate(&self, key: &str) -> Option<usize> {
        locate::locate(self.source_text.as_deref()?, key)
    }

    /// An error about `key`, naming this configuration's file and the key's line.
    pub fn error_at(&self, key: &str, message: impl Into<String>) -> ConfigError {
        ConfigError {
            file: self.source.clone(),
            line: self.locate(key),
            key: Some(key.to_string()),
            message: message.into(),
        }
    }

    /// The text of `organisation.profile_file`, if set, read relative to this configuration's
    /// folder; returns the path read and its text.
    pub fn read_profile_file(&self) -> Result<Option<(PathBuf, String)>, ConfigError> {
        let Some(p) = &self.organisation.profile_file else {
            return Ok(None);
        };
        let path = match (&self.source, p.is_absolute()) {
            (Some(src), false) => src.parent().map(|d| d.join(p)).unwrap_or_else(|| p.clone()),
            _ => p.clone(),
        };
        let text = std::fs::read_to_string(&path).map_err(|e| {
            self.error_at(
                "organisation.profile_file",
                format!("kan inte läsa profilfilen {}: {e}", path.display()),
            )
        })?;
        Ok(Some((path, text)))
    }

    /// Checks what can be checked without a profile: duplicate ids, references to unknown
    /// systems and authorities, levels above 3, a system set above level 0 without a risk
    /// assessment, decisions whose dates or fields do not fit together.
    pub fn validate(&self) -> Result<(), ConfigError> {
        validate::validate(self)
    }
}

mod dates;
mod locate;
mod validate;

pub use validate::HIGH_RISK_AREAS;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_example_parses() {
        let text = r#"
[server]
listen = "127.0.0.1:8080"
[storage]
url = "sqlite://vakt-data/vakt.db"
[organisation]
name = "Göteborgs Stad"
profile = "goteborg"
[[authorities]]
id = "sn-centrum"
name = "Socialnämnden Centrum"
[[systems]]
id = "public-chat"
name = "Publik chattjänst"
kind = "public"
upstream = "http://127.0.0.1:11434/v1"
model = "llama3.2"
api_key_env = "PUBLIC_CHAT_KEY"
risk_assessed = false
max_level = 0
allow_masked = true
"#;
        let c = Config::parse(text, None).unwrap();
        assert_eq!(c.systems[0].kind, SystemKind::Public);
        assert_eq!(c.organisation.profile, "goteborg");
    }

    #[test]
    fn errors_name_the_line() {
        let text = "[server]\nlisten = \"x\"\n\n[[systems]]\nid = 3\n";
        let e = Config::parse(text, Some(Path::new("v.toml"))).unwrap_err();
        assert_eq!(e.line, Some(5), "{e}");
        assert!(e.to_string().starts_with("v.toml:5"), "{e}");
    }

    #[test]
    fn env_overrides() {
        let mut c = Config::default();
        c.apply_env(|k| (k == "VAKT_STORAGE_URL").then(|| "postgres://x/y".to_string()))
            .unwrap();
        assert_eq!(c.storage.url, "postgres://x/y");
    }
}
