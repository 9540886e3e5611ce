//! E-mail (.eml): headers that name people, the decoded bodies (quoted-printable and base64
//! are undone by mail-parser), text attachments, and document attachments read recursively.

use crate::html::html_to_text;
use crate::{extract_depth, ExtractError, Format, Limits};
use mail_parser::{Address, Message, MessageParser, MimeHeaders};
use std::fmt::Write;

/// The text of an e-mail message.
pub(crate) fn extract(
    bytes: &[u8],
    limits: &Limits,
    depth: u32,
    notes: &mut Vec<String>,
) -> Result<String, ExtractError> {
    let msg = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| ExtractError::corrupt(Format::Eml, "meddelandet kunde inte tolkas"))?;
    let mut out = String::new();
    message_text(&msg, limits, depth, notes, &mut out);
    Ok(out)
}

fn message_text(
    msg: &Message<'_>,
    limits: &Limits,
    depth: u32,
    notes: &mut Vec<String>,
    out: &mut String,
) {
    address_line(out, "Från", msg.from());
    address_line(out, "Till", msg.to());
    address_line(out, "Kopia", msg.cc());
    address_line(out, "Svar till", msg.reply_to());
    if let Some(s) = msg.subject() {
        let _ = writeln!(out, "Ämne: {s}");
    }
    if let Some(d) = msg.date() {
        let _ = writeln!(out, "Datum: {}", d.to_rfc3339());
    }
    out.push('\n');
    for part in msg.text_bodies() {
        let Some(text) = part.text_contents() else {
            continue;
        };
        if part.is_text_html() {
            out.push_str(&html_to_text(text));
        } else {
            out.push_str(text);
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    for (i, part) in msg.attachments().enumerate() {
        let name = part
            .attachment_name()
            .map(str::to_owned)
            .unwrap_or_else(|| format!("bilaga {}", i + 1));
        let _ = writeln!(out, "\n--- Bilaga: {name} ---");
        if let Some(inner) = part.message() {
            if depth < limits.max_depth {
                message_text(inner, limits, depth + 1, notes, out);
            } else {
                notes.push(format!(
                    "bilagan {name} ligger för djupt och granskades inte"
                ));
            }
            continue;
        }
        if part.is_text() {
            if let Some(text) = part.text_contents() {
                if part.is_text_html() {
                    out.push_str(&html_to_text(text));
                } else {
                    out.push_str(text);
                }
                out.push('\n');
                continue;
            }
        }
        if depth >= limits.max_depth {
            notes.push(format!(
                "bilagan {name} ligger för djupt och granskades inte"
            ));
            continue;
        }
        let bytes = part.contents();
        let hint = if Format::from_path(&name).is_some() {
            name.clone()
        } else {
            String::new()
        };
        match extract_depth(&hint, bytes, limits, depth + 1) {
            Ok(inner) => {
                out.push_str(&inner.text);
                if !out.ends_with('\n') {
                    out.push('\n');
                }
                notes.extend(
                    inner
                        .notes
                        .into_iter()
                        .map(|n| format!("bilagan {name}: {n}")),
                );
            }
            Err(ExtractError::Unsupported(_)) => {
                notes.push(format!("bilagan {name} har ett format som inte granskas"))
            }
            Err(e) => notes.push(format!("bilagan {name} kunde inte läsas: {e}")),
        }
    }
}

fn address_line(out: &mut String, label: &str, addr: Option<&Address<'_>>) {
    let Some(addr) = addr else { return };
    let list: Vec<String> = addr
        .iter()
        .map(|a| match (a.name(), a.address()) {
            (Some(n), Some(e)) => format!("{n} <{e}>"),
            (Some(n), None) => n.to_string(),
            (None, Some(e)) => e.to_string(),
            (None, None) => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect();
    if !list.is_empty() {
        let _ = writeln!(out, "{label}: {}", list.join(", "));
    }
}
