//! The OpenAI chat request as vakt reads it: tolerant of fields it does not know (they pass
//! through untouched), strict about the ones it must understand (`model`, `messages`,
//! `content`, `stream`), with a clear 400 naming the field when one has the wrong type.
//!
//! The request is kept as a `serde_json` map so unknown fields survive the round trip; vakt
//! only reads and rewrites the texts, the model and the tool fields.

use crate::error::{ApiError, Lang};
use serde_json::{Map, Value};

/// Where one text of the request lives, so a masked text can be put back in its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRef {
    /// `messages[i].content` as a string.
    Content(usize),
    /// `messages[i].content[j].text`.
    Part(usize, usize),
    /// `messages[i].tool_calls[j].function.arguments`.
    ToolArgs(usize, usize),
}

/// Non-text parts found in the messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attachments {
    /// `image_url` / `input_image` parts.
    pub images: usize,
    /// `file` / `input_file` parts and other unknown kinds.
    pub files: usize,
    /// `input_audio` parts.
    pub audio: usize,
}

impl Attachments {
    /// Any at all.
    pub fn any(&self) -> bool {
        self.images + self.files + self.audio > 0
    }
}

/// Request fields that give the AI tools, functions or connectors (R002-2).
pub const TOOL_FIELDS: &[&str] = &[
    "tools",
    "tool_choice",
    "functions",
    "function_call",
    "parallel_tool_calls",
    "web_search_options",
    "plugins",
    "connectors",
];

/// A validated chat completion request.
#[derive(Debug, Clone)]
pub struct ChatRequest {
    body: Map<String, Value>,
    /// The system id the client asked for (`model`).
    pub model: String,
    /// Whether the client asked for a stream.
    pub stream: bool,
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn wrong(lang: Lang, param: &str, want: &str, got: &Value) -> ApiError {
    let got = type_name(got);
    ApiError::bad_field(
        lang,
        param,
        &format!("Fältet `{param}` har fel typ: väntade {want}, fick {got}."),
        &format!("Field `{param}` has the wrong type: expected {want}, got {got}."),
    )
}

fn missing(lang: Lang, param: &str) -> ApiError {
    ApiError::bad_field(
        lang,
        param,
        &format!("Fältet `{param}` saknas."),
        &format!("Field `{param}` is missing."),
    )
}

/// Parses a JSON body into an object, with a 400 for anything else.
pub fn parse_object(bytes: &[u8], lang: Lang) -> Result<Map<String, Value>, ApiError> {
    if bytes.is_empty() {
        return Err(ApiError::bad_request(
            lang,
            "empty_body",
            "Förfrågan saknar innehåll; skicka ett JSON-objekt.",
            "The request body is empty; send a JSON object.",
        ));
    }
    let v: Value = serde_json::from_slice(bytes).map_err(|e| {
        ApiError::bad_request(
            lang,
            "invalid_json",
            &format!("Förfrågan är inte giltig JSON: {e}."),
            &format!("The request body is not valid JSON: {e}."),
        )
    })?;
    match v {
        Value::Object(m) => Ok(m),
        other => Err(ApiError::bad_request(
            lang,
            "invalid_body",
            &format!(
                "Förfrågan ska vara ett JSON-objekt, inte {}.",
                type_name(&other)
            ),
            &format!(
                "The request body must be a JSON object, not {}.",
                type_name(&other)
            ),
        )),
    }
}

/// The `model` field, required and a string.
pub fn model_of(body: &Map<String, Value>, lang: Lang) -> Result<String, ApiError> {
    match body.get("model") {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        Some(Value::String(_)) | None => Err(missing(lang, "model")),
        Some(v) => Err(wrong(lang, "model", "en sträng / a string", v)),
    }
}

impl ChatRequest {
    /// Parses and validates a body.
    pub fn parse(bytes: &[u8], lang: Lang) -> Result<ChatRequest, ApiError> {
        ChatRequest::from_map(parse_object(bytes, lang)?, lang)
    }

    /// Validates an already parsed object.
    pub fn from_map(body: Map<String, Value>, lang: Lang) -> Result<ChatRequest, ApiError> {
        let model = model_of(&body, lang)?;
        let stream = match body.get("stream") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(v) => return Err(wrong(lang, "stream", "true/false", v)),
        };
        let msgs = match body.get("messages") {
            Some(Value::Array(a)) if !a.is_empty() => a,
            Some(Value::Array(_)) | None => return Err(missing(lang, "messages")),
            Some(v) => return Err(wrong(lang, "messages", "en lista / an array", v)),
        };
        for (i, m) in msgs.iter().enumerate() {
            let Value::Object(m) = m else {
                return Err(wrong(
                    lang,
                    &format!("messages[{i}]"),
                    "ett objekt / an object",
                    m,
                ));
            };
            match m.get("role") {
                Some(Value::String(_)) => {}
                None => return Err(missing(lang, &format!("messages[{i}].role"))),
                Some(v) => {
                    return Err(wrong(
                        lang,
                        &format!("messages[{i}].role"),
                        "en sträng / a string",
                        v,
                    ))
                }
            }
            match m.get("content") {
                None | Some(Value::Null) | Some(Value::String(_)) => {}
                Some(Value::Array(parts)) => {
                    for (j, p) in parts.iter().enumerate() {
                        let param = format!("messages[{i}].content[{j}]");
                        let Value::Object(p) = p else {
                            return Err(wrong(lang, &param, "ett objekt / an object", p));
                        };
                        match p.get("type") {
                            Some(Value::String(t)) if t == "text" || t == "input_text" => {
                                match p.get("text") {
                                    Some(Value::String(_)) => {}
                                    None => return Err(missing(lang, &format!("{param}.text"))),
                                    Some(v) => {
                                        return Err(wrong(
                                            lang,
                                            &format!("{param}.text"),
                                            "en sträng / a string",
                                            v,
                                        ))
                                    }
                                }
                            }
                            Some(Value::String(_)) => {}
                            None => return Err(missing(lang, &format!("{param}.type"))),
                            Some(v) => {
                                return Err(wrong(
                                    lang,
                                    &format!("{param}.type"),
                                    "en sträng / a string",
                                    v,
                                ))
                            }
                        }
                    }
                }
                Some(v) => {
                    return Err(wrong(
                        lang,
                        &format!("messages[{i}].content"),
                        "en sträng eller en lista / a string or an array",
                        v,
                    ))
                }
            }
            if let Some(tc) = m.get("tool_calls") {
                let Value::Array(calls) = tc else {
                    return Err(wrong(
                        lang,
                        &format!("messages[{i}].tool_calls"),
                        "en lista / an array",
                        tc,
                    ));
                };
                for (j, c) in calls.iter().enumerate() {
                    if let Some(a) = c.get("function").and_then(|f| f.get("arguments")) {
                        if !a.is_string() {
                            return Err(wrong(
                                lang,
                                &format!("messages[{i}].tool_calls[{j}].function.arguments"),
                                "en sträng / a string",
                                a,
                            ));
                        }
                    }
                }
            }
        }
        Ok(ChatRequest {
            body,
            model,
            stream,
        })
    }

    fn messages(&self) -> &[Value] {
        self.body
            .get("messages")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Every text of the conversation (all turns, all text parts, tool-call arguments), with
    /// its place.
    pub fn texts(&self) -> Vec<(TextRef, &str)> {
        let mut out = Vec::new();
        for (i, m) in self.messages().iter().enumerate() {
            match m.get("content") {
                Some(Value::String(s)) => out.push((TextRef::Content(i), s.as_str())),
                Some(Value::Array(parts)) => {
                    for (j, p) in parts.iter().enumerate() {
                        if let Some(Value::String(t)) = p.get("text") {
                            if matches!(
                                p.get("type").and_then(Value::as_str),
                                Some("text" | "input_text")
                            ) {
                                out.push((TextRef::Part(i, j), t.as_str()));
                            }
                        }
                    }
                }
                _ => {}
            }
            if let Some(Value::Array(calls)) = m.get("tool_calls") {
                for (j, c) in calls.iter().enumerate() {
                    if let Some(Value::String(a)) =
                        c.get("function").and_then(|f| f.get("arguments"))
                    {
                        out.push((TextRef::ToolArgs(i, j), a.as_str()));
                    }
                }
            }
        }
        out
    }

    /// The conversation as one text for the record: `role: text` per turn.
    pub fn transcript(&self) -> String {
        self.transcript_of(&self.texts())
    }

    /// The transcript from texts already found by [`ChatRequest::texts`].
    pub fn transcript_of(&self, texts: &[(TextRef, &str)]) -> String {
        let msgs = self.messages();
        let mut s = String::with_capacity(texts.iter().map(|(_, t)| t.len() + 16).sum());
        for &(r, t) in texts {
            let i = match r {
                TextRef::Content(i) | TextRef::Part(i, _) | TextRef::ToolArgs(i, _) => i,
            };
            let role = msgs[i].get("role").and_then(Value::as_str).unwrap_or("?");
            if !s.is_empty() {
                s.push_str("\n\n");
            }
            s.push_str(role);
            s.push_str(": ");
            s.push_str(t);
        }
        s
    }

    /// Counts the non-text parts.
    pub fn attachments(&self) -> Attachments {
        let mut a = Attachments::default();
        for m in self.messages() {
            if let Some(Value::Array(parts)) = m.get("content") {
                for p in parts {
                    match p.get("type").and_then(Value::as_str) {
                        Some("text" | "input_text") => {}
                        Some("image_url" | "input_image" | "image") => a.images += 1,
                        Some("input_audio" | "audio") => a.audio += 1,
                        _ => a.files += 1,
                    }
                }
            }
        }
        a
    }

    /// Whether the request gives the AI tools, functions or connectors.
    pub fn has_tools(&self) -> bool {
        TOOL_FIELDS
            .iter()
            .any(|k| self.body.get(*k).is_some_and(|v| !v.is_null()))
    }

    /// Removes every tool field; returns whether any was there.
    pub fn strip_tools(&mut self) -> bool {
        let mut any = false;
        for k in TOOL_FIELDS {
            any |= self.body.remove(*k).is_some_and(|v| !v.is_null());
        }
        any
    }

    /// Puts `text` in the place `r`.
    pub fn set_text(&mut self, r: TextRef, text: String) {
        let Some(Value::Array(msgs)) = self.body.get_mut("messages") else {
            return;
        };
        let slot = match r {
            TextRef::Content(i) => msgs.get_mut(i).and_then(|m| m.get_mut("content")),
            TextRef::Part(i, j) => msgs
                .get_mut(i)
                .and_then(|m| m.get_mut("content"))
                .and_then(|c| c.get_mut(j))
                .and_then(|p| p.get_mut("text")),
            TextRef::ToolArgs(i, j) => msgs
                .get_mut(i)
                .and_then(|m| m.get_mut("tool_calls"))
                .and_then(|c| c.get_mut(j))
                .and_then(|c| c.get_mut("function"))
                .and_then(|f| f.get_mut("arguments")),
        };
        if let Some(slot) = slot {
            *slot = Value::String(text);
        }
    }

    /// Sets the upstream's model name.
    pub fn set_model(&mut self, model: &str) {
        self.body
            .insert("model".into(), Value::String(model.to_string()));
    }

    /// Asks a streaming upstream to include usage in its last chunk, when the client did.
    pub fn body(&self) -> &Map<String, Value> {
        &self.body
    }

    /// The JSON to send upstream.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(&self.body).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<ChatRequest, ApiError> {
        ChatRequest::parse(s.as_bytes(), Lang::Sv)
    }

    #[test]
    fn reads_texts_of_every_turn_and_part() {
        let r = parse(
            r#"{"model":"m","messages":[{"role":"system","content":"Du är hjälpsam."},
            {"role":"user","content":[{"type":"text","text":"Hej"},{"type":"image_url","image_url":{"url":"x"}}]},
            {"role":"assistant","content":null,"tool_calls":[{"id":"1","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}}]}],
            "tools":[{"type":"function"}],"temperature":0.2}"#,
        )
        .unwrap();
        let texts: Vec<&str> = r.texts().into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Du är hjälpsam.", "Hej", "{\"a\":1}"]);
        assert_eq!(r.attachments().images, 1);
        assert!(r.has_tools());
        let mut r = r;
        r.set_text(TextRef::Part(1, 0), "[PERSON_1]".into());
        assert!(r.strip_tools());
        assert!(!r.has_tools());
        let v: Value = serde_json::from_slice(&r.to_bytes()).unwrap();
        assert_eq!(v["messages"][1]["content"][0]["text"], "[PERSON_1]");
        assert_eq!(v["temperature"], 0.2);
    }

    #[test]
    fn wrong_types_are_400_naming_the_field() {
        for (body, param) in [
            (r#"{"model":1,"messages":[]}"#, "model"),
            (r#"{"model":"m","messages":"hej"}"#, "messages"),
            (
                r#"{"model":"m","messages":[{"role":"user","content":5}]}"#,
                "messages[0].content",
            ),
            (
                r#"{"model":"m","messages":[{"content":"x"}]}"#,
                "messages[0].role",
            ),
            (
                r#"{"model":"m","stream":"yes","messages":[{"role":"user","content":"x"}]}"#,
                "stream",
            ),
            (
                r#"{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":3}]}]}"#,
                "messages[0].content[0].text",
            ),
        ] {
            let e = parse(body).unwrap_err();
            assert_eq!(e.status, 400, "{body}");
            assert_eq!(e.param.as_deref(), Some(param), "{body}");
        }
        assert_eq!(parse("[1]").unwrap_err().code, "invalid_body");
        assert_eq!(parse("{").unwrap_err().code, "invalid_json");
        let deep = "[".repeat(10_000);
        assert_eq!(parse(&deep).unwrap_err().status, 400);
    }
}
