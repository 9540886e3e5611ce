//! The language of the pages: Swedish by default, English with `?lang=en` or the
//! `vakt_lang` cookie (set when `?lang=` is used).

/// A page language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Swedish (default).
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// The `lang` attribute value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses `sv` / `en`.
    pub fn from_code(s: &str) -> Option<Lang> {
        match s {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the text in this language.
    pub fn t<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }

    /// The level's name in this language.
    pub fn level_name(self, l: vakt_detect::Level) -> &'static str {
        match self {
            Lang::Sv => l.name_sv(),
            Lang::En => l.name_en(),
        }
    }
}
