//! Context words before a candidate ("pnr", "Fakturanummer", "tel", "bankgiro" …).
//!
//! Context is looked up lazily, only where a candidate identifier was found: the bytes
//! just before it are lower-cased into a stack buffer and searched with one small
//! Aho-Corasick automaton. Nothing is allocated and prose without candidates costs nothing.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// How many bytes before a candidate are searched for context words.
pub(crate) const WINDOW: usize = 64;

/// What a context word says about the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub(crate) enum Hint {
    /// "personnummer", "pnr", "född" …: a personal identity number follows.
    Person = 0,
    /// "fakturanummer", "OCR", "dnr" …: some other kind of number follows.
    OtherNumber,
    /// "tel", "mobil" …
    Phone,
    /// "konto", "clearingnummer" …
    BankAccount,
    /// "bankgiro", "bg"
    Bankgiro,
    /// "plusgiro", "pg"
    Plusgiro,
    /// "regnr", "bil", "fordon" …
    Plate,
    /// "pass", "passnummer" …
    Passport,
}

const HINTS: usize = 8;

/// (word, hint, must the word end at a non-letter?)
/// Every word must start at a word boundary, except where the word is listed with a
/// leading `*` (matched anywhere, e.g. "konto" in "lönekonto").
const WORDS: &[(&str, Hint, bool)] = &[
    // (also ending a compound: "elevpersonnummer", "vårdnadshavarpersonnummer")
    ("*personnummer", Hint::Person, false),
    ("personnr", Hint::Person, false),
    ("person nr", Hint::Person, false),
    ("person-nr", Hint::Person, false),
    ("pers.nr", Hint::Person, false),
    ("pers nr", Hint::Person, false),
    ("p-nr", Hint::Person, true),
    ("pnr", Hint::Person, true),
    ("född", Hint::Person, false),
    ("födelsenummer", Hint::Person, false),
    ("födelsedatum", Hint::Person, false),
    ("samordningsnummer", Hint::Person, false),
    ("samordningsnr", Hint::Person, false),
    ("identitetsnummer", Hint::Person, false),
    ("ssn", Hint::Person, true),
    ("personal identity number", Hint::Person, false),
    ("fakturanummer", Hint::OtherNumber, false),
    ("fakturanr", Hint::OtherNumber, false),
    ("faktura nr", Hint::OtherNumber, false),
    ("faktura-nr", Hint::OtherNumber, false),
    ("faktura", Hint::OtherNumber, true),
    ("diarienummer", Hint::OtherNumber, false),
    ("diarienr", Hint::OtherNumber, false),
    ("dnr", Hint::OtherNumber, true),
    ("dnr.", Hint::OtherNumber, false),
    ("ordernummer", Hint::OtherNumber, false),
    ("ordernr", Hint::OtherNumber, false),
    ("order nr", Hint::OtherNumber, false),
    ("order", Hint::OtherNumber, true),
    ("ocr", Hint::OtherNumber, true),
    ("ocr-nummer", Hint::OtherNumber, false),
    ("kundnummer", Hint::OtherNumber, false),
    ("kundnr", Hint::OtherNumber, false),
    ("kund nr", Hint::OtherNumber, false),
    ("ärendenummer", Hint::OtherNumber, false),
    ("ärendenr", Hint::OtherNumber, false),
    ("ärende nr", Hint::OtherNumber, false),
    ("artikelnummer", Hint::OtherNumber, false),
    ("artikelnr", Hint::OtherNumber, false),
    ("art.nr", Hint::OtherNumber, false),
    ("art nr", Hint::OtherNumber, false),
    ("referensnummer", Hint::OtherNumber, false),
    ("ref.nr", Hint::OtherNumber, false),
    ("ref", Hint::OtherNumber, true),
    ("avtalsnummer", Hint::OtherNumber, false),
    ("avtalsnr", Hint::OtherNumber, false),
    ("beställningsnummer", Hint::OtherNumber, false),
    ("serienummer", Hint::OtherNumber, false),
    ("löpnummer", Hint::OtherNumber, false),
    ("verifikationsnummer", Hint::OtherNumber, false),
    // numbers of other things that pass the Luhn check as card numbers do: a phone's IMEI,
    // a SIM card's ICCID, an electricity meter, a parcel, a booking, a membership
    ("imei", Hint::OtherNumber, true),
    ("iccid", Hint::OtherNumber, true),
    ("sim-kortnummer", Hint::OtherNumber, false),
    ("simkortsnummer", Hint::OtherNumber, false),
    ("mätarnummer", Hint::OtherNumber, false),
    ("mätar-id", Hint::OtherNumber, false),
    ("anläggnings-id", Hint::OtherNumber, false),
    ("anläggningsnummer", Hint::OtherNumber, false),
    ("anläggningsid", Hint::OtherNumber, false),
    ("betalningsreferens", Hint::OtherNumber, false),
    ("medlemsnummer", Hint::OtherNumber, false),
    ("medlemsnr", Hint::OtherNumber, false),
    ("abonnemangsnummer", Hint::OtherNumber, false),
    ("abonnemangsnr", Hint::OtherNumber, false),
    ("kollinummer", Hint::OtherNumber, false),
    ("kolli-id", Hint::OtherNumber, false),
    ("sändningsnummer", Hint::OtherNumber, false),
    ("spårningsnummer", Hint::OtherNumber, false),
    ("tracking", Hint::OtherNumber, false),
    ("bokningsnummer", Hint::OtherNumber, false),
    ("bokningsnr", Hint::OtherNumber, false),
    ("biljettnummer", Hint::OtherNumber, false),
    ("transaktions-id", Hint::OtherNumber, false),
    ("transaktionsnummer", Hint::OtherNumber, false),
    ("transaction id", Hint::OtherNumber, false),
    ("lagernummer", Hint::OtherNumber, false),
    // a receipt's number ("Kvittonr: 5002101979")
    ("kvittonummer", Hint::OtherNumber, false),
    ("kvittonr", Hint::OtherNumber, false),
    ("kvitto nr", Hint::OtherNumber, false),
    // a library's or a shop's barcode ("boken (streckkod 30012004418827)"), a book's ISBN
    ("streckkod", Hint::OtherNumber, false),
    ("isbn", Hint::OtherNumber, true),
    // the numbers of a municipality's own registers
    ("leverantörsnummer", Hint::OtherNumber, false),
    ("leverantörsnr", Hint::OtherNumber, false),
    ("lev.nr", Hint::OtherNumber, false),
    ("projektnummer", Hint::OtherNumber, false),
    ("projektnr", Hint::OtherNumber, false),
    ("kostnadsställe", Hint::OtherNumber, false),
    ("beslutsnummer", Hint::OtherNumber, false),
    ("beslutsnr", Hint::OtherNumber, false),
    ("ansökningsnummer", Hint::OtherNumber, false),
    ("ansökningsnr", Hint::OtherNumber, false),
    ("kontraktsnummer", Hint::OtherNumber, false),
    ("kontraktsnr", Hint::OtherNumber, false),
    ("skadenummer", Hint::OtherNumber, false),
    ("dossiernummer", Hint::OtherNumber, false),
    ("objektnummer", Hint::OtherNumber, false),
    ("objekt-id", Hint::OtherNumber, false),
    ("invoice", Hint::OtherNumber, false),
    ("order number", Hint::OtherNumber, false),
    ("tel", Hint::Phone, true),
    ("tel.", Hint::Phone, false),
    ("telefon", Hint::Phone, false),
    ("tfn", Hint::Phone, true),
    ("mobil", Hint::Phone, false),
    ("mob", Hint::Phone, true),
    ("ring", Hint::Phone, true),
    ("sms", Hint::Phone, true),
    ("fax", Hint::Phone, true),
    ("växel", Hint::Phone, false),
    ("vxl", Hint::Phone, true),
    ("direkt", Hint::Phone, true),
    ("phone", Hint::Phone, false),
    ("*konto", Hint::BankAccount, false),
    ("clearing", Hint::BankAccount, false),
    ("clnr", Hint::BankAccount, true),
    ("bank account", Hint::BankAccount, false),
    // where a payment goes: "Utbetalning till 6510 033 249 210"
    ("utbetalning till", Hint::BankAccount, false),
    ("utbetalas till", Hint::BankAccount, false),
    ("betalas ut till", Hint::BankAccount, false),
    ("sätts in på", Hint::BankAccount, false),
    ("account number", Hint::BankAccount, false),
    // a bank named next to the number ("Swedbank 8105-9 723 654 321-8")
    ("bank", Hint::BankAccount, true),
    ("swedbank", Hint::BankAccount, false),
    ("handelsbanken", Hint::BankAccount, false),
    ("nordea", Hint::BankAccount, false),
    ("danske bank", Hint::BankAccount, false),
    ("*sparbank", Hint::BankAccount, false),
    ("länsförsäkringar", Hint::BankAccount, false),
    ("ica banken", Hint::BankAccount, false),
    ("skandiabanken", Hint::BankAccount, false),
    ("sbab", Hint::BankAccount, true),
    ("seb", Hint::BankAccount, true),
    // Handelsbanken as people abbreviate it ("SHB 6368 431 055 386"; "HB" is a trading
    // partnership more often than a bank)
    ("shb", Hint::BankAccount, true),
    // where money goes ("KTO 6917 229 112 773", "Lönen kommer in på …")
    ("kto", Hint::BankAccount, true),
    ("kommer in på", Hint::BankAccount, false),
    ("sätts in på", Hint::BankAccount, false),
    ("sätt in på", Hint::BankAccount, false),
    ("insättning till", Hint::BankAccount, false),
    ("bankgiro", Hint::Bankgiro, false),
    ("bg", Hint::Bankgiro, true),
    ("bg-nr", Hint::Bankgiro, false),
    ("bg nr", Hint::Bankgiro, false),
    ("plusgiro", Hint::Plusgiro, false),
    ("postgiro", Hint::Plusgiro, false),
    ("pg", Hint::Plusgiro, true),
    ("pg-nr", Hint::Plusgiro, false),
    ("pg nr", Hint::Plusgiro, false),
    ("regnr", Hint::Plate, false),
    ("reg", Hint::Plate, true),
    ("husbil", Hint::Plate, false),
    ("husbilen", Hint::Plate, false),
    ("släp", Hint::Plate, true),
    ("p-bot", Hint::Plate, false),
    ("p-boten", Hint::Plate, false),
    ("parkeringsbot", Hint::Plate, false),
    ("kontrollavgift", Hint::Plate, false),
    ("kontrollavgiften", Hint::Plate, false),
    ("parkeringsanmärkning", Hint::Plate, false),
    ("parkeringstillstånd", Hint::Plate, false),
    // "ägaren av KHT 38U som stått på personalparkeringen"
    ("*parkeringen", Hint::Plate, true),
    ("parkerad", Hint::Plate, false),
    ("parkerade", Hint::Plate, false),
    ("parkerat", Hint::Plate, false),
    ("felparkerad", Hint::Plate, false),
    ("ägaren av", Hint::Plate, false),
    ("ägaren till", Hint::Plate, false),
    ("avställd", Hint::Plate, false),
    ("vägtrafikregistret", Hint::Plate, false),
    ("reg.nr", Hint::Plate, false),
    ("reg nr", Hint::Plate, false),
    ("reg. nr", Hint::Plate, false),
    ("reg-nr", Hint::Plate, false),
    ("registreringsnummer", Hint::Plate, false),
    ("registreringsnr", Hint::Plate, false),
    ("registreringsskylt", Hint::Plate, false),
    // "bil" ending a compound ("servicebilen", "tjänstebil", "hyrbilar"), not "mobil"
    ("*bil", Hint::Plate, true),
    ("*bilen", Hint::Plate, true),
    ("*bilens", Hint::Plate, true),
    ("*bilar", Hint::Plate, true),
    ("*bilarna", Hint::Plate, true),
    // a bus or a taxi ("ersättningsbuss HBT 62K", "skolbussen", "taxin KRT 55B")
    ("buss", Hint::Plate, false),
    ("*buss", Hint::Plate, true),
    ("*bussen", Hint::Plate, true),
    ("taxi", Hint::Plate, false),
    ("car", Hint::Plate, true),
    ("vehicle", Hint::Plate, false),
    ("registration", Hint::Plate, false),
    ("plate", Hint::Plate, false),
    // a driver's verb: "brukar köra KJD 47F"
    ("kör", Hint::Plate, true),
    ("köra", Hint::Plate, true),
    ("körde", Hint::Plate, true),
    ("kört", Hint::Plate, true),
    ("fordonet", Hint::Plate, false),
    ("släpvagn", Hint::Plate, false),
    ("släpvagnen", Hint::Plate, false),
    ("släpet", Hint::Plate, false),
    ("husvagn", Hint::Plate, false),
    ("husvagnen", Hint::Plate, false),
    ("motorcykel", Hint::Plate, false),
    ("motorcykeln", Hint::Plate, false),
    ("moped", Hint::Plate, false),
    ("mopeden", Hint::Plate, false),
    ("traktor", Hint::Plate, false),
    ("traktorn", Hint::Plate, false),
    ("fordon", Hint::Plate, false),
    ("bilnyckeln", Hint::Plate, false),
    ("bilnyckel", Hint::Plate, false),
    ("bilnycklar", Hint::Plate, false),
    // compounds: "arbetsfordon KLM 482", "tjänstefordonet"
    ("*fordon", Hint::Plate, true),
    ("*fordonet", Hint::Plate, true),
    ("skylt", Hint::Plate, false),
    ("regnummer", Hint::Plate, false),
    ("regnumret", Hint::Plate, false),
    ("reg.nummer", Hint::Plate, false),
    ("registreringsnumret", Hint::Plate, false),
    // a driver or a car make named just before: "Förare: … (KXT 48B)", "en vit Volvo KLM 48U"
    ("förare", Hint::Plate, false),
    ("föraren", Hint::Plate, false),
    ("chaufför", Hint::Plate, false),
    ("volvo", Hint::Plate, false),
    ("saab", Hint::Plate, true),
    ("volkswagen", Hint::Plate, false),
    ("vw", Hint::Plate, true),
    ("audi", Hint::Plate, true),
    ("bmw", Hint::Plate, true),
    ("toyota", Hint::Plate, false),
    ("kia", Hint::Plate, true),
    ("ford", Hint::Plate, true),
    ("tesla", Hint::Plate, false),
    ("skoda", Hint::Plate, false),
    ("renault", Hint::Plate, false),
    ("peugeot", Hint::Plate, false),
    ("mercedes", Hint::Plate, false),
    ("nissan", Hint::Plate, false),
    ("hyundai", Hint::Plate, false),
    ("opel", Hint::Plate, true),
    ("mazda", Hint::Plate, true),
    ("scania", Hint::Plate, false),
    ("passat", Hint::Plate, false),
    ("golf", Hint::Plate, true),
    ("golfen", Hint::Plate, true),
    ("caddy", Hint::Plate, true),
    ("caddyn", Hint::Plate, true),
    ("volvon", Hint::Plate, true),
    ("transporter", Hint::Plate, true),
    ("transportern", Hint::Plate, true),
    ("yaris", Hint::Plate, true),
    ("yarisen", Hint::Plate, true),
    ("corolla", Hint::Plate, true),
    ("octavia", Hint::Plate, true),
    ("passaten", Hint::Plate, true),
    ("pass", Hint::Passport, true),
    ("passet", Hint::Passport, true),
    ("passnummer", Hint::Passport, false),
    ("passnr", Hint::Passport, false),
    ("pass nr", Hint::Passport, false),
    ("pass-nr", Hint::Passport, false),
    ("passport", Hint::Passport, false),
    // Ukrainian and Russian ("Номер паспорта: FE482913"), Finnish, Arabic
    ("паспорт", Hint::Passport, false),
    ("passi", Hint::Passport, true),
    ("passin", Hint::Passport, true),
    ("passinumero", Hint::Passport, false),
    ("جواز السفر", Hint::Passport, false),
];

/// The context words found before one candidate: for each hint, the distance in bytes
/// from the end of the nearest such word to the candidate (`None`: not in the window).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context {
    dist: [Option<u16>; HINTS],
}

impl Context {
    /// Distance from the nearest word with this hint to the candidate.
    pub(crate) fn distance(&self, h: Hint) -> Option<usize> {
        self.dist[h as usize].map(usize::from)
    }

    /// Whether a word with this hint ends at most `max` bytes before the candidate.
    pub(crate) fn within(&self, h: Hint, max: usize) -> bool {
        self.distance(h).is_some_and(|d| d <= max)
    }

    /// Whether a word naming some other number (invoice, order …) stands nearer than the
    /// nearest word with hint `h` ("Bankgiro 2107-8209\nFakturanummer: 20260188",
    /// "Kontorsvaruhuset (kundnr 88213, ordernr 4500087712)").
    pub(crate) fn other_nearer_than(&self, h: Hint) -> bool {
        self.distance(Hint::OtherNumber)
            .is_some_and(|o| self.distance(h).is_some_and(|d| o < d))
    }

    /// Whether the nearest word says "some other number" (invoice, OCR …), close by,
    /// and nearer than any word saying "personnummer".
    pub(crate) fn other_number(&self) -> bool {
        match (
            self.distance(Hint::OtherNumber),
            self.distance(Hint::Person),
        ) {
            (Some(o), Some(p)) => o <= 24 && o < p,
            (Some(o), None) => o <= 24,
            _ => false,
        }
    }
}

/// The compiled context-word automaton.
pub(crate) struct ContextFinder {
    ac: AhoCorasick,
}

impl ContextFinder {
    pub(crate) fn new() -> ContextFinder {
        let pats: Vec<&str> = WORDS.iter().map(|w| w.0.trim_start_matches('*')).collect();
        // a DFA: searched once per candidate number, the fastest kind is worth its memory
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(pats)
            .expect("context words compile");
        ContextFinder { ac }
    }

    /// The context before `start` in `text`.
    pub(crate) fn before(&self, text: &[u8], start: usize) -> Context {
        let from = start.saturating_sub(WINDOW);
        let src = &text[from..start];
        let mut buf = [0u8; WINDOW];
        let w = &mut buf[..src.len()];
        lower_into(src, w);
        let mut ctx = Context::default();
        // word start: the beginning of the window only counts if the window is the text start
        let at_start = from == 0 || !is_letter_byte(text[from - 1]);
        let n = w.len();
        self.words_in(w, at_start, |hint, e| {
            let d = (n - e) as u16;
            let slot = &mut ctx.dist[hint as usize];
            if slot.is_none_or(|old| d < old) {
                *slot = Some(d);
            }
        });
        ctx
    }

    /// Adds the words of a table column's header cell `cell` (`columns::Columns::header`)
    /// to `ctx`, as if they stood right before the candidate.
    pub(crate) fn add_header(&self, text: &[u8], cell: (usize, usize), ctx: &mut Context) {
        let src = &text[cell.0..cell.1.min(cell.0 + WINDOW)];
        let mut buf = [0u8; WINDOW];
        let w = &mut buf[..src.len()];
        lower_into(src, w);
        self.words_in(w, true, |hint, _| ctx.dist[hint as usize] = Some(0));
    }

    /// Calls `found(hint, end)` for each context word in the lower-cased `w` that stands on
    /// word boundaries (`start_ok`: a word may start at `w`'s first byte).
    fn words_in(&self, w: &[u8], start_ok: bool, mut found: impl FnMut(Hint, usize)) {
        for m in self.ac.find_overlapping_iter(w) {
            let (word, hint, word_end) = WORDS[m.pattern().as_usize()];
            let anywhere = word.starts_with('*');
            let (s, e) = (m.start(), m.end());
            let at_start = if s == 0 {
                start_ok
            } else {
                !is_letter_byte(w[s - 1])
            };
            if !anywhere && !at_start {
                continue;
            }
            // "mobil", "automobil", "stabil": no vehicle
            if anywhere
                && hint == Hint::Plate
                && (w[..s].ends_with(b"mo") || w[..s].ends_with(b"sta"))
            {
                continue;
            }
            if word_end && e < w.len() && is_letter_byte(w[e]) {
                continue;
            }
            found(hint, e);
        }
    }
}

/// `w` lower-cased as [`lower_into`] does, in a stack buffer of `N` bytes (`None` when `w`
/// is longer): the buffer and the length used.
pub(crate) fn lower_small<const N: usize>(w: &[u8]) -> Option<([u8; N], usize)> {
    let mut buf = [0u8; N];
    let low = buf.get_mut(..w.len())?;
    lower_into(w, low);
    Some((buf, w.len()))
}

/// ASCII and Latin-1 (UTF-8 `C3 xx`) lower-casing, byte for byte.
pub(crate) fn lower_into(src: &[u8], dst: &mut [u8]) {
    let mut prev = 0u8;
    for (d, &b) in dst.iter_mut().zip(src) {
        *d = if b.is_ascii_uppercase() {
            b | 0x20
        } else if prev == 0xC3 && (0x80..=0x9E).contains(&b) && b != 0x97 {
            b + 0x20
        } else {
            b
        };
        prev = b;
    }
}

/// A byte that is part of a word (ASCII letter or any byte of a non-ASCII char).
fn is_letter_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(s: &str) -> Context {
        ContextFinder::new().before(s.as_bytes(), s.len())
    }

    #[test]
    fn finds_nearest_words() {
        let c = ctx("Kundens personnummer: ");
        assert!(c.within(Hint::Person, 4));
        assert!(!c.other_number());
        let c = ctx("PERSONNUMMER ");
        assert!(c.within(Hint::Person, 2));
        let c = ctx("Personnummer 850101-1234, Fakturanummer ");
        assert!(c.other_number());
        let c = ctx("FÖDD ");
        assert!(c.within(Hint::Person, 1));
    }

    #[test]
    fn respects_word_boundaries() {
        assert!(ctx("mobil ").within(Hint::Phone, 3));
        assert!(ctx("lönekonto ").within(Hint::BankAccount, 3));
        assert!(ctx("passar bra ").distance(Hint::Passport).is_none());
        assert!(ctx("kreditering ").distance(Hint::Phone).is_none());
        assert!(ctx("Dnr: ").other_number());
        assert!(ctx("sambo ").distance(Hint::Bankgiro).is_none());
    }

    #[test]
    fn invoice_far_away_does_not_count() {
        assert!(
            !ctx("Fakturan skickades i går till Anna Andersson som bor i Lund, ").other_number()
        );
    }
}
