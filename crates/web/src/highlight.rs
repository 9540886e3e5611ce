//! Marks the findings in a text: each finding becomes a `<mark data-category="…">` around
//! its span. Findings may nest (a name inside an address); a finding that overlaps the end of
//! an earlier one is cut at that end, so the marks always form a valid tree and every byte of
//! the text appears exactly once.

use maud::{html, Markup, PreEscaped};
use vakt_detect::Finding;

use crate::i18n::Lang;

/// Escapes text for HTML.
fn esc(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

fn boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text with each finding marked. `label` names a finding for screen readers and the
/// tooltip.
pub fn mark(text: &str, findings: &[Finding], lang: Lang) -> Markup {
    let mut spans: Vec<(usize, usize, &Finding)> = findings
        .iter()
        .map(|f| (boundary(text, f.start), boundary(text, f.end), f))
        .filter(|(s, e, _)| s < e)
        .collect();
    spans.sort_by_key(|(s, e, _)| (*s, std::cmp::Reverse(*e)));
    let mut out = String::with_capacity(text.len() + findings.len() * 96);
    let mut i = 0;
    render(text, &spans, &mut i, 0, text.len(), &mut out, lang);
    PreEscaped(out)
}

/// Renders `text[from..to]`, consuming spans from `*i` that start before `to`.
fn render(
    text: &str,
    spans: &[(usize, usize, &Finding)],
    i: &mut usize,
    from: usize,
    to: usize,
    out: &mut String,
    lang: Lang,
) {
    let mut cur = from;
    while *i < spans.len() {
        let (s, e, f) = spans[*i];
        if s >= to {
            break;
        }
        *i += 1;
        let s = s.max(cur);
        let e = e.min(to);
        if s >= e {
            continue;
        }
        esc(out, &text[cur..s]);
        let id = f.category.id();
        let lvl = f.level.as_u8();
        out.push_str(&format!(
            "<mark class=\"f l{lvl}\" data-category=\"{id}\" data-finding-level=\"{lvl}\" title=\""
        ));
        esc(out, &label(f, lang));
        out.push_str("\">");
        render(text, spans, i, s, e, out, lang);
        out.push_str("</mark>");
        cur = e;
    }
    esc(out, &text[cur..to]);
}

/// A finding's name and level, e.g. "personnummer, nivå 2".
pub fn label(f: &Finding, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{}, nivå {}", f.category.label_sv(), f.level.as_u8()),
        Lang::En => format!(
            "{}, level {}",
            f.category.id().replace('_', " "),
            f.level.as_u8()
        ),
    }
}

/// A short marker list for the legend.
pub fn legend(lang: Lang) -> Markup {
    html! {
        p.legend {
            (lang.t("Markeringar: ", "Marks: "))
            mark.f.l1 { (lang.t("nivå 1", "level 1")) } " "
            mark.f.l2 { (lang.t("nivå 2", "level 2")) } " "
            mark.f.l3 { (lang.t("nivå 3–4", "level 3–4")) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vakt_detect::Category;

    fn f(c: Category, s: usize, e: usize) -> Finding {
        Finding::new(c, s, e, 0.9)
    }

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in s.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn marks_nested_and_overlapping_spans_as_a_tree() {
        let text = "Anna Berg, Storgatan 1 <b> & 850314-1234 åäö";
        let fs = vec![
            f(Category::Address, 0, 22),
            f(Category::PersonName, 0, 9),
            f(Category::Phone, 20, 30), // overlaps the address end: cut
            f(Category::Personnummer, 31, 42),
            f(Category::Email, 44, 46), // inside "å": snapped to char boundaries
        ];
        let html = mark(text, &fs, Lang::Sv).into_string();
        assert_eq!(
            html.matches("<mark").count(),
            html.matches("</mark>").count()
        );
        assert!(html.contains("data-category=\"person_name\""));
        assert!(html.contains("data-category=\"personnummer\""));
        assert!(html.contains("&lt;b&gt; &amp;"));
        let plain = strip(&html)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        assert_eq!(plain, text);
        let addr = html.find("data-category=\"address\"").unwrap();
        let name = html.find("data-category=\"person_name\"").unwrap();
        assert!(addr < name, "the name nests inside the address");
    }

    #[test]
    fn spans_past_the_end_are_clipped() {
        let html = mark("abc", &[f(Category::Email, 1, 99)], Lang::En).into_string();
        assert!(html.starts_with("a<mark"));
        assert!(html.ends_with(">bc</mark>"));
    }
}
