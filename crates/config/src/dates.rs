//! Dates in vakt.toml may be written as TOML dates (`valid_from = 2026-01-01`) or as strings
//! (`valid_from = "2026-01-01"`); both mean the same calendar day.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

#[derive(Deserialize)]
#[serde(untagged)]
enum Raw {
    Toml(toml::value::Datetime),
    Text(String),
}

fn convert<E: serde::de::Error>(raw: Raw) -> Result<NaiveDate, E> {
    let text = match raw {
        Raw::Toml(dt) => match (dt.date, dt.time) {
            (Some(d), None) => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
            _ => {
                return Err(E::custom(format!(
                    "`{dt}` är inget datum (skriv ÅÅÅÅ-MM-DD)"
                )))
            }
        },
        Raw::Text(s) => s,
    };
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        E::custom(format!(
            "`{text}` är inget giltigt datum (skriv ÅÅÅÅ-MM-DD)"
        ))
    })
}

/// A required date.
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    convert(Raw::deserialize(d)?)
}

/// An optional date.
pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<Raw>::deserialize(d)? {
        Some(r) => convert(r).map(Some),
        None => Ok(None),
    }
}
