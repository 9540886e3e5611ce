//! Each identifier in real-looking Swedish sentences: found where it is, with the right
//! category and span, and not found where a look-alike stands.

use vakt_detect::{Category, Engine, Level};

fn found(text: &str) -> Vec<(Category, &str)> {
    Engine::shared()
        .analyze(text)
        .findings
        .iter()
        .filter(|f| f.category.kind() == vakt_detect::CategoryKind::Identifier)
        .filter(|f| !matches!(f.category, Category::PersonName | Category::Address))
        .map(|f| (f.category, &text[f.start..f.end]))
        .collect()
}

fn has(text: &str, cat: Category, span: &str) {
    let f = found(text);
    assert!(
        f.contains(&(cat, span)),
        "expected {cat} {span:?} in {text:?}, got {f:?}"
    );
}

fn lacks(text: &str, cat: Category) {
    let f = found(text);
    assert!(
        !f.iter().any(|x| x.0 == cat),
        "no {cat} expected in {text:?}, got {f:?}"
    );
}

#[test]
fn personnummer_in_sentences() {
    has(
        "Sökande: Anna Andersson, 811218-9876, Storgatan 1.",
        Category::Personnummer,
        "811218-9876",
    );
    has("pnr:198112189876", Category::Personnummer, "198112189876");
    has(
        "Född 19811218-9876 i Göteborg.",
        Category::Personnummer,
        "19811218-9876",
    );
    has(
        "Samordningsnummer 701063-2391 tilldelades.",
        Category::Samordningsnummer,
        "701063-2391",
    );
    has(
        "8112189876;Anna;Andersson",
        Category::Personnummer,
        "8112189876",
    );
    // a word processor's dash for the hyphen; a file name
    has(
        "Personnummer: 811218–9876 (ifylld i Word)",
        Category::Personnummer,
        "811218–9876",
    );
    has(
        "Bifogat: intyg_198112189876.pdf och 19811218-9876_beslut.docx",
        Category::Personnummer,
        "198112189876",
    );
    has(
        "Bifogat: 19811218-9876_beslut.docx",
        Category::Personnummer,
        "19811218-9876",
    );
    // a space for the hyphen only right after a word naming a personnummer
    has(
        "Personnummer 811218 9876, adress Storgatan 1",
        Category::Personnummer,
        "811218 9876",
    );
    lacks("Beställ 811218 9876 stycken.", Category::Personnummer);
    lacks("Beloppet 811218-9877 stämmer inte.", Category::Personnummer);
    lacks(
        "Telefonnummer 0811218987 står i listan",
        Category::Personnummer,
    );
}

#[test]
fn context_lowers_invoice_numbers() {
    // passes date and Luhn, but it is an invoice number
    lacks(
        "Fakturanummer 8112189876 ska anges vid betalning.",
        Category::Personnummer,
    );
    lacks("Faktura nr: 8112189876", Category::Personnummer);
    lacks("Ange OCR 8112189876 vid betalning.", Category::Personnummer);
    lacks("Dnr 8112189876", Category::Personnummer);
    lacks("Ordernummer: 8112189876", Category::Personnummer);
    // a customer or member number that is a valid personnummer: many registers number people
    // by it, so it is reported, with a low score
    let t = "Kundnummer 8112189876";
    let a = Engine::shared().analyze(t);
    assert!(a
        .findings
        .iter()
        .any(|f| f.category == Category::Personnummer && f.score <= 0.5));
    // a word for another number that an earlier number already answered names nothing
    has(
        "Kundnummer 4471, Anna Andersson, 8112189876",
        Category::Personnummer,
        "8112189876",
    );
    // a personnummer word nearer than the invoice word wins
    has(
        "Fakturanummer 123, kundens personnummer 8112189876",
        Category::Personnummer,
        "8112189876",
    );
    // an invoice sentence further away does not hide a personnummer
    has(
        "Fakturan skickades i går till Anna Andersson, som har personnummer 811218-9876.",
        Category::Personnummer,
        "811218-9876",
    );
    // a separated personnummer after an invoice word is still reported, with a low score
    let t = "Fakturanummer 811218-9876";
    let a = Engine::shared().analyze(t);
    assert!(a
        .findings
        .iter()
        .any(|f| f.category == Category::Personnummer && f.score <= 0.5));
    // positive context raises the score
    let t = "Personnummer: 8112189876";
    let a = Engine::shared().analyze(t);
    assert!(a
        .findings
        .iter()
        .any(|f| f.category == Category::Personnummer && f.score >= 0.99));
}

#[test]
fn org_numbers() {
    has(
        "Göteborgs kommun, org.nr 212000-1355, är beställare.",
        Category::OrgNumber,
        "212000-1355",
    );
    has(
        "Leverantör: 16556036-0793",
        Category::OrgNumber,
        "16556036-0793",
    );
    has(
        "Momsregistreringsnummer SE556036079301.",
        Category::OrgNumber,
        "SE556036079301",
    );
    lacks(
        "Göteborgs kommun, org.nr 212000-1355.",
        Category::Personnummer,
    );
    assert_eq!(
        Engine::shared().analyze("Org.nr 556036-0793").level,
        Level::L0
    );
}

#[test]
fn phones() {
    for p in [
        "070-123 45 67",
        "070 123 45 67",
        "0701234567",
        "08-123 456 78",
        "031-12 34 56",
        "+46 70 123 45 67",
        "+46(0)70-123 45 67",
        "+46701234567",
        "+44 20 7946 0958",
    ] {
        has(&format!("Ring mig på {p} efter lunch."), Category::Phone, p);
        has(&format!("Nås på {p}."), Category::Phone, p);
    }
    has("Tel: 031123456", Category::Phone, "031123456");
    has(
        "Växel (08) 123 45 67 dygnet runt",
        Category::Phone,
        "(08) 123 45 67",
    );
    lacks("Mötet är 08 2024 i sal 3.", Category::Phone);
    lacks("Beloppet var 0,75 procent.", Category::Phone);
    lacks("Öppet 07.00–19.00 alla dagar.", Category::Phone);
}

#[test]
fn email_and_ip() {
    has(
        "Mejla anna.andersson@goteborg.se.",
        Category::Email,
        "anna.andersson@goteborg.se",
    );
    has(
        "Kontakt: åsa.öberg@kommun.se",
        Category::Email,
        "åsa.öberg@kommun.se",
    );
    lacks("Vi ses @ kontoret", Category::Email);
    has(
        "Servern 192.168.10.25 svarade inte.",
        Category::IpAddress,
        "192.168.10.25",
    );
    has(
        "Adressen 2001:db8::8a2e:370:7334 loggades.",
        Category::IpAddress,
        "2001:db8::8a2e:370:7334",
    );
    has(
        "Länklokal fe80::1ff:fe23:4567:890a används.",
        Category::IpAddress,
        "fe80::1ff:fe23:4567:890a",
    );
    has("::1 är loopback", Category::IpAddress, "::1");
    lacks("Version 1.2.3.4.5 släpptes.", Category::IpAddress);
    lacks("Klockan 12:30:45 startade det.", Category::IpAddress);
    lacks("Se 999.1.1.1 i listan.", Category::IpAddress);
}

#[test]
fn money() {
    has(
        "Betala till IBAN SE45 5000 0000 0583 9825 7466.",
        Category::Iban,
        "SE45 5000 0000 0583 9825 7466",
    );
    has(
        "IBAN: SE4550000000058398257466",
        Category::Iban,
        "SE4550000000058398257466",
    );
    has(
        "Konto DE89 3704 0044 0532 0130 00 i Tyskland",
        Category::Iban,
        "DE89 3704 0044 0532 0130 00",
    );
    lacks("IBAN: SE4550000000058398257467", Category::Iban);
    has(
        "Kortnummer 4111 1111 1111 1111 spärrades.",
        Category::PaymentCard,
        "4111 1111 1111 1111",
    );
    has(
        "Mastercard 5555-5555-5555-4444",
        Category::PaymentCard,
        "5555-5555-5555-4444",
    );
    lacks("Nummer 4111 1111 1111 1112", Category::PaymentCard);
    // numbers of other things that pass the Luhn check: a phone, a SIM card, a meter, a
    // membership, a parcel
    for label in [
        "IMEI:",
        "ICCID",
        "Mätarnummer",
        "Anläggnings-ID",
        "Medlemsnummer",
        "Abonnemangsnummer",
        "Kollinummer",
        "Bokningsnummer",
        "Betalningsreferens",
    ] {
        lacks(&format!("{label} 4111111111111111"), Category::PaymentCard);
        lacks(&format!("{label} 371009935196701."), Category::PaymentCard);
    }
    // a table's column of passwords or codes, delimited or aligned
    let t = "Elev | Användarnamn | Startlösenord\nAlma Svedberg | alsv0316 | Kaktus72!\nElias Mahmoud | elma0427 | Tomat31!\n";
    has(t, Category::Credential, "Tomat31!");
    let t = "Bil\tReg.nr\tPIN\nGolf e\tPXR 21K\t2291\nGolf e\tPXR 22K\t7730\n";
    has(t, Category::Credential, "7730");
    let t = "id;namn;portkod;nyckel\n1;Astrid Holmgren;2741;N-014\n";
    has(t, Category::Credential, "2741");
    // the code column last, aligned with spaces
    let t = "Nr  Namn                   Nyckel    Larmkod\n1   Lena Bergkvist (rektor)  A1 huvud  7731\n2   Tobias Holm              A3        2094\n";
    has(t, Category::Credential, "2094");
    lacks(
        "Namn | Lösenordsbyte krävs\nAnna | ja\nBo | nej\n",
        Category::Credential,
    );
    // a door code as a field of a record listed with commas
    has(
        "Arne Jakobsson, Lingonvägen 11 lgh 1201, kod 1960, stödstrumpor + medicin, 08.00",
        Category::Credential,
        "1960",
    );
    lacks("Konto 5410, kod 25, moms 12 %", Category::Credential);
    // a supplier's or a project's number that happens to pass as a personnummer
    lacks("Leverantörsnummer 8611148936", Category::Personnummer);
    lacks("Projektnr 8611148936", Category::Personnummer);
    // a personnummer's shape (8-4) or a case number's (4-8) is no card, valid or not
    lacks("Personnummer 50738927-7116", Category::PaymentCard);
    lacks("Beslut 5865-61165836", Category::PaymentCard);
    has(
        "Amex 3782 822463 10005",
        Category::PaymentCard,
        "3782 822463 10005",
    );
    has(
        "Mitt kortnummer: 4111111111111111.",
        Category::PaymentCard,
        "4111111111111111",
    );
    has(
        "Betala till bankgiro 500-0377.",
        Category::Bankgiro,
        "500-0377",
    );
    has("Bankgiro: 5402-9384", Category::Bankgiro, "5402-9384");
    lacks("Bankgiro: 5402-9385", Category::Bankgiro);
    lacks("Referens 5402-9384", Category::Bankgiro);
    has(
        "Bankgiro (för inbetalning): 5402-9384",
        Category::Bankgiro,
        "5402-9384",
    );
    // a number named by a nearer word is that number, not the bankgiro above it
    let t = "Bankgiro 2107-8209\n\nFakturanummer: 54029384";
    let a = vakt_detect::Engine::shared().analyze(t);
    assert!(
        !a.findings
            .iter()
            .any(|f| f.category == Category::Bankgiro && &t[f.start..f.end] == "54029384"),
        "{:?}",
        a.findings
    );
    has("Plusgiro 90 20 07-4", Category::Plusgiro, "90 20 07-4");
    has("PG 123456-6", Category::Plusgiro, "123456-6");
    has(
        "Lönekonto: 5000-1234560 hos SEB",
        Category::BankAccount,
        "5000-1234560",
    );
    has(
        "Kontonummer 6789 123 456 789 (Handelsbanken)",
        Category::BankAccount,
        "6789 123 456 789",
    );
    has(
        "Clearingnummer och konto: 8327-9, 123 456 789-7",
        Category::BankAccount,
        "8327-9, 123 456 789-7",
    );
    lacks("Ärendet 5000-1234560 avslutades", Category::BankAccount);
    // the account's own label between clearing and account, a bank's name as the context
    has(
        "Clearingnr 8327-9, kontonr 943 211 404-1",
        Category::BankAccount,
        "8327-9, kontonr 943 211 404-1",
    );
    has(
        "Clearing 8327-9 kontonummer: 943 211 404-1",
        Category::BankAccount,
        "8327-9 kontonummer: 943 211 404-1",
    );
    has(
        "Swedbank 8105-9 723 654 321-8",
        Category::BankAccount,
        "8105-9 723 654 321-8",
    );
    has(
        "Bank: SEB 5357 10 123 45",
        Category::BankAccount,
        "5357 10 123 45",
    );
    lacks(
        "Ordernummer 1234 5678 90 skickas i morgon.",
        Category::BankAccount,
    );
}

#[test]
fn plates_and_passports() {
    has(
        "Bilen med regnr ABC 123 stod felparkerad.",
        Category::LicensePlate,
        "ABC 123",
    );
    has(
        "Fordonet (MLB 84D) besiktades.",
        Category::LicensePlate,
        "MLB 84D",
    );
    has(
        "Registreringsnummer: XYZ12A",
        Category::LicensePlate,
        "XYZ12A",
    );
    has(
        "Drivmedelskortet som hör till tjänstebilen KLM 47P användes på helger.",
        Category::LicensePlate,
        "KLM 47P",
    );
    has(
        "En grävmaskin med en släpvagn (MKT 48J) står parkerad på gatan.",
        Category::LicensePlate,
        "MKT 48J",
    );
    // a vehicle compound, a car key
    has(
        "Drivmedelskortet som hör till arbetsfordon KLM 482 har använts elva gånger.",
        Category::LicensePlate,
        "KLM 482",
    );
    has(
        "Bilnyckeln till XRT 58K ligger i nyckelskåpet.",
        Category::LicensePlate,
        "XRT 58K",
    );
    // a car make or the driver named just before
    has(
        "Dessutom står en vit Volvo KLM 48U mitt i vändplanen.",
        Category::LicensePlate,
        "KLM 48U",
    );
    has(
        "Förare: Patrik Öhman (KXT 48B), Gunilla Rosén (MPL 217)",
        Category::LicensePlate,
        "KXT 48B",
    );
    has("Regnummer DWE 93J, grå", Category::LicensePlate, "DWE 93J");
    // a compound ending in "bil", an English car, a driver's verb
    has(
        "Körjournalen för servicebilen KLM 48P visar resor på helger.",
        Category::LicensePlate,
        "KLM 48P",
    );
    has(
        "I received a parking fine for my car NMC 62K outside the hospital.",
        Category::LicensePlate,
        "NMC 62K",
    );
    has(
        "1. Dennis Holmqvist, brukar köra KJD 47F",
        Category::LicensePlate,
        "KJD 47F",
    );
    lacks("Golfbanan, hål GRN 123, är stängd.", Category::LicensePlate);
    lacks("Enligt SFS 201 gäller detta.", Category::LicensePlate);
    lacks("Beställ via mobilen: kod ABC 123.", Category::LicensePlate);
    lacks("Bilen ABC 12O", Category::LicensePlate);
    has("Passnummer: 12345678", Category::PassportNumber, "12345678");
    has(
        "Hennes pass AA1234567 gick ut i maj.",
        Category::PassportNumber,
        "AA1234567",
    );
    lacks("Nummer 12345678 i listan", Category::PassportNumber);
}

#[test]
fn credentials() {
    has("Lösenord: Sommar2024!", Category::Credential, "Sommar2024!");
    // written without å, ä and ö
    has(
        "mitt losen ar Tallbacken1963 om ni behover det",
        Category::Credential,
        "Tallbacken1963",
    );
    // a user / password pair after an account word
    has(
        "loggade in med testkontot elevtest04 / Hosten2025# på en laptop",
        Category::Credential,
        "elevtest04 / Hosten2025#",
    );
    has(
        "HMI service account is svc_scada_natt / Vinter2025!kl – don't share it",
        Category::Credential,
        "svc_scada_natt / Vinter2025!kl",
    );
    lacks("Kontot för 2024 / 2025 stämdes av.", Category::Credential);
    // network-device configuration
    has(
        "set snmp community kh-ro-Tj4ll3n! authorization read-only",
        Category::Credential,
        "kh-ro-Tj4ll3n!",
    );
    has(
        "set security ike policy ike-lev pre-shared-key ascii-text \"9wQ!vMz4-Lev#77\"",
        Category::Credential,
        "9wQ!vMz4-Lev#77",
    );
    lacks("snmp-server community public RO", Category::Credential);
    lacks(
        "Rosen i parken blommar, diagnosen Ab12Cd34 är fel",
        Category::Credential,
    );
    has(
        "Server=db01;Database=x;User Id=sa;Password=Hemligt#1;",
        Category::Credential,
        "Hemligt#1",
    );
    has(
        "export OPENAI_API_KEY=sk-proj-Abc123Def456Ghi789Jkl012Mno345",
        Category::Credential,
        "sk-proj-Abc123Def456Ghi789Jkl012Mno345",
    );
    has(
        "nyckeln AKIAIOSFODNN7EXAMPLE läckte",
        Category::Credential,
        "AKIAIOSFODNN7EXAMPLE",
    );
    has(
        "DATABASE_URL=postgres://app:s3cret@db.kommun.se/x",
        Category::Credential,
        "postgres://app:s3cret@db.kommun.se",
    );
    let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    has(
        &format!("Authorization: Bearer {jwt}"),
        Category::Credential,
        jwt,
    );
    lacks(
        "Glöm inte att byta lösenord varje kvartal.",
        Category::Credential,
    );
    lacks("Risk- och sårbarhetsanalys", Category::Credential);
    // a key after "nyckel", a client secret in JSON, a session cookie
    has(
        "Du får skrivbehörighet mot vårt styr-API, nyckel sk_vv_7f3Q9xLm2RtB8wPz.",
        Category::Credential,
        "sk_vv_7f3Q9xLm2RtB8wPz",
    );
    has(
        "  \"ClientSecret\": \"Q8vN~2kLr.Ty5-xZpW3mH7sJd0aFgE1c\"",
        Category::Credential,
        "Q8vN~2kLr.Ty5-xZpW3mH7sJd0aFgE1c",
    );
    lacks(
        "Hämta nyckeln till förrådet hos vaktmästaren.",
        Category::Credential,
    );
    // a log's fields after a line about passwords are no password
    lacks(
        "Summary: Password spray against ADFS\n\n2026-11-15T02:10:41Z adfs01 EventID=411 user=KOMMUN\\ksv result=Failure",
        Category::Credential,
    );
    assert_eq!(
        Engine::shared().analyze("Lösenord: Sommar2024!").level,
        Level::L2
    );
}

#[test]
fn overlaps_are_one_finding() {
    // the personnummer inside a Nordea personkonto is reported once, as the account
    let t = "Konto 3300-8112189876";
    let f = found(t);
    assert_eq!(f.len(), 1, "{f:?}");
    let t = "Ring 070-123 45 67 eller mejla 0701234567@sms.example.se";
    let f = found(t);
    let overlapping = f.windows(2).any(|w| {
        let (a, b) = (w[0].1.as_ptr() as usize, w[1].1.as_ptr() as usize);
        b < a + w[0].1.len()
    });
    assert!(!overlapping, "{f:?}");
}

#[test]
fn compilation_and_reasons() {
    let mut t = String::from("Deltagarlista\n");
    for pnr in [
        "811218-9876",
        "900101-1239",
        "121212-1212",
        "640823-3234",
        "701063-2391",
        "850314-1239",
    ] {
        t.push_str(&format!("{pnr}\n"));
    }
    let a = Engine::shared().analyze(&t);
    assert_eq!(a.level, Level::L3, "{:?}", a.reasons);
    assert!(
        a.reasons.iter().any(|r| r.contains("sammanställning")),
        "{:?}",
        a.reasons
    );
    assert!(a
        .reasons
        .iter()
        .any(|r| r == "personnummer (extra skyddsvärd personuppgift) ger nivå 2"));
    let a = Engine::shared().analyze("Ring 070-123 45 67");
    assert_eq!(a.level, Level::L1);
    let a = Engine::shared().analyze("Inget känsligt här.");
    assert_eq!(a.level, Level::L0);
}

#[test]
fn realistic_letter_has_no_false_positives() {
    let t = "Göteborgs Stad, Socialförvaltningen Centrum\nDnr SN 2024/01234, 2024-03-15\n\n\
             Beslut om bistånd enligt 4 kap. 1 § SoL (2001:453)\n\
             Sökande: Anna Andersson, 811218-9876\nAdress: Storgatan 12, 411 38 Göteborg\n\
             Tel: 070-123 45 67, e-post anna.andersson@example.se\n\n\
             Du beviljas ekonomiskt bistånd med 7 850 kronor för april 2024. Beloppet betalas ut \
             den 25 april till konto 5000-1234560. Ring handläggaren på 031-365 00 00 vardagar \
             kl. 09.00–11.30, eller besök oss på Kungsgatan 3, våning 2.\n\
             Fakturanummer 8112189876 gäller hyran. Version 1.2.3 av blanketten används.\n\
             Läs mer på https://goteborg.se/bistand. Org.nr 212000-1355.";
    let f = found(t);
    let cats: Vec<Category> = f.iter().map(|x| x.0).collect();
    assert_eq!(
        f,
        vec![
            (Category::Personnummer, "811218-9876"),
            (Category::Phone, "070-123 45 67"),
            (Category::Email, "anna.andersson@example.se"),
            (Category::BankAccount, "5000-1234560"),
            (Category::Phone, "031-365 00 00"),
            (Category::OrgNumber, "212000-1355"),
        ],
        "{cats:?}"
    );
    // at least 2 (personnummer); the language detectors may add case data (3)
    assert!(Engine::shared().analyze(t).level >= Level::L2);
}

#[test]
fn twelve_digit_personnummer_after_a_phone_word_is_still_personnummer() {
    // "Telefonsamtal" holds "telefon", a phone context word; a ten-digit number without a
    // separator there may be a phone number, twelve digits with the century are not.
    has(
        "2026-02-11 Telefonsamtal med Tommy Lindgren (197607137556). Tommy berättar …",
        Category::Personnummer,
        "197607137556",
    );
    has(
        "Ring 19811218-9876 om du undrar",
        Category::Personnummer,
        "19811218-9876",
    );
}

/// Text inside a JSON string or a log line: an escaped line break (`\n`) before a
/// personnummer separates it from what came before.
#[test]
fn personnummer_after_an_escaped_line_break() {
    let text =
        r#"{"content": "pnr;namn\n19660911-0132;Sanna Lindholm\n19440415-0965;Abdullahi Warsame"}"#;
    let found: Vec<String> = vakt_detect::Engine::shared()
        .identifiers(text)
        .into_iter()
        .filter(|f| f.category == vakt_detect::Category::Personnummer)
        .map(|f| f.text(text).to_string())
        .collect();
    assert_eq!(found, ["19660911-0132", "19440415-0965"]);
    // a letter that is no escape still joins the digits to a word
    let text = "kundnr19660911-0132";
    assert!(vakt_detect::Engine::shared()
        .identifiers(text)
        .iter()
        .all(|f| f.category != vakt_detect::Category::Personnummer));
}

#[test]
fn a_comparison_after_lösenord_är_is_no_password() {
    lacks(
        "Ett långt lösenord är svårare att knäcka än ett krångligt.",
        Category::Credential,
    );
    lacks("Lösenordet är alltid personligt.", Category::Credential);
    has(
        "Lösenordet är Vinter2026!",
        Category::Credential,
        "Vinter2026!",
    );
}

#[test]
fn a_scanners_time_stamp_is_no_personnummer() {
    lacks(
        "Skannrarna döper filerna efter tid: SCAN_20240315-1042.pdf, IMG_20231107_094512.jpg",
        Category::Personnummer,
    );
    has(
        "Bifogar intyg_198112189876.pdf",
        Category::Personnummer,
        "198112189876",
    );
}

#[test]
fn a_bank_named_after_the_account() {
    // Handelsbanken: 9 digits, modulus 11 (506457044 passes)
    has(
        "Nytt konto för utbetalning av arvode till Lars-Erik Wall: 6212 506 457 044 (Handelsbanken).",
        Category::BankAccount,
        "6212 506 457 044",
    );
    has(
        "Lars-Erik Wall: 6212 506 457 044, Handelsbanken",
        Category::BankAccount,
        "6212 506 457 044",
    );
    // the bank's name after a number that fails its check is no evidence
    lacks(
        "Lars-Erik Wall: 6212 506 457 045 (Handelsbanken).",
        Category::BankAccount,
    );
}

#[test]
fn a_reporting_number_for_someone_without_a_personnummer() {
    // IVO's form for a person without a Swedish personnummer: birth date, T and three
    // digits, or TF and two; no check digit
    has(
        "Klientens id: 19870412-T123 (saknar svenskt personnummer).",
        Category::Personnummer,
        "19870412-T123",
    );
    has(
        "Ärendet gäller 20090130-TF10.",
        Category::Personnummer,
        "20090130-TF10",
    );
    // not a date, or a code of another shape
    lacks("Artikel 19871332-T123 i lager.", Category::Personnummer);
    lacks("Order 19870412-T1234 skickad.", Category::Personnummer);
}

#[test]
fn a_signed_urls_signature_is_a_credential() {
    let t = "Anropa https://prod-07.westeurope.logic.azure.com/workflows/9a1/triggers/manual/paths/invoke?api-version=2016-06-01&sv=1.0&sig=Zp4vT2xR9LqK0aB4yW8nC3cJ6hF1sD5gE-uTqO0iVw från formuläret.";
    has(
        t,
        Category::Credential,
        "Zp4vT2xR9LqK0aB4yW8nC3cJ6hF1sD5gE-uTqO0iVw",
    );
    // the Swedish word is no key
    lacks(
        "Det visade sig: hon hade rätt om Rutin2026 hela tiden.",
        Category::Credential,
    );
}

#[test]
fn names_in_rows_without_bullets_and_common_word_pairs() {
    // (`found` leaves names out: they are read here)
    let names = |text: &str| -> Vec<String> {
        Engine::shared()
            .analyze(text)
            .findings
            .iter()
            .filter(|f| f.category == Category::PersonName)
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    };
    let has = |text: &str, _: Category, span: &str| {
        assert!(
            names(text).iter().any(|n| n == span),
            "{span:?} in {text:?}"
        );
    };
    let lacks = |text: &str, _: Category| assert_eq!(names(text), Vec::<String>::new(), "{text:?}");
    // a list or a table of people whose rows open with a first name
    let list = "Barnen med specialkost:\nLiam – jordnötsallergi\nNoor – äter halal\nEbbe – celiaki";
    for n in ["Liam", "Noor", "Ebbe"] {
        has(list, Category::PersonName, n);
    }
    let table = "Elev | Klass | Frånvaro\nIsmail | 8B | 34 %\nNikola | 8B | 12 %";
    has(table, Category::PersonName, "Ismail");
    has(table, Category::PersonName, "Nikola");
    // one such line is no list; a schedule's "Dag 07.00" is no person
    lacks("Theo – se ovan.", Category::PersonName);
    lacks(
        "Dag 07.00–15.30: fyra personal\nKväll 15.00–21.30: tre personal",
        Category::PersonName,
    );
    // a first name that is also a word, before a surname that is one too
    has(
        "Skriv ett tackkort till Dag Holm som går i pension.",
        Category::PersonName,
        "Dag Holm",
    );
    // names the source data lacks; "Rut" alone is the tax deduction
    has(
        "Juni Skoglund | SKYDDADE PERSONUPPGIFTER",
        Category::PersonName,
        "Juni Skoglund",
    );
    has(
        "Tel. Rut Lindgren ringde om avgiften.",
        Category::PersonName,
        "Rut Lindgren",
    );
    lacks("Hur påverkar Rut-avdraget avgiften?", Category::PersonName);
    // a surname after an initial, also after a label
    has("Klient: K. Nordin", Category::PersonName, "K. Nordin");
    has(
        "Mötet med A. Svensson flyttas.",
        Category::PersonName,
        "A. Svensson",
    );
    lacks("Ta vitamin D. Berg är bra.", Category::PersonName);
    // a family by a surname the lists lack
    has(
        "familjen Osmanović i 4:an har klagat.",
        Category::PersonName,
        "Osmanović",
    );
    has(
        "Frågor till mig.\nBo Lind, enhetschef",
        Category::PersonName,
        "Bo Lind",
    );
}

#[test]
fn an_order_number_after_a_company_named_konto_is_no_account() {
    // a receipt's number in a personnummer's shape
    lacks(
        "NORRHAMRA SIMHALL Kassa 2\nKvittonr: 5002101979\nVuxen 2 st 140,00",
        Category::Personnummer,
    );
    // a client version is no IP address
    lacks(
        "Klientversion 10.4.22.1 kräver .NET 8.0.11.",
        Category::IpAddress,
    );
    // ("Kontors…" holds "konto"; the order number's own word stands nearer)
    lacks(
        "Fråga om faktura från Kontorsvaruhuset (kundnr 88213, ordernr 4500087712).",
        Category::BankAccount,
    );
    has(
        "Lönen betalas till konto 8327-9, 944 128 477-3 hos Swedbank.",
        Category::BankAccount,
        "8327-9, 944 128 477-3",
    );
}

#[test]
fn a_passport_named_in_ukrainian_or_finnish() {
    has(
        "Прізвище та ім'я: Андрій Бондар\nНомер паспорта: FE482913\nТелефон: 076-901 23 48",
        Category::PassportNumber,
        "FE482913",
    );
    has(
        "Passin numero: PA1234567, voimassa 2030 asti.",
        Category::PassportNumber,
        "PA1234567",
    );
}

#[test]
fn passwords_with_an_at_sign_and_default_pairs_without_spaces() {
    has(
        "Mejla Bosse: nytt SSID för personalen är NORRVIK-PERS, lösen Bl@barsskog!7, inte till eleverna",
        Category::Credential,
        "Bl@barsskog!7",
    );
    has(
        "Routern på fritidsgården har fortfarande admin/admin, har inte Micke bytt??",
        Category::Credential,
        "admin",
    );
    // (an e-mail address after the word is no password)
    lacks(
        "Glömt lösen? Mejla support.it@kommun.se så hjälper vi dig.",
        Category::Credential,
    );
}

/// A word of letters and digits right after "lösen" is the password, whatever its case or
/// script (the seventh probe set: "tillfälligt lösen Välkommen123", "och lösen pump2019").
#[test]
fn a_plain_password_after_losen() {
    let creds = |t: &str| -> Vec<String> {
        Engine::shared()
            .analyze(t)
            .findings
            .iter()
            .filter(|f| f.category == Category::Credential)
            .map(|f| t[f.start..f.end].to_string())
            .collect()
    };
    assert_eq!(
        creds("Sofia har kontot SOBE02 och tillfälligt lösen Välkommen123, skriv välkomstmejlet"),
        ["Välkommen123"]
    );
    assert_eq!(
        creds("Styrsystemet nås via TeamViewer och lösen pump2019"),
        ["pump2019"]
    );
    for t in [
        "Byt lösen senast 2026 enligt policyn.",
        "Glömt lösen? Ring servicedesk 2020.",
    ] {
        assert!(creds(t).is_empty(), "{t}");
    }
}
