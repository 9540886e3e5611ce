//! The labels on every answer (GBG-6, GBG-7, R002-4, BOT-5): `x-vakt-ai-generated`,
//! `x-vakt-level`, `x-vakt-decision`, `x-vakt-record`, and the profile's visible note.

use axum::http::{HeaderMap, HeaderValue};

/// How an answer is labelled.
#[derive(Debug, Clone)]
pub struct Labels {
    /// The level of the request as the user sent it.
    pub level: u8,
    /// `allowed` or `masked`.
    pub decision: &'static str,
    /// The record id.
    pub record: String,
    /// The visible note to add to the answer text, when the profile asks for one.
    pub note: Option<String>,
    /// Whether tool fields were stripped (R002-2).
    pub tools_stripped: bool,
}

impl Labels {
    /// Puts the label headers on a response.
    pub fn apply(&self, h: &mut HeaderMap) {
        h.insert("x-vakt-ai-generated", HeaderValue::from_static("true"));
        h.insert("x-vakt-level", HeaderValue::from(self.level as u16));
        h.insert("x-vakt-decision", HeaderValue::from_static(self.decision));
        if let Ok(v) = HeaderValue::from_str(&self.record) {
            h.insert("x-vakt-record", v);
        }
        if self.tools_stripped {
            h.insert("x-vakt-stripped", HeaderValue::from_static("tools"));
        }
    }

    /// The note as it is appended to an answer's text.
    pub fn note_suffix(&self) -> Option<String> {
        self.note.as_ref().map(|n| format!("\n\n— {n}"))
    }
}
