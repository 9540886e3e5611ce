//! Export of records for release (utlämnande): JSON lines, CSV, and an HTML report a registrar
//! can hand out. With masking, everything the engine finds at level 2 or above in the request,
//! the sent text and the answer is replaced with `[MASKERAT: <category>]`.
//!
//! The masking map is never exported: it holds the originals of what was masked.

use crate::RecordView;
use std::io::{self, Write};
use vakt_detect::{Engine, Level};

/// Replace everything the engine finds at level ≥ 2 with `[MASKERAT: <category id>]`.
/// Overlapping findings are joined and named by the first.
pub fn mask_text(text: &str) -> String {
    let analysis = Engine::shared().analyze(text);
    let mut spans: Vec<(usize, usize, &'static str)> = analysis
        .findings
        .iter()
        .filter(|f| f.level >= Level::L2 && f.start < f.end && f.end <= text.len())
        .map(|f| (f.start, f.end, f.category.id()))
        .collect();
    spans.sort_by_key(|s| (s.0, std::cmp::Reverse(s.1)));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut i = 0;
    while i < spans.len() {
        let (start, mut end, cat) = spans[i];
        i += 1;
        while i < spans.len() && spans[i].0 < end {
            end = end.max(spans[i].1);
            i += 1;
        }
        if start < at || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str("[MASKERAT: ");
        out.push_str(cat);
        out.push(']');
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// The exported texts of a record, masked when asked.
struct Texts {
    request: Option<String>,
    sent: Option<String>,
    response: Option<String>,
}

fn texts(r: &RecordView, mask: bool) -> Texts {
    let m = |t: &Option<String>| {
        t.as_ref()
            .map(|t| if mask { mask_text(t) } else { t.clone() })
    };
    Texts {
        request: m(&r.request),
        sent: m(&r.sent),
        response: m(&r.response),
    }
}

/// One JSON object per record and line (CONTRACT.md fields first).
pub fn write_jsonl(w: &mut dyn Write, records: &[RecordView], mask: bool) -> io::Result<()> {
    for r in records {
        let t = texts(r, mask);
        let v = serde_json::json!({
            "id": r.id.to_string(),
            "created_at": r.created_at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            "authority": r.authority,
            "user": r.user,
            "system": r.system,
            "decision": r.decision,
            "level": r.level,
            "request": t.request,
            "sent": t.sent,
            "response": t.response,
            "rules": r.rules,
            "categories": r.categories,
            "purpose": r.purpose,
            "upstream_status": r.upstream_status,
            "completed": r.completed,
            "disposed": r.disposed,
            "masked": mask,
            "hash": r.hash,
        });
        serde_json::to_writer(&mut *w, &v)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// CSV (RFC 4180) with a header row.
pub fn write_csv(w: &mut dyn Write, records: &[RecordView], mask: bool) -> io::Result<()> {
    writeln!(
        w,
        "id,created_at,authority,user,system,decision,level,rules,categories,request,sent,response,upstream_status,completed,disposed,hash"
    )?;
    for r in records {
        let t = texts(r, mask);
        let fields = [
            r.id.to_string(),
            r.created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            r.authority.clone(),
            r.user.clone(),
            r.system.clone(),
            r.decision.clone(),
            r.level.to_string(),
            r.rules.join(" "),
            r.categories.join(" "),
            t.request.unwrap_or_default(),
            t.sent.unwrap_or_default(),
            t.response.unwrap_or_default(),
            r.upstream_status.map(|s| s.to_string()).unwrap_or_default(),
            r.completed.to_string(),
            r.disposed.to_string(),
            r.hash.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        w.write_all(line.join(",").as_bytes())?;
        w.write_all(b"\r\n")?;
    }
    Ok(())
}

/// Escape text for HTML.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What the HTML report says about itself.
#[derive(Debug, Clone, Default)]
pub struct ReportInfo {
    /// The organisation's name.
    pub organisation: String,
    /// The selection, in words (authority, period, filters).
    pub selection: String,
    /// Who produced it.
    pub produced_by: String,
}

fn decision_sv(d: &str) -> &str {
    match d {
        "allowed" => "tillåten",
        "masked" => "maskerad",
        "refused" => "stoppad",
        other => other,
    }
}

/// A self-contained HTML report (printable) a registrar can hand out.
pub fn write_html(
    w: &mut dyn Write,
    records: &[RecordView],
    mask: bool,
    info: &ReportInfo,
) -> io::Result<()> {
    let now = chrono::Utc::now().format("%Y-%m-%d %H:%M UTC");
    writeln!(
        w,
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Utlämnande av allmänna handlingar – {org}</title>\n<style>\n\
         body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}}\n\
         h1{{font-size:1.5rem}} .post{{border:1px solid #bbb;border-radius:4px;padding:1rem;margin:1rem 0;page-break-inside:avoid}}\n\
         table{{border-collapse:collapse}} th{{text-align:left;padding-right:1rem;vertical-align:top;font-weight:600}}\n\
         pre{{white-space:pre-wrap;word-break:break-word;background:#f5f5f5;padding:.5rem;border-radius:3px}}\n\
         .hash{{font-family:monospace;font-size:.75rem;color:#555;word-break:break-all}}\n\
         @media print{{body{{margin:0}}}}\n</style>\n</head>\n<body>",
        org = html_escape(&info.organisation)
    )?;
    writeln!(
        w,
        "<h1>Utlämnande av allmänna handlingar</h1>\n<table>\n\
         <tr><th>Organisation</th><td>{}</td></tr>\n<tr><th>Urval</th><td>{}</td></tr>\n\
         <tr><th>Antal poster</th><td data-count=\"{}\">{}</td></tr>\n\
         <tr><th>Maskering</th><td>{}</td></tr>\n<tr><th>Framtagen</th><td>{} av {}</td></tr>\n</table>",
        html_escape(&info.organisation),
        html_escape(&info.selection),
        records.len(),
        records.len(),
        if mask {
            "Uppgifter på nivå 2 eller högre är maskerade ([MASKERAT: kategori])."
        } else {
            "Ingen maskering: pröva sekretessen innan handlingarna lämnas ut."
        },
        now,
        html_escape(&info.produced_by),
    )?;
    for r in records {
        let t = texts(r, mask);
        writeln!(
            w,
            "<section class=\"post\" data-record=\"{id}\">\n<table>\n\
             <tr><th>Diarie-id</th><td>{id}</td></tr>\n<tr><th>Tid</th><td>{time}</td></tr>\n\
             <tr><th>Myndighet</th><td>{auth}</td></tr>\n<tr><th>Användare</th><td>{user}</td></tr>\n\
             <tr><th>AI-system</th><td>{sys}</td></tr>\n<tr><th>Beslut</th><td>{dec}{rules}</td></tr>\n\
             <tr><th>Nivå</th><td>{level}</td></tr>\n</table>",
            id = r.id,
            time = r.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
            auth = html_escape(&r.authority),
            user = html_escape(&r.user),
            sys = html_escape(&r.system),
            dec = decision_sv(&r.decision),
            rules = if r.rules.is_empty() {
                String::new()
            } else {
                format!(" ({})", html_escape(&r.rules.join(", ")))
            },
            level = r.level,
        )?;
        if r.disposed {
            writeln!(
                w,
                "<p><em>Innehållet är gallrat enligt gallringsbeslut.</em></p>"
            )?;
        } else {
            let block = |label: &str, text: &Option<String>| match text {
                Some(t) => format!("<h3>{label}</h3>\n<pre>{}</pre>", html_escape(t)),
                None => format!("<h3>{label}</h3>\n<p><em>Saknas.</em></p>"),
            };
            writeln!(w, "{}", block("Fråga (som användaren skrev)", &t.request))?;
            if r.decision == "refused" {
                writeln!(
                    w,
                    "<h3>Skickat till AI-systemet</h3>\n<p><em>Inget: begäran stoppades.</em></p>"
                )?;
            } else {
                writeln!(w, "{}", block("Skickat till AI-systemet", &t.sent))?;
            }
            writeln!(w, "{}", block("Svar", &t.response))?;
        }
        writeln!(w, "<p class=\"hash\">Kedjehash: {}</p>\n</section>", r.hash)?;
    }
    writeln!(w, "</body>\n</html>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_level_two_and_keeps_the_rest() {
        let m = mask_text("Personnummer 121212-1212 gäller.");
        assert!(m.contains("[MASKERAT: personnummer]"), "{m}");
        assert!(!m.contains("121212"));
        assert!(m.starts_with("Personnummer ") && m.ends_with(" gäller."));
        assert_eq!(mask_text("Hej hej"), "Hej hej");
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("sa \"hej\""), "\"sa \"\"hej\"\"\"");
        assert_eq!(csv_field("rad\nrad"), "\"rad\nrad\"");
        assert_eq!(csv_field("enkel"), "enkel");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(html_escape("<b>&'\""), "&lt;b&gt;&amp;&#39;&quot;");
    }
}
