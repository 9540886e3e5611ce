//! The generated texts of the engine benchmark, shared with `examples/throughput.rs`.

/// A small, seeded generator (xorshift64*), so the corpus is the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const PROSE: &[&str] = &[
    "Kommunstyrelsen beslutade den 2024-03-15 att godkänna förslaget till ny översiktsplan för området.",
    "Ärendet har beretts av stadsbyggnadsförvaltningen i samråd med miljöförvaltningen och trafikkontoret.",
    "Budgeten för verksamhetsåret uppgår till 12 500 000 kronor, varav 3,2 miljoner avser investeringar.",
    "Mötet hölls i Stadshuset kl. 13.30 och protokollet justerades av ordföranden och två ledamöter.",
    "Förvaltningen föreslår att nämnden ger i uppdrag att utreda möjligheterna till utökad hemtjänst.",
    "Enligt 6 kap. 34 § kommunallagen (2017:725) får ärendet avgöras av nämnden utan remiss.",
    "Skolan har 450 elever fördelade på årskurs 1–9 och en fritidsverksamhet med 120 platser.",
    "Återvinningscentralen är öppen vardagar 07.00–19.00 och lördagar 09.00–15.00 under sommaren.",
    "Vi har tagit emot din ansökan och återkommer med ett beslut inom fyra veckor från att den kom in.",
    "Bygglovet gäller i fem år och arbetet ska påbörjas inom två år från dagen för beslutet.",
    "Det finns 23 förskolor i stadsdelen och kön är i genomsnitt tre månader lång under våren.",
    "Enkäten besvarades av 1 234 invånare, vilket motsvarar en svarsfrekvens på 41 procent.",
    "Projektet finansieras delvis av Europeiska regionala utvecklingsfonden under perioden 2021–2027.",
    "Vägarbetet på Kungsgatan pågår till och med vecka 42 och omledning sker via Drottninggatan.",
    "Nämnden noterar informationen och lägger rapporten till handlingarna utan vidare åtgärd.",
    "Sammanträdet ajournerades kl. 15.10–15.25 för överläggningar mellan partierna.",
    "Avgiften för parkeringstillstånd höjs från 600 till 750 kronor per månad från och med 1 juli.",
    "Under året genomfördes 87 tillsynsbesök på restauranger och 12 förelägganden meddelades.",
    "Medborgarförslaget om fler papperskorgar i parken besvaras med att frågan redan utreds.",
    "Länsstyrelsen har i beslut den 12 maj 2023 upphävt kommunens beslut om strandskyddsdispens.",
    "Resultatet visar ett överskott på 4,7 miljoner kronor jämfört med budget, främst på grund av vakanser.",
    "Dnr KS 2023/0145. Handläggare på förvaltningen nås via kontaktcenter på vardagar.",
    "Läs mer på https://www.goteborg.se/wps/portal/start eller ring kontaktcenter.",
    "Version 2.3 av riktlinjen ersätter tidigare version från 2019 och gäller för samtliga förvaltningar.",
    "Ansökan ska ha kommit in senast den 31 oktober för att behandlas under innevarande år.",
];

const NAMES: &[&str] = &[
    "Anna Andersson",
    "Erik Johansson",
    "Maria Karlsson",
    "Lars Nilsson",
    "Karin Eriksson",
];

fn identifier(r: &mut Rng) -> String {
    let name = r.pick(NAMES);
    match r.below(10) {
        0 => format!("{name}, personnummer 850709-9805, har ansökt om bistånd."),
        1 => format!("Kontakta {name} på telefon 070-123 45 67 eller 031-12 34 56."),
        2 => format!(
            "Skicka underlaget till {}@goteborg.se senast fredag.",
            name.to_lowercase().replace(' ', ".").replace('å', "a")
        ),
        3 => "Leverantören Exempel AB, org.nr 556074-3089, har vunnit upphandlingen.".to_string(),
        4 => "Betalning till bankgiro 5050-1055 med OCR 1234567890123.".to_string(),
        5 => "Utbetalning sker till IBAN SE45 5000 0000 0583 9825 7466.".to_string(),
        6 => format!("Fakturanummer 8507099805 gäller {name}s beställning."),
        7 => "Servern 192.168.10.25 loggade fel från 2001:db8::8a2e:370:7334 under natten."
            .to_string(),
        8 => format!("{name} (född 19850709-9805) bor på Storgatan 12 i Göteborg."),
        _ => "Bilen med regnr ABC 123 stod felparkerad utanför skolan.".to_string(),
    }
}

/// About `size` bytes of prose; one sentence in `1/every` carries an identifier.
pub fn corpus(size: usize, every: usize) -> String {
    let mut r = Rng(0x5eed_1234_abcd_0001);
    let mut s = String::with_capacity(size + 512);
    let mut k = 0;
    while s.len() < size {
        if r.below(every) == 0 {
            s.push_str(&identifier(&mut r));
        } else {
            s.push_str(r.pick(PROSE));
        }
        k += 1;
        s.push(if k % 6 == 0 { '\n' } else { ' ' });
    }
    s
}

/// A register extract: one person a line, every line full of identifiers (worst case).
pub fn register(size: usize) -> String {
    let mut r = Rng(42);
    let mut s = String::from("Namn;Personnummer;Telefon;E-post;Adress\n");
    while s.len() < size {
        let name = r.pick(NAMES);
        let pnr = r.pick(&[
            "811218-9876",
            "900101-1239",
            "121212-1212",
            "640823-3234",
            "701063-2391",
        ]);
        let n = r.below(10_000);
        s.push_str(&format!(
            "{name};{pnr};070-{:03} {:02} {:02};person{n}@example.se;Storgatan {}\n",
            n % 1000,
            n % 100,
            (n / 100) % 100,
            n % 90 + 1
        ));
    }
    s
}

/// Every dev-corpus document (`corpus/dev/*.txt`), in name order: texts of the size a
/// request to an AI or a typical document has, each analysed on its own.
pub fn dev_documents() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/dev");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// The paragraphs (non-empty lines) of the dev corpus, in file-name order.
fn dev_paragraphs() -> Vec<String> {
    dev_documents()
        .iter()
        .flat_map(|t| {
            t.lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// About `size` bytes: shuffled dev-corpus paragraphs (two in three units) interleaved with
/// the generated prose, paragraphs separated by a line break or a blank line.
pub fn case_texts(size: usize) -> String {
    let paras = dev_paragraphs();
    if paras.is_empty() {
        return corpus(size, 20);
    }
    let mut r = Rng(0x0dd_ba11_c0ff_ee01);
    let mut s = String::with_capacity(size + 4096);
    while s.len() < size {
        match r.below(3) {
            0 => {
                for _ in 0..1 + r.below(3) {
                    if r.below(20) == 0 {
                        s.push_str(&identifier(&mut r));
                    } else {
                        s.push_str(r.pick(PROSE));
                    }
                    s.push(' ');
                }
            }
            _ => s.push_str(&paras[r.below(paras.len())]),
        }
        s.push_str(if r.below(3) == 0 { "\n\n" } else { "\n" });
    }
    s
}
