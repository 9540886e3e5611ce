//! Findings of a text as the tests read them.

use vakt_detect::{Category, Engine};

/// The texts of the findings of category `c` in `text`, in order.
pub fn texts_of(text: &str, c: Category) -> Vec<&str> {
    Engine::shared()
        .analyze(text)
        .findings
        .iter()
        .filter(|f| f.category == c)
        .map(|f| &text[f.start..f.end])
        .collect()
}
