//! Swedish (and English) refusal messages. A message names the rule ids, says what was found
//! by category only — never the sensitive text itself — and what the user can do instead.

use crate::decision::{Decision, Refusal};
use crate::{Policy, PolicyRequest};
use vakt_config::{SystemConfig, SystemKind};
use vakt_detect::{Analysis, Category, Level, UseArea};

/// One failed check.
#[derive(Debug, Clone)]
pub(crate) struct Violation {
    pub code: &'static str,
    pub rules: Vec<String>,
    pub maskable: bool,
    pub area: Option<UseArea>,
    pub max: Option<Level>,
}

impl Violation {
    /// A violation masking cannot fix.
    pub fn hard(code: &'static str, rules: Vec<String>) -> Violation {
        Violation {
            code,
            rules,
            maskable: false,
            area: None,
            max: None,
        }
    }
    /// A violation masking may fix.
    pub fn soft(code: &'static str, rules: Vec<String>) -> Violation {
        Violation {
            maskable: true,
            ..Violation::hard(code, rules)
        }
    }
    /// With the use area that caused it.
    pub fn area(mut self, a: UseArea) -> Violation {
        self.area = Some(a);
        self
    }
    /// With the system's maximum level.
    pub fn max(mut self, l: Level) -> Violation {
        self.max = Some(l);
        self
    }
}

/// Swedish name of a use area.
pub(crate) fn area_sv(a: UseArea) -> &'static str {
    match a {
        UseArea::Manipulation => "manipulation som utnyttjar sårbarheter",
        UseArea::SocialScoring => "social poängsättning",
        UseArea::CrimePrediction => "förutsägelse av brott genom profilering",
        UseArea::FaceScraping => "oriktad insamling av ansiktsbilder",
        UseArea::EmotionRecognition => "känsloigenkänning på arbetsplats eller i skola",
        UseArea::BiometricCategorisation => "biometrisk kategorisering efter känsliga egenskaper",
        UseArea::RemoteBiometricId => "biometrisk fjärridentifiering i realtid",
        UseArea::Biometrics => "biometri",
        UseArea::CriticalInfrastructure => "kritisk infrastruktur",
        UseArea::Education => "utbildning (antagning, betyg, provövervakning)",
        UseArea::Employment => "anställning (rekrytering, CV-sortering, bedömning av personal)",
        UseArea::EssentialServices => {
            "grundläggande tjänster och förmåner (t.ex. ekonomiskt bistånd)"
        }
        UseArea::LawEnforcement => "brottsbekämpning",
        UseArea::Migration => "migration, asyl och gränskontroll",
        UseArea::JusticeDemocracy => "rättskipning och demokratiska processer",
        UseArea::Decision => "beslut i ett ärende",
    }
}

fn found_sv(a: &Analysis) -> String {
    let c: Vec<&str> = a
        .categories()
        .into_iter()
        .filter(|c| *c != Category::Copyright)
        .map(Category::label_sv)
        .collect();
    if c.is_empty() {
        String::new()
    } else {
        format!(": {}", c.join(", "))
    }
}

fn found_en(a: &Analysis) -> String {
    let c: Vec<&str> = a.categories().into_iter().map(Category::id).collect();
    if c.is_empty() {
        String::new()
    } else {
        format!(": {}", c.join(", "))
    }
}

fn sys_name(s: Option<&SystemConfig>, id: &str) -> String {
    match s {
        Some(s) => format!("”{}” ({})", s.name, s.id),
        None => format!("”{id}”"),
    }
}

fn reason(
    v: &Violation,
    req: &PolicyRequest<'_>,
    a: &Analysis,
    s: Option<&SystemConfig>,
) -> (String, String) {
    let name = sys_name(s, req.system_id);
    let auth = &req.caller.authority;
    let lvl = a.level;
    let area = v.area.map(area_sv).unwrap_or("");
    let area_en = v.area.map(UseArea::id).unwrap_or("");
    match v.code {
        "unknown_system" => (
            format!("systemet {name} finns inte i organisationens register över AI-system"),
            format!("system {name} is not in the organisation's register of AI systems"),
        ),
        "authority_not_allowed" => (
            format!("systemet {name} är inte öppet för din myndighet ({auth})"),
            format!("system {name} is not open to your authority ({auth})"),
        ),
        "system_not_assessed" => (
            format!("systemet {name} måste laddas ned och är inte riskbedömt, så det får inte användas alls"),
            format!("system {name} must be downloaded and has no risk assessment, so it may not be used at all"),
        ),
        "security_classified" => (
            "texten innehåller säkerhetsskyddsklassificerade uppgifter (nivå 4), som aldrig får skickas till något AI-system".into(),
            "the text contains security-classified information (level 4), which may never be sent to any AI system".into(),
        ),
        "prohibited_use" => (
            format!("begäran gäller en användning som AI-förordningen förbjuder ({area})"),
            format!("the request asks for a use the AI Act prohibits ({area_en})"),
        ),
        "automated_decision" => (
            "begäran ber AI fatta ett beslut på egen hand; en människa ska besluta".into(),
            "the request asks the AI to decide on its own; a human must decide".into(),
        ),
        "high_risk_without_decision" => (
            format!("begäran gäller en högriskanvändning enligt AI-förordningen ({area}) och inget giltigt beslut täcker {name} för {auth}"),
            format!("the request is a high-risk use under the AI Act ({area_en}) and no valid decision covers {name} for {auth}"),
        ),
        "restricted_use_public" => (
            format!("publika AI-tjänster får inte användas för biometri, rättning av prov eller sortering av CV:n och ansökningar ({area})"),
            format!("public AI services may not be used for biometrics, grading or sorting CVs and applications ({area_en})"),
        ),
        "case_handling_public" => (
            "publika AI-tjänster får inte användas för beslut, myndighetsutövning eller ärendehandläggning".into(),
            "public AI services may not be used for decisions or case handling".into(),
        ),
        "tools_to_public" => (
            format!("begäran ger den publika AI-tjänsten {name} verktyg, kopplingar eller bilagor (åtkomst till enhet eller konton); begäran stoppas i sin helhet, inget tas bort i tysthet"),
            format!("the request gives the public AI service {name} tools, connectors or attachments; the whole request is refused, nothing is silently stripped"),
        ),
        "tools_not_allowed" => (
            format!("registret tillåter inte verktyg eller funktionsanrop för {name}"),
            format!("the register does not allow tools for {name}"),
        ),
        "attachments_not_allowed" => (
            format!("registret tillåter inte bilder eller filer för {name}"),
            format!("the register does not allow images or files for {name}"),
        ),
        "internal_to_public" => (
            format!("texten innehåller intern information, som inte får gå till den publika AI-tjänsten {name}"),
            format!("the text contains internal information, which may not go to the public AI service {name}"),
        ),
        "personal_data_to_public" => (
            format!("texten innehåller personuppgifter{} och {name} är en publik AI-tjänst", found_sv(a)),
            format!("the text contains personal data{} and {name} is a public AI service", found_en(a)),
        ),
        "personal_data_without_decision" => (
            format!("texten innehåller personuppgifter{} och det finns inget giltigt beslut om personuppgifter i {name} för {auth}", found_sv(a)),
            format!("the text contains personal data{} and there is no valid personal-data decision for {name} and {auth}", found_en(a)),
        ),
        "level_above_system" => {
            let max = v.max.unwrap_or(Level::L0);
            let why = match s {
                Some(s) if !s.risk_assessed => ", eftersom systemet inte är riskbedömt",
                Some(s) if s.kind == SystemKind::Public && max == Level::L0 => ", eftersom det är en publik AI-tjänst",
                _ => "",
            };
            (
                format!(
                    "texten har nivå {} ({}{}) men {name} får bara ta emot nivå {}{why}",
                    lvl.as_u8(),
                    lvl.name_sv(),
                    found_sv(a),
                    max.as_u8()
                ),
                format!("the text is level {}{} but {name} may receive level {} at most", lvl.as_u8(), found_en(a), max.as_u8()),
            )
        }
        other => (format!("kontrollen {other} stoppade begäran"), format!("check {other} refused the request")),
    }
}

fn what_to_do(
    policy: &Policy,
    req: &PolicyRequest<'_>,
    v: &[Violation],
    s: Option<&SystemConfig>,
    maskable: bool,
) -> (Vec<String>, Vec<String>) {
    let mut sv = Vec::new();
    let mut en = Vec::new();
    let has = |c: &str| v.iter().any(|x| x.code == c);
    let name = sys_name(s, req.system_id);
    if has("security_classified") {
        sv.push("hantera uppgifterna utan AI och kontakta säkerhetsskyddschefen".to_string());
        en.push(
            "handle the information without AI and contact the security protection officer"
                .to_string(),
        );
    }
    if has("prohibited_use") {
        sv.push("avstå – användningen är förbjuden och kan inte öppnas med ett beslut".into());
        en.push("refrain: the use is prohibited and no decision can open it".into());
    }
    if has("automated_decision") {
        sv.push("be AI om ett underlag och fatta beslutet själv".into());
        en.push("ask the AI for a draft basis and make the decision yourself".into());
    }
    if has("tools_to_public") || has("tools_not_allowed") || has("attachments_not_allowed") {
        sv.push("skicka frågan utan verktyg, kopplingar och bilagor".into());
        en.push("send the question without tools, connectors and attachments".into());
    }
    if maskable {
        let how = match s {
            Some(s) if s.allow_masked => "",
            _ => " (systemet tar inte emot maskerad text automatiskt)",
        };
        sv.push(format!(
            "ta bort eller maskera personuppgifterna, t.ex. med `vakt redact`{how}"
        ));
        en.push("remove or mask the personal data, e.g. with `vakt redact`".into());
    }
    if has("personal_data_without_decision") || has("high_risk_without_decision") {
        let kind = if has("high_risk_without_decision") {
            "high_risk"
        } else {
            "personal_data"
        };
        sv.push(format!(
            "be din verksamhetschef om ett dokumenterat beslut ({kind}) för {} och {name}",
            req.caller.authority
        ));
        en.push(format!(
            "ask your head of operations for a documented decision ({kind}) for {} and {name}",
            req.caller.authority
        ));
    }
    if has("unknown_system") || has("authority_not_allowed") {
        let list: Vec<String> = policy
            .systems_for(req.caller)
            .iter()
            .map(|s| s.id.clone())
            .collect();
        if list.is_empty() {
            sv.push("be informationssäkerhetssamordnaren om ett godkänt system".into());
            en.push("ask the information security coordinator for an approved system".into());
        } else {
            sv.push(format!("välj ett system i registret: {}", list.join(", ")));
            en.push(format!(
                "choose a system from the register: {}",
                list.join(", ")
            ));
        }
    }
    (sv, en)
}

/// Adds the alternatives to the message.
pub(crate) fn append_alternatives(policy: &Policy, r: &mut Refusal) {
    let names: Vec<String> = r
        .alternatives
        .iter()
        .filter_map(|id| policy.system(id))
        .map(|s| {
            let max = policy.effective_max(s).map(|(l, _)| l.as_u8()).unwrap_or(0);
            format!("”{}” ({}), som är godkänt för nivå {max}", s.name, s.id)
        })
        .collect();
    if names.is_empty() {
        return;
    }
    let tail_sv = format!(" Du kan också använda {}.", names.join(" eller "));
    let tail_en = format!(" You can also use {}.", r.alternatives.join(" or "));
    insert_before_footer(&mut r.message_sv, &tail_sv, FOOTER_SV);
    insert_before_footer(&mut r.message_en, &tail_en, FOOTER_EN);
}

const FOOTER_SV: &str = " Tror du att stoppet är fel? Kontakta informationssäkerhetssamordnaren.";
const FOOTER_EN: &str = " Think this is wrong? Contact the information security coordinator.";

fn insert_before_footer(msg: &mut String, tail: &str, footer: &str) {
    if let Some(base) = msg.strip_suffix(footer) {
        *msg = format!("{base}{tail}{footer}");
    } else {
        msg.push_str(tail);
    }
}

/// Builds the refusal for failed checks.
pub(crate) fn refusal(
    policy: &Policy,
    req: &PolicyRequest<'_>,
    a: &Analysis,
    s: Option<&SystemConfig>,
    v: &[Violation],
    maskable: bool,
    alternatives: Vec<String>,
) -> Refusal {
    // The main reason: a hard one first; among maskable ones the most specific.
    const SOFT_ORDER: &[&str] = &[
        "personal_data_to_public",
        "level_above_system",
        "personal_data_without_decision",
    ];
    let main = v.iter().find(|x| !x.maskable).or_else(|| {
        SOFT_ORDER
            .iter()
            .find_map(|c| v.iter().find(|x| x.code == *c))
            .or(v.first())
    });
    let code = main.map(|x| x.code).unwrap_or("refused");
    let mut rules: Vec<String> = Vec::new();
    for x in v {
        for r in &x.rules {
            if !rules.contains(r) {
                rules.push(r.clone());
            }
        }
    }
    // Own profile's rules before inherited baseline ones.
    rules.sort_by_key(|r| r.starts_with("DIGG-"));
    let mut rs_sv = Vec::new();
    let mut rs_en = Vec::new();
    let mut seen = Vec::new();
    for x in v {
        if seen.contains(&x.code) {
            continue;
        }
        seen.push(x.code);
        let (a_sv, a_en) = reason(x, req, a, s);
        rs_sv.push(a_sv);
        rs_en.push(a_en);
    }
    let (todo_sv, todo_en) = what_to_do(policy, req, v, s, maskable);
    let mut message_sv = format!(
        "Stoppat enligt {}: {}.",
        rules.join(", "),
        capitalize_join(&rs_sv)
    );
    let mut message_en = format!("Refused under {}: {}.", rules.join(", "), rs_en.join("; "));
    if !todo_sv.is_empty() {
        message_sv.push_str(&format!(" Det här kan du göra: {}.", todo_sv.join("; ")));
        message_en.push_str(&format!(" What you can do: {}.", todo_en.join("; ")));
    }
    message_sv.push_str(FOOTER_SV);
    message_en.push_str(FOOTER_EN);
    let mut r = Refusal {
        code,
        rules,
        categories: a.categories(),
        level: a.level,
        message_sv,
        message_en,
        maskable,
        alternatives,
    };
    append_alternatives(policy, &mut r);
    r
}

fn capitalize_join(parts: &[String]) -> String {
    let s = parts.join("; ");
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

/// The refusal when the masked text still does not pass (fail closed).
pub(crate) fn masking_insufficient(
    policy: &Policy,
    req: &PolicyRequest<'_>,
    original: &Analysis,
    masked: &Analysis,
    second: &Decision,
) -> Refusal {
    let s = policy.system(req.system_id);
    let name = sys_name(s, req.system_id);
    let rules: Vec<String> = second.rules().to_vec();
    let max = s
        .and_then(|s| policy.effective_max(s))
        .map(|(l, _)| l.as_u8())
        .unwrap_or(0);
    Refusal {
        code: "masking_insufficient",
        rules: rules.clone(),
        categories: original.categories(),
        level: original.level,
        message_sv: format!(
            "Stoppat enligt {}: texten har nivå {}{} och även maskerad har den nivå {}{}, men {name} får bara ta emot nivå {max}. Det här kan du göra: ta bort de känsliga uppgifterna ur texten, eller be din verksamhetschef om ett beslut.{FOOTER_SV}",
            rules.join(", "),
            original.level.as_u8(),
            found_sv(original),
            masked.level.as_u8(),
            found_sv(masked),
        ),
        message_en: format!(
            "Refused under {}: the text is level {} and still level {} when masked, but {name} may receive level {max} at most.{FOOTER_EN}",
            rules.join(", "),
            original.level.as_u8(),
            masked.level.as_u8()
        ),
        maskable: false,
        alternatives: vec![],
    }
}
