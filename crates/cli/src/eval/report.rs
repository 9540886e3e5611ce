//! The human-readable report: tables of precision/recall per category, level agreement,
//! under-classified documents by name, and AI Act uses.

use super::score::{Score, SetCounts, SpanCounts};
use std::fmt::Write as _;

fn pct(x: Option<f64>) -> String {
    match x {
        Some(v) => format!("{:.3}", v),
        None => "–".to_string(),
    }
}

fn span_row(out: &mut String, name: &str, c: &SpanCounts) {
    let _ = writeln!(
        out,
        "  {:<20} {:>6} {:>6} {:>6} {:>6}  {:>9} {:>9} {:>7}",
        name,
        c.gold,
        c.found,
        c.predicted,
        c.correct,
        pct(c.precision),
        pct(c.recall),
        pct(c.f1)
    );
}

fn set_row(out: &mut String, name: &str, c: &SetCounts) {
    let _ = writeln!(
        out,
        "  {:<20} {:>6} {:>6} {:>6}  {:>9} {:>9} {:>7}",
        name,
        c.tp,
        c.fp,
        c.fn_,
        pct(c.precision),
        pct(c.recall),
        pct(c.f1)
    );
}

/// Renders the report; `details` adds every document's misses.
pub fn human(corpus: &str, split: &str, s: &Score, details: bool) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "vakt eval — korpus {corpus}, del {split}, {} dokument\n",
        s.documents
    );
    let _ = writeln!(o, "Identifierare (spann: samma kategori och överlapp)");
    let _ = writeln!(
        o,
        "  {:<20} {:>6} {:>6} {:>6} {:>6}  {:>9} {:>9} {:>7}",
        "kategori", "guld", "funna", "pred", "rätt", "precision", "recall", "F1"
    );
    for (name, c) in &s.identifiers_by_category {
        span_row(&mut o, name, c);
    }
    span_row(&mut o, "TOTALT", &s.identifiers);

    let _ = writeln!(o, "\nInnehåll (dokumentnivå, om en enskild)");
    let _ = writeln!(
        o,
        "  {:<20} {:>6} {:>6} {:>6}  {:>9} {:>9} {:>7}",
        "kategori", "tp", "fp", "fn", "precision", "recall", "F1"
    );
    for (name, c) in &s.content_by_category {
        set_row(&mut o, name, c);
    }
    set_row(&mut o, "TOTALT", &s.content);

    let l = &s.levels;
    let _ = writeln!(o, "\nNivå (dokument)");
    let _ = writeln!(
        o,
        "  exakt rätt:            {}/{} ({})",
        l.exact,
        l.documents,
        pct(l.exact_share)
    );
    let _ = writeln!(
        o,
        "  inom förväntat spann:  {}/{} ({})",
        l.in_range,
        l.documents,
        pct(l.in_range_share)
    );
    let _ = writeln!(o, "  underklassade:         {}", l.under.len());
    for m in &l.under {
        let _ = writeln!(
            o,
            "    - {} (guld {}–{}, fick {})",
            m.name, m.gold.0, m.gold.1, m.predicted
        );
    }
    let _ = writeln!(o, "  överklassade:          {}", l.over_count);
    if details {
        for m in &l.over {
            let _ = writeln!(
                o,
                "    - {} (guld {}–{}, fick {})",
                m.name, m.gold.0, m.gold.1, m.predicted
            );
        }
    }
    let _ = writeln!(o, "  matris guld (rad) × förutsagd (kolumn):");
    let _ = writeln!(o, "        0    1    2    3    4");
    for (g, row) in l.confusion.iter().enumerate() {
        let _ = writeln!(
            o,
            "    {g} {:>4} {:>4} {:>4} {:>4} {:>4}",
            row[0], row[1], row[2], row[3], row[4]
        );
    }

    let u = &s.uses;
    let _ = writeln!(o, "\nAI-förordningen: användningar");
    let _ = writeln!(
        o,
        "  funna (typ + område):  {}/{} ({})",
        u.found,
        u.gold,
        pct(u.found_share)
    );
    let _ = writeln!(
        o,
        "  funna (minst typ):     {}/{} ({})",
        u.found_kind,
        u.gold,
        pct(u.found_kind_share)
    );
    let _ = writeln!(
        o,
        "  falsklarm:             {}/{} dokument utan användning ({})",
        u.false_flags,
        u.clean_documents,
        pct(u.false_flag_rate)
    );
    if details {
        for n in &u.false_flag_docs {
            let _ = writeln!(o, "    falsklarm: {n}");
        }
        for n in &u.missed_docs {
            let _ = writeln!(o, "    missad: {n}");
        }
        let _ = writeln!(o, "\nFel per dokument");
        for d in &s.details {
            let _ = writeln!(o, "  {} (guld {}, fick {})", d.name, d.gold_level, d.level);
            for (c, t) in &d.missed {
                let _ = writeln!(o, "    missad   {c:<18} {t:?}");
            }
            for (c, t) in &d.spurious {
                let _ = writeln!(o, "    felaktig {c:<18} {t:?}");
            }
            if !d.content_missed.is_empty() {
                let _ = writeln!(o, "    innehåll missat:  {}", d.content_missed.join(", "));
            }
            if !d.content_spurious.is_empty() {
                let _ = writeln!(
                    o,
                    "    innehåll felaktigt: {}",
                    d.content_spurious.join(", ")
                );
            }
            if d.uses != d.gold_uses {
                let _ = writeln!(
                    o,
                    "    användning: guld [{}], fick [{}]",
                    d.gold_uses.join(", "),
                    d.uses.join(", ")
                );
            }
        }
    } else {
        let _ = writeln!(o, "\n(--details visar felen per dokument)");
    }
    o
}
