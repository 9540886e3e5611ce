//! A small event walk over XML (OOXML and ODF parts), with entities already resolved.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// One XML event, by local name (namespace prefixes dropped: `w:t` → `t`).
pub(crate) enum Ev<'a> {
    /// `<name …>`
    Start(&'a str),
    /// `<name …/>`
    Empty(&'a str, &'a BytesStart<'a>),
    /// `</name>`
    End(&'a str),
    /// Character data (text, CDATA or a resolved entity).
    Text(&'a str),
}

/// Walks `xml`, calling `f` for each event. Errors are returned as text for the caller to
/// wrap in [`crate::ExtractError::Corrupt`].
pub(crate) fn walk(xml: &[u8], mut f: impl FnMut(Ev<'_>)) -> Result<(), String> {
    let mut reader = Reader::from_reader(xml);
    let cfg = reader.config_mut();
    cfg.trim_text(false);
    cfg.check_end_names = false;
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| format!("XML-fel vid byte {}: {e}", reader.buffer_position()))?;
        match ev {
            Event::Start(e) => {
                let name = e.local_name();
                f(Ev::Start(name.as_ref()));
            }
            Event::Empty(e) => {
                let name = e.local_name();
                f(Ev::Empty(name.as_ref(), &e));
            }
            Event::End(e) => {
                let name = e.local_name();
                f(Ev::End(name.as_ref()));
            }
            Event::Text(t) => f(Ev::Text(&t.xml10_content())),
            Event::CData(t) => f(Ev::Text(&t.xml10_content())),
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    let mut b = [0u8; 4];
                    f(Ev::Text(c.encode_utf8(&mut b)));
                } else if let Some(s) = resolve_predefined_entity(&r) {
                    f(Ev::Text(s));
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// The value of attribute `local` (any prefix) of `e`, as text.
pub(crate) fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find_map(|a| (a.key.local_name().as_ref() == local).then(|| a.value.to_string()))
}
