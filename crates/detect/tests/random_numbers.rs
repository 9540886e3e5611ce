//! Zero false personnummer on 10,000 random ten-digit numbers that fail the date or the
//! checksum (seeded, so every run checks the same numbers).

use rand::{rngs::StdRng, Rng, SeedableRng};
use vakt_detect::{Category, Engine};

/// An independent reference check (date + day+60 + birth number + Luhn), written apart
/// from the engine's so a shared mistake cannot hide.
fn reference_valid(d: &[u8; 10]) -> bool {
    let yy = (d[0] * 10 + d[1]) as u32;
    let mm = d[2] * 10 + d[3];
    let mut dd = d[4] * 10 + d[5];
    if dd > 60 {
        dd -= 60;
    }
    let year = if yy <= 26 { 2000 + yy } else { 1900 + yy };
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&mm) || dd == 0 || dd > days[mm as usize - 1] {
        return false;
    }
    if d[6] == 0 && d[7] == 0 && d[8] == 0 {
        return false;
    }
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(k, &v)| {
            let x = v as u32 * if k % 2 == 0 { 2 } else { 1 };
            x / 10 + x % 10
        })
        .sum();
    sum.is_multiple_of(10)
}

#[test]
fn ten_thousand_invalid_numbers_are_never_personnummer() {
    let engine = Engine::new();
    let mut rng = StdRng::seed_from_u64(20261123);
    let (mut tested, mut date_ok) = (0, 0);
    while tested < 10_000 {
        let mut d = [0u8; 10];
        // half the numbers get a plausible date so the checksum is what fails
        let plausible = tested % 2 == 0;
        for (k, x) in d.iter_mut().enumerate() {
            *x = rng.gen_range(0..10);
            if plausible && k == 2 {
                *x = rng.gen_range(0..2);
            }
            if plausible && k == 4 {
                *x = rng.gen_range(0..3);
            }
        }
        if reference_valid(&d) {
            continue;
        }
        if plausible {
            date_ok += 1;
        }
        let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
        let dashed = format!("{}-{}", &s[..6], &s[6..]);
        let text = format!("Personnummer: {s}. Pnr {dashed}, född 19{dashed}.");
        let a = engine.analyze(&text);
        let bad: Vec<_> = a
            .findings
            .iter()
            .filter(|f| {
                matches!(
                    f.category,
                    Category::Personnummer | Category::Samordningsnummer
                )
            })
            .map(|f| f.text(&text))
            .collect();
        assert!(bad.is_empty(), "false personnummer in {text:?}: {bad:?}");
        tested += 1;
    }
    assert!(date_ok > 1000, "enough numbers fail only on the checksum");
}

#[test]
fn valid_numbers_are_found() {
    let engine = Engine::new();
    let mut rng = StdRng::seed_from_u64(7);
    let mut found = 0;
    let mut tried = 0;
    while found < 500 {
        let mut d = [0u8; 10];
        for x in d.iter_mut() {
            *x = rng.gen_range(0..10);
        }
        tried += 1;
        if !reference_valid(&d) || (d[0] == 0 && d[1] == 0) {
            continue;
        }
        let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
        let dashed = format!("{}-{}", &s[..6], &s[6..]);
        let text = format!("Personnummer {dashed}");
        let a = engine.analyze(&text);
        assert!(
            a.findings.iter().any(|f| matches!(
                f.category,
                Category::Personnummer | Category::Samordningsnummer
            ) && f.text(&text) == dashed),
            "{text:?}: {:?}",
            a.findings
        );
        found += 1;
    }
    assert!(tried > found);
}
