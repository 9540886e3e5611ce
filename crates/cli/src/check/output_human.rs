//! `--format human`: each document's level with its Swedish name and reasons, each finding on
//! its line with the finding highlighted, and a summary. Colour goes through `anstream`, which
//! drops it when stdout is not a terminal or `NO_COLOR` is set (and forces it with
//! `CLICOLOR_FORCE`).

use super::report::{DocReport, Outcome, Printer, Summary};
use anstyle::{AnsiColor, Effects, Style};
use std::io::{self, Write};
use vakt_detect::Level;

/// At most this many findings are listed per document; JSON lists them all.
const SHOW: usize = 50;

/// The human printer.
pub struct Human {
    max: Level,
}

impl Human {
    /// A printer that marks documents above `max`.
    pub fn new(max: Level) -> Human {
        Human { max }
    }
}

fn level_style(l: Level) -> Style {
    let c = match l {
        Level::L0 => AnsiColor::Green,
        Level::L1 => AnsiColor::Cyan,
        Level::L2 => AnsiColor::Yellow,
        Level::L3 => AnsiColor::Red,
        Level::L4 => AnsiColor::Magenta,
    };
    Style::new().fg_color(Some(c.into())).effects(Effects::BOLD)
}

const DIM: Style = Style::new().effects(Effects::DIMMED);
const BOLD: Style = Style::new().effects(Effects::BOLD);
const HL: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)))
    .effects(Effects::BOLD.insert(Effects::UNDERLINE));
const ERR: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)))
    .effects(Effects::BOLD);

fn level_text(l: Level) -> String {
    let s = level_style(l);
    format!("{s}nivå {} {}{s:#}", l.as_u8(), l.name_sv())
}

impl Human {
    fn doc(&self, d: &DocReport, out: &mut dyn Write) -> io::Result<()> {
        let l = d.level();
        let n: usize = d.counts.values().sum();
        let above = if l > self.max {
            format!("  {ERR}över --max-level {}{ERR:#}", self.max.as_u8())
        } else {
            String::new()
        };
        writeln!(
            out,
            "{BOLD}{}{BOLD:#}: {}  ({n} fynd){above}",
            d.source,
            level_text(l)
        )?;
        for f in d.findings.iter().take(SHOW) {
            let fl = level_style(f.level);
            writeln!(
                out,
                "  {DIM}{}:{}{DIM:#}  {fl}{}{fl:#}  {}  {DIM}(nivå {}, säkerhet {:.2}){DIM:#}",
                f.line,
                f.column,
                f.category.id(),
                f.text.replace(['\n', '\r', '\t'], " "),
                f.level.as_u8(),
                f.score
            )?;
            if let Some((line, hl)) = &f.context {
                writeln!(
                    out,
                    "      {DIM}│{DIM:#} {}{HL}{}{HL:#}{}",
                    &line[..hl.start],
                    &line[hl.clone()],
                    &line[hl.end..]
                )?;
            }
        }
        let listed = d.findings.len().min(SHOW);
        if n > listed {
            let json = if d.findings_omitted > 0 {
                format!("--format json listar {} av dem", d.findings.len())
            } else {
                "--format json listar alla".to_string()
            };
            writeln!(out, "  {DIM}… och {} fynd till ({json}){DIM:#}", n - listed)?;
        }
        if !d.counts.is_empty() {
            let per: Vec<String> = d
                .counts
                .iter()
                .map(|(c, n)| format!("{} {n}", c.id()))
                .collect();
            writeln!(out, "  fynd per kategori: {}", per.join(", "))?;
        }
        for r in &d.reasons {
            writeln!(out, "  skäl: {r}")?;
        }
        for u in &d.uses {
            let kind = u.kind.id();
            writeln!(
                out,
                "  {ERR}AI-användning{ERR:#} {kind}/{}: \"{}\"",
                u.area.id(),
                u.text
            )?;
        }
        if let Some(dec) = &d.decision {
            let sv = match dec.decision {
                "allowed" => "får skickas",
                "masked" => "får skickas bara maskerad",
                _ => "får inte skickas",
            };
            let st = if dec.allowed {
                level_style(Level::L0)
            } else {
                ERR
            };
            write!(out, "  beslut för {}: {st}{sv}{st:#}", dec.system)?;
            if !dec.rules.is_empty() {
                write!(out, " (regler: {})", dec.rules.join(", "))?;
            }
            writeln!(out)?;
            if let Some(m) = &dec.message {
                writeln!(out, "    {m}")?;
            }
        }
        for note in &d.notes {
            writeln!(out, "  {DIM}obs: {note}{DIM:#}")?;
        }
        if d.incomplete {
            writeln!(
                out,
                "  {ERR}ofullständig: bara en del av texten granskades{ERR:#}"
            )?;
        }
        writeln!(out)
    }
}

impl Printer for Human {
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn document(&mut self, o: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        match o {
            Outcome::Doc(d) => self.doc(d, out),
            Outcome::Error { source, message } => {
                writeln!(out, "{BOLD}{source}{BOLD:#}: {ERR}fel{ERR:#}: {message}\n")
            }
        }
    }

    fn end(&mut self, s: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let docs = "dokument";
        write!(
            out,
            "{BOLD}Totalt:{BOLD:#} {} {docs} granskade",
            s.documents
        )?;
        if let Some(h) = s.highest {
            write!(out, ", högsta {}", level_text(h))?;
        }
        if !s.per_level.is_empty() {
            let per: Vec<String> = s
                .per_level
                .iter()
                .map(|(l, n)| format!("nivå {}: {n}", l.as_u8()))
                .collect();
            write!(out, " ({})", per.join(", "))?;
        }
        let findings: usize = s.counts.values().sum();
        write!(out, "; {findings} fynd")?;
        if s.above > 0 {
            write!(
                out,
                "; {ERR}{} över --max-level {}{ERR:#}",
                s.above,
                self.max.as_u8()
            )?;
        }
        if s.refused > 0 {
            write!(
                out,
                "; {ERR}{} får inte skickas till systemet{ERR:#}",
                s.refused
            )?;
        }
        if s.errors > 0 {
            write!(out, "; {ERR}{} kunde inte granskas{ERR:#}", s.errors)?;
        }
        if s.incomplete > 0 {
            write!(
                out,
                "; {ERR}{} ofullständigt granskade{ERR:#}",
                s.incomplete
            )?;
        }
        writeln!(out)
    }
}
