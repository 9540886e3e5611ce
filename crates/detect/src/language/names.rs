//! Person names from gazetteers plus capitalisation and context.
//!
//! The gazetteers (`data/first_names.txt`, `data/last_names.txt`, built by
//! `tools/build_names.py` from the names-dataset package) hold Swedish names and the common
//! names of the largest immigrant groups. They are noisy: many Swedish words are also names
//! somewhere ("Maj", "Rosa", "Berg", "Han"). So a capitalised word in the lists is a name when
//! - it is followed by another name word (first + last, "Anna-Karin Berg"), or
//! - a context word says so ("Hej", "Sökande:", "handläggare", a signature after
//!   "Med vänliga hälsningar", "(pnr …)" after it), or
//! - it is a first name, not a common word, not a place, and not sentence-initial.
//!
//! Months, weekdays, places and authorities are never names on their own.

use rustc_hash::FxHashMap;

use super::tokens::{is_letter_byte, lower_into, prev_word, sentence_initial, upper_at};
use crate::{Category, Finding, Level};

static FIRST: &str = include_str!("../../data/first_names.txt");
static LAST: &str = include_str!("../../data/last_names.txt");

/// Capitalised Swedish words that are never a name without context (and some not even then).
const COMMON: &str = "
Han Hon Hen Den Det De Dem Du Jag Vi Ni Man Min Mitt Mina Din Ditt Sin Sitt Vår Vårt Er Ert
Och Att Som Men Eller För Från Till Med Utan Efter Under Över Mellan Mot Om Vid Hos Av På I
Inte Ingen Inget Alla Allt All Många Mycket Några Någon Något Annan Andra Varje Vilken Vilka
Vad Vem Var Varför Hur När Där Här Nu Då Sedan Redan Även Också Bara Mer Mest Dock Ja Nej
Ska Kan Får Måste Bör Vill Har Hade Är Var Blir Blev Gör Gjorde Se Sett Går Gick Ta Tar
Hej Hejsan Tack Mvh Med Vänliga Hälsningar Hälsning Bästa God Goda Dag Ny Nya Stor Stora
Liten Lilla Gamla Ung Unga Bra Dålig Rätt Fel Sant Fri Fria Lika Hela Halva Egen Eget
Sverige Svensk Svenska Norge Danmark Finland Europa Kommun Kommunen Staden Stad Region
Maj Juni Juli Augusti April Mars Januari Februari September Oktober November December
Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Jul Påsk Midsommar Advent
Rosa Ask Björk Berg Linné Lind Ek Gran Sten Strand Dal Sjö Hav Skog Äng Falk Örn Lo Björn
Bo Love Vilja Siv Tor Ylva Sol Stjärna Viol Ros Lilja Ljung Vide Alm Lönn Hägg Sälg Asp
Hed Holm Ström Sand Kvist Ström Hall Nord Syd Öst Väst Frisk Glad Stark Fager Ren Grön
Vit Svart Röd Blå Gul Brun Klar Lugn Mild Stilla Frid Hopp Tro Sann Kär Vän Mor Far Son
Dotter Bror Syster Barn Elev Eleven Kund Chef Rektor Lärare Läkare Doktor Präst
Skatteverket Försäkringskassan Kronofogden Socialnämnden Socialtjänsten Polisen Arbetsförmedlingen
Migrationsverket Skolverket Region Riksdagen Regeringen Länsstyrelsen Kommunfullmäktige
Kommunstyrelsen Barn Utbildningsnämnden Vård Omsorg Nämnden Förvaltningen Digg Imy Gdpr
Microsoft Google Apple Chat Copilot Open Teams Word Excel Outlook Windows Linux
AI Ai Artificiell Intelligens Data Information Internet Mail Telefon Adress Namn
Stockholm Göteborg Malmö Uppsala Västerås Örebro Linköping Helsingborg Jönköping Norrköping
Lund Umeå Gävle Borås Södertälje Eskilstuna Halmstad Växjö Karlstad Sundsvall Östersund
Trollhättan Luleå Lidingö Borlänge Kristianstad Kalmar Falun Skövde Karlskrona Skellefteå
Uddevalla Varberg Örnsköldsvik Nyköping Motala Trelleborg Landskrona Ängelholm Kungsbacka
Botkyrka Huddinge Nacka Haninge Solna Sollentuna Täby Järfälla Tyresö Upplands Vallentuna
Staffanstorp Lerum Partille Mölndal Alingsås Kungälv Ale Härryda Öckerö Stenungsund Kiruna
Gällivare Piteå Boden Visby Gotland Skåne Halland Dalarna Värmland Norrland Lappland Öland
Ystad Vellinge Lomma Burlöv Eslöv Höör Hörby Sjöbo Skurup Svedala Tomelilla Simrishamn Åhus
Hässleholm Osby Perstorp Klippan Åstorp Bjuv Höganäs Båstad Laholm Hylte Falkenberg Mark
Kinna Vara Mora Leksand Rättvik Orsa Älvdalen Malung Ludvika Avesta Hedemora Säter Sala
Enköping Håbo Knivsta Tierp Östhammar Älvkarleby Heby Arboga Köping Kungsör Fagersta Norberg
Katrineholm Flen Vingåker Strängnäs Trosa Gnesta Oxelösund Nynäshamn Norrtälje Sigtuna Vaxholm
Värmdö Ekerö Salem Nykvarn Danderyd Österåker Sundbyberg Hammarby Kista Rinkeby Tensta Husby
Hjo Tibro Tidaholm Falköping Lidköping Mariestad Götene Grästorp Vänersborg Mellerud Dals Bengtsfors
Åmål Säffle Arvika Eda Torsby Sunne Hagfors Filipstad Kristinehamn Storfors Hammarö Kil Forshaga
Hudiksvall Bollnäs Söderhamn Ljusdal Sandviken Hofors Ockelbo Ovanåker Nordanstig Härnösand
Kramfors Sollefteå Timrå Ånge Krokom Strömsund Åre Berg Bräcke Härjedalen Ragunda Lycksele
Vilhelmina Storuman Sorsele Malå Vindeln Vännäs Nordmaling Bjurholm Robertsfors Dorotea Åsele
Kalix Haparanda Överkalix Övertorneå Pajala Jokkmokk Arvidsjaur Arjeplog Älvsbyn
Vetlanda Nässjö Eksjö Tranås Värnamo Gislaved Gnosjö Vaggeryd Habo Mullsjö Aneby Sävsjö
Ljungby Alvesta Älmhult Markaryd Tingsryd Lessebo Uppvidinge Vimmerby Västervik Hultsfred
Oskarshamn Mönsterås Emmaboda Nybro Torsås Mörbylånga Borgholm Högsby Olofström Ronneby
Karlshamn Sölvesborg Mjölby Vadstena Ödeshög Boxholm Kinda Ydre Åtvidaberg Valdemarsvik
Söderköping Finspång Norberg Surahammar Hallstahammar Sala Skinnskatteberg Lindesberg Nora
Hallsberg Kumla Askersund Laxå Lekeberg Karlskoga Degerfors Hällefors Ljusnarsberg
Tjörn Orust Sotenäs Munkedal Tanum Strömstad Lysekil Färgelanda Herrljunga Vårgårda
Bollebygd Tranemo Svenljunga Ulricehamn Essunga Gullspång Töreboda Karlsborg Skara
Kommunal Vision Unionen Handels Seko Ledarna Saco
Lag Lagen Beslut Avslag Ansökan Utredning Bakgrund Bedömning Sammanfattning Syfte Mål
Riktlinje Riktlinjer Rutin Policy Bilaga Sida Datum Ärende Diarienummer Kontakt Telefon
Sweden Meta Al Post Posten Ibm Aws Amazon Nvidia Openai Mistral Claude Gemini Llama Apple Adobe
Per Paris Berlin London Rom Oslo Enligt Samt Sen Snart Just Både Dessutom Alltså
IT Generativ Digital Europeiska Unionen Kommission Kommissionen Lag Svea Sidan Figur Tabell
";

/// Words before a name that say it is one.
const CUES: &[&str] = &[
    "hej",
    "hejsan",
    "hallå",
    "hälsningar",
    "hälsning",
    "mvh",
    "sökande",
    "sökanden",
    "eleven",
    "elev",
    "vårdnadshavare",
    "vårdnadshavaren",
    "handläggare",
    "handläggaren",
    "klienten",
    "klient",
    "patienten",
    "patient",
    "brukaren",
    "brukare",
    "kontaktperson",
    "namn",
    "från",
    "till",
    "rektor",
    "mentor",
    "lärare",
    "läraren",
    "socialsekreterare",
    "chef",
    "enhetschef",
    "medarbetaren",
    "medarbetare",
    "maken",
    "makan",
    "sambon",
    "sambo",
    "mamma",
    "pappa",
    "mamman",
    "pappan",
    "dotter",
    "dottern",
    "son",
    "sonen",
    "herr",
    "fru",
    "dr",
    "undertecknad",
    "anställd",
    "kollegan",
    "kollega",
    "pojken",
    "flickan",
    "barnet",
    "assistent",
    "ombud",
    "vittne",
    "sekreterare",
    "ordförande",
    "justerare",
    "hälsar",
    "av",
    "med",
    "och",
    "kära",
    "bästa",
    "till:",
    "kontakt",
    "ansvarig",
    "mottagare",
];

/// The word is in the first-name list.
const FIRST_NAME: u8 = 1;
/// The word is in the surname list.
const LAST_NAME: u8 = 2;
/// The word is in [`COMMON`].
const COMMON_WORD: u8 = 4;
/// The (lower-case) word is in [`CUES`].
const CUE_WORD: u8 = 8;

/// The gazetteers, loaded once: one map from a word to its [`FIRST_NAME`] … [`CUE_WORD`]
/// bits, so a capitalised word costs one fast (Fx) hash lookup, two with a genitive -s.
pub(crate) struct Names {
    words: FxHashMap<&'static str, u8>,
}

#[derive(Clone, Copy, PartialEq)]
enum W {
    First,
    Last,
    Both,
}

impl Names {
    pub(crate) fn new() -> Names {
        let mut words: FxHashMap<&'static str, u8> = FxHashMap::default();
        words.reserve(45_000);
        let lists = [
            (FIRST, FIRST_NAME),
            (LAST, LAST_NAME),
            (COMMON, COMMON_WORD),
        ];
        for (list, bit) in lists {
            for w in list.split_whitespace() {
                *words.entry(w).or_insert(0) |= bit;
            }
        }
        for w in CUES {
            *words.entry(w).or_insert(0) |= CUE_WORD;
        }
        Names { words }
    }

    #[inline]
    fn flags(&self, w: &str) -> u8 {
        self.words.get(w).copied().unwrap_or(0)
    }

    fn class(&self, w: &str) -> Option<W> {
        class_of(self.flags(w))
    }

    /// Class of a (possibly hyphenated or genitive) capitalised word, given its own flags
    /// and, when it ends in -s, the flags of the word without it.
    fn lookup_with(&self, w: &str, own: u8, stem: Option<u8>) -> Option<W> {
        if let Some(c) = class_of(own) {
            return Some(c);
        }
        if let Some(c) = stem.and_then(class_of) {
            return Some(c);
        }
        if let Some((a, b)) = w.split_once('-') {
            let b = b
                .strip_suffix('s')
                .filter(|x| self.class(x).is_some())
                .unwrap_or(b);
            match (self.class(a), self.class(b)) {
                (Some(x), Some(_)) => return Some(x),
                _ => return None,
            }
        }
        None
    }

    /// `(class, common)` of a capitalised word; `all_caps` words get no class.
    fn classify(&self, w: &str, all_caps: bool) -> (Option<W>, bool) {
        let own = self.flags(w);
        let stem = w.strip_suffix('s').map(|s| self.flags(s));
        let cls = if all_caps {
            None
        } else {
            self.lookup_with(w, own, stem)
        };
        let common = own & COMMON_WORD != 0 || stem.is_some_and(|f| f & COMMON_WORD != 0);
        (cls, common)
    }

    fn is_common(&self, w: &str) -> bool {
        let common = |w: &str| self.flags(w) & COMMON_WORD != 0;
        common(w) || w.strip_suffix('s').is_some_and(common)
    }

    fn is_cue(&self, lower: &str) -> bool {
        self.flags(lower) & CUE_WORD != 0
    }

    /// Appends person_name findings; `pnr_spans` are personnummer spans (a name right before
    /// "(pnr …)" or a personnummer is a name).
    pub(crate) fn detect(
        &self,
        text: &str,
        pnr_spans: &[(usize, usize)],
        findings: &mut Vec<Finding>,
    ) {
        let t = text.as_bytes();
        let n = t.len();
        let mut i = 0;
        let mut lbuf = String::new();
        while i < n {
            // jump to the next word start with an upper-case letter
            let b = t[i];
            if !(b.is_ascii_uppercase() || b == 0xC3 || b == 0xC4 || b == 0xC5)
                || (i > 0 && is_letter_byte(t[i - 1]))
            {
                // skip the rest of a word in one go
                i += 1;
                while i < n && is_letter_byte(t[i]) {
                    i += 1;
                }
                // and the bytes that cannot start a capitalised word
                while i < n && !(t[i].is_ascii_uppercase() || t[i] >= 0xC3) {
                    i += 1;
                }
                continue;
            }
            if !upper_at(t, i) {
                i += 1;
                continue;
            }
            // collect a run of capitalised words separated by one space (or a hyphen inside)
            let run_start = i;
            // at most four words, kept on the stack (no allocation per capitalised word)
            let mut buf_words = [(0usize, 0usize, None::<W>, false); 4];
            let mut nw = 0usize;
            let mut j = i;
            loop {
                let ws = j;
                let mut e = j;
                while e < n
                    && (is_letter_byte(t[e]) || (t[e] == b'-' && e + 1 < n && upper_at(t, e + 1)))
                {
                    e += 1;
                }
                if e == ws || e - ws > 40 || !text.is_char_boundary(e) {
                    break;
                }
                let w = &text[ws..e];
                let all_caps = w.len() > 1 && w.bytes().all(|c| !c.is_ascii_lowercase());
                let (cls, common) = self.classify(w, all_caps);
                buf_words[nw] = (ws, e, cls, common);
                nw += 1;
                if nw >= 4 || cls.is_none() {
                    break;
                }
                if e + 1 < n && t[e] == b' ' && upper_at(t, e + 1) {
                    j = e + 1;
                } else {
                    break;
                }
            }
            let words = &buf_words[..nw];
            // a leading common word ("Hej", "Till") is not part of the name: start after it
            if words.len() > 1 && words[0].3 {
                i = words[1].0;
                continue;
            }
            let run_end = words.last().map_or(i + 1, |w| w.1);
            // take the leading words that are names
            let k = words.iter().take_while(|w| w.2.is_some()).count();
            if k > 0 {
                let (s, e) = (words[0].0, words[k - 1].1);
                let first_w = &words[0];
                let cue = prev_word(t, s).is_some_and(|(_, pw)| {
                    let pw = std::str::from_utf8(pw).unwrap_or("");
                    self.is_cue(lower_into(pw, &mut lbuf))
                });
                // "Sankt Lars", "S:t Eriks": a place or a church, not a person
                let saint = prev_word(t, s)
                    .is_some_and(|(_, pw)| matches!(pw, b"Sankt" | b"Sankta" | b"t"));
                if saint {
                    i = words[k - 1].1;
                    continue;
                }
                let signature = signature_before(t, s);
                let next_pnr = pnr_spans.partition_point(|p| p.0 <= e);
                let after_pnr =
                    pnr_spans.get(next_pnr).is_some_and(|&(ps, _)| ps <= e + 12) || age_after(t, e);
                let initial = sentence_initial(t, s);
                let any_common = words[..k].iter().all(|w| w.3);
                let score = if k >= 2 && !any_common {
                    let fl = matches!(first_w.2, Some(W::First | W::Both));
                    if fl {
                        0.9
                    } else {
                        0.7
                    }
                } else if k >= 2 && (cue || signature || after_pnr) {
                    0.8
                } else if k == 1
                    && (cue || signature || after_pnr)
                    && !is_place_or_month(self, &text[s..e])
                {
                    0.75
                } else if k == 1
                    && !first_w.3
                    && !initial
                    && matches!(first_w.2, Some(W::First | W::Both))
                {
                    0.6
                } else if k == 1 && !first_w.3 && first_w.2 == Some(W::First) && e - s >= 5 {
                    // sentence-initial, but only a first name ("Margareta klagar på yrsel")
                    0.5
                } else {
                    0.0
                };
                if score > 0.0 {
                    let mut f = Finding::new(Category::PersonName, s, e, score);
                    f.level = Level::L1;
                    findings.push(f);
                }
            }
            i = run_end.max(run_start + 1);
            while i < n && !text.is_char_boundary(i) {
                i += 1;
            }
        }
    }
}

fn class_of(flags: u8) -> Option<W> {
    match flags & (FIRST_NAME | LAST_NAME) {
        0 => None,
        FIRST_NAME => Some(W::First),
        LAST_NAME => Some(W::Last),
        _ => Some(W::Both),
    }
}

/// Months, weekdays and places stay out even with a cue word ("från Malmö", "till Maj").
fn is_place_or_month(names: &Names, w: &str) -> bool {
    // the common list holds them; a cue makes only ordinary words like "Maj" or "Rosa" a name
    const STRICT_OK: &[&str] = &[
        "Maj", "Rosa", "Ask", "Björk", "Berg", "Linné", "Lind", "Ek", "Björn", "Bo", "Love", "Siv",
        "Tor", "Ylva", "Falk", "Holm", "Ström", "Strand", "Sten", "Dal", "Lilja", "Viol", "Hed",
        "Sand", "Kvist", "Nord", "Alm", "Lo", "Örn",
    ];
    names.is_common(w) && !STRICT_OK.contains(&w)
}

/// "Margareta 87 år", "Ali (12 år)": an age right after the word.
fn age_after(t: &[u8], e: usize) -> bool {
    let mut i = e;
    while i < t.len() && (t[i] == b' ' || t[i] == b'(' || t[i] == b',') && i - e < 3 {
        i += 1;
    }
    let d = i;
    while i < t.len() && t[i].is_ascii_digit() {
        i += 1;
    }
    (1..=3).contains(&(i - d)) && t[i..].starts_with(" år".as_bytes())
}

/// Whether `s` starts the line after a closing ("Med vänliga hälsningar", "Mvh", "Hälsningar").
fn signature_before(t: &[u8], s: usize) -> bool {
    let lo = s.saturating_sub(60);
    let w = &t[lo..s];
    let Some(nl) = memchr::memrchr(b'\n', w) else {
        return false;
    };
    if !w[nl + 1..].iter().all(|b| *b == b' ' || *b == b'\t') {
        return false;
    }
    // the line before, lower-cased, trimmed of white space and then of trailing commas
    // (without allocating for the common case: this runs at every line-initial name)
    let before = &w[..nl];
    let mut from = 0;
    while from < before.len() && (before[from] & 0xC0) == 0x80 {
        from += 1; // `lo` may cut a char: drop its tail
    }
    let Ok(before) = std::str::from_utf8(&before[from..]) else {
        let low = String::from_utf8_lossy(&w[..nl]).to_lowercase();
        return signature_words(low.trim_end().trim_end_matches(','));
    };
    let mut buf = String::new();
    signature_words(super::tokens::lower_into(before.trim_end(), &mut buf).trim_end_matches(','))
}

/// Whether lower-cased text ends with a closing word.
fn signature_words(low: &str) -> bool {
    low.ends_with("hälsningar")
        || low.ends_with("hälsning")
        || low.ends_with("mvh")
        || low.ends_with("vänligen")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let n = Names::new();
        let mut f = Vec::new();
        n.detect(text, &[], &mut f);
        f.into_iter()
            .map(|x| text[x.start..x.end].to_string())
            .collect()
    }

    #[test]
    fn full_names_and_immigrant_names() {
        assert_eq!(
            names("Ärendet gäller Anna Svensson i Solna."),
            vec!["Anna Svensson"]
        );
        assert_eq!(
            names("Mötet med Mohammed Ahmed hölls igår."),
            vec!["Mohammed Ahmed"]
        );
        assert_eq!(
            names("Vi ringde Fatima Hassan och Ali Rezaei."),
            vec!["Fatima Hassan", "Ali Rezaei"]
        );
        assert_eq!(
            names("Anna-Karin Berg kommer kl 10."),
            vec!["Anna-Karin Berg"]
        );
        assert_eq!(names("Det gäller Annas ansökan."), vec!["Annas"]);
        assert_eq!(
            names("Beslutet skickades till Jukka Virtanen."),
            vec!["Jukka Virtanen"]
        );
    }

    #[test]
    fn context_makes_ambiguous_words_names() {
        assert_eq!(names("Hej Maj!\nTack för mötet."), vec!["Maj"]);
        assert_eq!(
            names("Med vänliga hälsningar\nErik Lind"),
            vec!["Erik Lind"]
        );
        assert!(names("Mötet hålls i Maj eller Juni i Stockholm.").is_empty());
        assert!(names("Försäkringskassan och Skatteverket samarbetar.").is_empty());
        assert!(names("Han bor i Göteborg sedan Måndag.").is_empty());
        assert!(names("Rosa blommor växer vid Berg.").is_empty());
    }
}
