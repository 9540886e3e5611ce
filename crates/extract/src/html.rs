//! HTML → text: tags removed, `<script>`/`<style>`/comments dropped, block elements become line
//! breaks, entities decoded (all HTML5 named entities, decimal and hex references).

use quick_xml::escape::resolve_html5_entity;

const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "blockquote",
    "pre",
    "hr",
    "title",
    "address",
    "figure",
    "figcaption",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "body",
    "head",
    "html",
];

/// Converts an HTML document or fragment to plain text.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut pre = 0u32;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt], pre > 0);
        rest = &rest[lt..];
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
        {
            push_text(&mut out, "<", pre > 0);
            rest = &rest[1..];
            continue;
        }
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |i| &rest[i + 3..]);
            continue;
        }
        let (tag, after) = match tag_end(rest) {
            Some(end) => (&rest[1..end - 1], &rest[end..]),
            None => (&rest[1..], ""),
        };
        rest = after;
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue; // `<!DOCTYPE …>`, `<?xml …?>`, or a stray `<`
        }
        if !closing && (name == "script" || name == "style") && !tag.ends_with('/') {
            let close = format!("</{name}");
            rest = find_ascii_ci(rest, &close).map_or("", |i| {
                let after = &rest[i..];
                after.find('>').map_or("", |j| &after[j + 1..])
            });
            continue;
        }
        if name == "pre" {
            if closing {
                pre = pre.saturating_sub(1);
            } else {
                pre += 1;
            }
        }
        if name == "td" || name == "th" {
            if closing {
                out.push('\t');
            }
        } else if BLOCK.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    push_text(&mut out, rest, pre > 0);
    // Trim the spaces that collapsing left at line ends.
    let mut clean = String::with_capacity(out.len());
    for line in out.split('\n') {
        clean.push_str(line.trim_matches(' '));
        clean.push('\n');
    }
    while clean.ends_with("\n\n") {
        clean.pop();
    }
    if clean == "\n" {
        clean.clear();
    }
    clean
}

/// Index one past the `>` that closes the tag at the start of `s` (quotes respected).
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Position of ASCII `needle` in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = n.first()?;
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), h)
        .find(|&i| h.len() >= i + n.len() && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

fn push_text(out: &mut String, raw: &str, keep_space: bool) {
    if raw.is_empty() {
        return;
    }
    let decoded = decode_entities(raw);
    if keep_space {
        out.push_str(&decoded.replace('\u{a0}', " "));
        return;
    }
    for c in decoded.chars() {
        // a no-break space is a space in the text (as html2text and browsers' copy do)
        if c.is_whitespace() {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// Decodes HTML character references.
pub fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[1..].find(';').map(|i| i + 1).filter(|&i| i <= 40);
        let decoded = semi.and_then(|semi| {
            let name = &rest[1..semi];
            let c = if let Some(num) = name.strip_prefix('#') {
                let n = match num.strip_prefix(['x', 'X']) {
                    Some(h) => u32::from_str_radix(h, 16).ok(),
                    None => num.parse().ok(),
                };
                n.map(|n| {
                    char::from_u32(n)
                        .filter(|&c| c != '\0')
                        .unwrap_or('\u{fffd}')
                        .to_string()
                })
            } else {
                resolve_html5_entity(name).map(str::to_owned)
            };
            c.map(|c| (c, semi + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push_str(&c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_decodes() {
        let t = html_to_text(
            "<html><head><title>Brev</title><style>p{color:red}</style></head>\
             <body><p>Hej M&aring;rten &Ouml;berg,</p><!-- dolt --><p>ring&nbsp;070&#8209;123&#x20;45 67</p>\
             <script>var x = '<p>';</script><table><tr><td>a</td><td>b</td></tr></table></body></html>",
        );
        assert!(t.contains("Brev\n"), "{t:?}");
        assert!(t.contains("Hej Mårten Öberg,\n"), "{t:?}");
        assert!(t.contains("ring 070\u{2011}123 45 67"), "{t:?}");
        assert!(
            !t.contains("color") && !t.contains("var x") && !t.contains("dolt"),
            "{t:?}"
        );
        assert!(t.contains("a\tb\t"), "{t:?}");
    }

    #[test]
    fn broken_html_does_not_panic() {
        for s in [
            "<",
            "<<>>",
            "&",
            "&#;",
            "&#xffffffff;",
            "<p",
            "<script>",
            "a<!--",
            "<a href='>",
            "<å",
            "<script>x</SCRIPT >y",
            "a < b > c",
        ] {
            let _ = html_to_text(s);
        }
    }
}
