//! The gateway's view of the policy: one call that checks every text of a request (all
//! turns, all text parts) for one system and caller with [`vakt_policy::Policy::prepare`],
//! and gives back allowed, masked (with the restorer) or refused — in the caller's language.

use crate::chat_request::Attachments;
use crate::error::Lang;
use crate::state::AppState;
use vakt_config::{Caller, SystemConfig};
use vakt_policy::{Decision, PolicyRequest, Restorer};

/// A refusal as the client sees it.
#[derive(Debug, Clone)]
pub struct Refusal {
    /// Rule ids.
    pub rules: Vec<String>,
    /// Machine-readable code.
    pub code: String,
    /// The message in the caller's language; never the sensitive text.
    pub message: String,
}

/// Restores placeholders in answers (whole, or per stream).
#[derive(Clone)]
pub struct Restore {
    proto: Restorer,
}

impl Restore {
    /// Restores a whole text.
    pub fn restore(&self, s: &str) -> String {
        let mut r = self.proto.clone();
        let mut out = r.push(s);
        out.push_str(&r.finish());
        out
    }

    /// A restorer for one stream (holds back a placeholder split across chunks).
    pub fn stream(&self) -> StreamRestore {
        self.proto.clone()
    }
}

/// Restores placeholders across stream chunks.
pub type StreamRestore = Restorer;

/// The verdict.
#[derive(Debug)]
pub enum Verdict {
    /// Forward as sent.
    Allowed,
    /// Forward these texts (one per request text, in order): masked, re-analysed, confirmed.
    Masked {
        /// The masked texts.
        texts: Vec<String>,
    },
    /// Refused.
    Refused(Refusal),
}

/// The result of checking a request.
pub struct Checked {
    /// The level of the request as sent.
    pub level: u8,
    /// Category ids found.
    pub categories: Vec<String>,
    /// Rule ids the decision rests on.
    pub rules: Vec<String>,
    /// The verdict.
    pub verdict: Verdict,
    restore: Option<Restore>,
    mapping: Vec<(String, String)>,
}

impl Checked {
    /// The restorer, when the request was masked.
    pub fn restorer(&self) -> Option<Restore> {
        self.restore.clone()
    }

    /// The masking map (placeholder, original) for the record store; empty unless masked.
    pub fn mapping(&self) -> &[(String, String)] {
        &self.mapping
    }
}

fn attachment_refusal(lang: Lang) -> Refusal {
    Refusal {
        rules: vec!["R002-2".into()],
        code: "attachments_not_allowed".into(),
        message: lang
            .pick(
                "Bilder och filer får inte skickas till det här AI-systemet, eftersom vakt inte kan kontrollera vad de innehåller (R002-2). Klistra in texten i stället, eller använd ett system som är godkänt för bilder och filer.",
                "Images and files may not be sent to this AI system, because vakt cannot check what they contain (R002-2). Paste the text instead, or use a system approved for images and files.",
            )
            .into(),
    }
}

/// Checks every text of a request (tool fields must already be stripped when the system does
/// not allow them; `has_tools` says whether any are left).
pub fn check(
    state: &AppState,
    caller: &Caller,
    system: &SystemConfig,
    texts: &[&str],
    attachments: Attachments,
    has_tools: bool,
    lang: Lang,
) -> Checked {
    let mut req = PolicyRequest::new(&system.id, caller);
    req.has_tools = has_tools;
    req.has_attachments = attachments.any();
    let p = state.policy.prepare(&req, texts);
    let categories: Vec<String> = p
        .analysis
        .categories()
        .iter()
        .map(|c| c.id().to_string())
        .collect();
    let level = p.decision.level().as_u8();
    let rules = p.decision.rules().to_vec();
    let refused = |r: Refusal| Checked {
        level,
        categories: categories.clone(),
        rules: r.rules.clone(),
        verdict: Verdict::Refused(r),
        restore: None,
        mapping: Vec::new(),
    };
    match p.decision {
        Decision::Refused(r) => refused(Refusal {
            rules: r.rules.clone(),
            code: r.code.to_string(),
            message: match lang {
                Lang::Sv => r.message_sv,
                Lang::En => r.message_en,
            },
        }),
        _ if attachments.any() && !system.images_allowed => refused(attachment_refusal(lang)),
        Decision::Masked { .. } => {
            if p.outgoing.len() != texts.len() {
                // Fail closed: the masked texts must map one to one onto the request's.
                return refused(Refusal {
                    rules,
                    code: "masking_failed".into(),
                    message: lang
                        .pick(
                            "Texten kunde inte maskeras säkert och skickades inte. Ta bort personuppgifterna och försök igen.",
                            "The text could not be masked safely and was not sent. Remove the personal data and try again.",
                        )
                        .into(),
                });
            }
            Checked {
                level,
                categories,
                rules,
                verdict: Verdict::Masked { texts: p.outgoing },
                restore: Some(Restore {
                    proto: p.masker.restorer(),
                }),
                mapping: p.masker.mapping().to_vec(),
            }
        }
        Decision::Allowed { .. } => Checked {
            level,
            categories,
            rules,
            verdict: Verdict::Allowed,
            restore: None,
            mapping: Vec::new(),
        },
    }
}

/// The visible note the profile asks for on every answer (GBG-6, BOT-6), if any.
pub fn note(state: &AppState) -> Option<String> {
    state.policy.label_note().map(str::to_owned)
}
