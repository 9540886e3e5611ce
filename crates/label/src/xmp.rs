//! The XMP packet vakt writes, and the small reader [`crate::check`] uses on packets found in
//! files (any writer's: element or attribute form, any namespace prefix).

use crate::DIGITAL_SOURCE_TYPE;

/// The IPTC Extension namespace.
pub const IPTC_EXT_NS: &str = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";

/// The Digital Source Type codes that mean "made by a generative AI model".
pub const AI_CODES: [&str; 2] = [
    "trainedAlgorithmicMedia",
    "compositeWithTrainedAlgorithmicMedia",
];

/// Escapes text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c => o.push(c),
        }
    }
    o
}

/// Undoes [`escape`] and numeric character references.
pub fn unescape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        o.push_str(&rest[..i]);
        let tail = &rest[i..];
        let Some(end) = tail.find(';').filter(|&e| e <= 10) else {
            o.push('&');
            rest = &tail[1..];
            continue;
        };
        let ent = &tail[1..end];
        let c = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                u32::from_str_radix(&ent[2..], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                o.push(c);
                rest = &tail[end + 1..];
            }
            None => {
                o.push('&');
                rest = &tail[1..];
            }
        }
    }
    o.push_str(rest);
    o
}

/// The XMP packet: `Iptc4xmpExt:DigitalSourceType` = trainedAlgorithmicMedia,
/// `dc:description` = `description` (x-default), and `Iptc4xmpExt:AISystemUsed` = the tool
/// when named.
pub fn packet(description: &str, tool: Option<&str>) -> String {
    let ai_system = tool
        .map(|t| {
            format!(
                "\n   <Iptc4xmpExt:AISystemUsed>{}</Iptc4xmpExt:AISystemUsed>",
                escape(t)
            )
        })
        .unwrap_or_default();
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\" x:xmptk=\"vakt\">\n\
 <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
  <rdf:Description rdf:about=\"\"\n\
    xmlns:Iptc4xmpExt=\"{IPTC_EXT_NS}\"\n\
    xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n\
   <Iptc4xmpExt:DigitalSourceType>{DIGITAL_SOURCE_TYPE}</Iptc4xmpExt:DigitalSourceType>{ai_system}\n\
   <dc:description>\n\
    <rdf:Alt>\n\
     <rdf:li xml:lang=\"x-default\">{}</rdf:li>\n\
    </rdf:Alt>\n\
   </dc:description>\n\
  </rdf:Description>\n\
 </rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"w\"?>",
        escape(description)
    )
}

/// The AI Digital Source Type a packet declares (the full IRI), if any. Reads the element
/// form (`<p:DigitalSourceType>IRI</…>`), the attribute form (`p:DigitalSourceType="IRI"`)
/// and the resource form (`rdf:resource="IRI"`).
pub fn ai_source_type(packet: &str) -> Option<String> {
    const NAME: &str = "DigitalSourceType";
    let mut from = 0;
    while let Some(i) = packet[from..].find(NAME) {
        let at = from + i;
        from = at + NAME.len();
        // Must be a qualified name (`prefix:DigitalSourceType`), not part of another word.
        if !packet[..at].ends_with(':') {
            continue;
        }
        let after = &packet[from..];
        let value = if let Some(r) = after.strip_prefix('>') {
            r.split('<').next().map(str::trim)
        } else if let Some(r) = after.trim_start().strip_prefix('=') {
            quoted(r.trim_start())
        } else {
            // `<p:DigitalSourceType rdf:resource="IRI"/>`.
            let tag_end = after.find('>').unwrap_or(after.len());
            let tag = &after[..tag_end];
            tag.find("resource=")
                .and_then(|k| quoted(&tag[k + "resource=".len()..]))
        };
        if let Some(v) = value {
            let v = unescape(v);
            if let Some(code) = v.strip_prefix("http://cv.iptc.org/newscodes/digitalsourcetype/") {
                if AI_CODES.contains(&code.trim_end_matches('/')) {
                    return Some(v);
                }
            }
        }
    }
    None
}

fn quoted(s: &str) -> Option<&str> {
    let q = s.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let r = &s[1..];
    r.find(q).map(|e| &r[..e])
}

/// The first `dc:description` text of a packet, if any.
pub fn description(packet: &str) -> Option<String> {
    let start = packet.find(":description")?;
    let rest = &packet[start..];
    // Attribute form: `dc:description="…"`.
    if let Some(r) = rest[":description".len()..].trim_start().strip_prefix('=') {
        return quoted(r.trim_start()).map(unescape);
    }
    let li = rest.find(":li")?;
    let r = &rest[li..];
    let open_end = r.find('>')?;
    let body = &r[open_end + 1..];
    let close = body.find('<')?;
    Some(unescape(body[..close].trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packet_round_trips() {
        let p = packet("Bild genererad av AI (A & <B>)", Some("A & <B>"));
        assert_eq!(ai_source_type(&p).as_deref(), Some(DIGITAL_SOURCE_TYPE));
        assert_eq!(
            description(&p).as_deref(),
            Some("Bild genererad av AI (A & <B>)")
        );
        assert!(p.contains("A &amp; &lt;B&gt;"));
    }

    #[test]
    fn reads_attribute_and_resource_forms() {
        let a = r#"<rdf:Description Iptc4xmpExt:DigitalSourceType='http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia'/>"#;
        assert!(ai_source_type(a).is_some());
        let r = r#"<x:DigitalSourceType rdf:resource="http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"/>"#;
        assert!(ai_source_type(r).is_some());
        let photo = r#"<Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture</Iptc4xmpExt:DigitalSourceType>"#;
        assert_eq!(ai_source_type(photo), None);
        assert_eq!(
            ai_source_type("no label here trainedAlgorithmicMedia"),
            None
        );
    }

    #[test]
    fn unescape_handles_numeric_and_broken_references() {
        assert_eq!(unescape("a&#229;&#xE4;&amp;&bogus;&"), "aåä&&bogus;&");
    }
}
