//! Server-sent events from the upstream, split into whole events as bytes arrive, so each
//! event can be passed on as soon as it is complete (never the whole stream buffered).

use bytes::{Bytes, BytesMut};

/// Collects bytes and hands out whole events (each ending with its blank line).
#[derive(Default)]
pub struct SseSplitter {
    buf: BytesMut,
}

fn find_end(b: &[u8]) -> Option<(usize, usize)> {
    // An event ends at the first blank line: "\n\n", "\r\n\r\n" or "\r\r".
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' if b.get(i + 1) == Some(&b'\n') => return Some((i, 2)),
            b'\r'
                if b.get(i + 1) == Some(&b'\n')
                    && b.get(i + 2) == Some(&b'\r')
                    && b.get(i + 3) == Some(&b'\n') =>
            {
                return Some((i, 4))
            }
            b'\r' if b.get(i + 1) == Some(&b'\r') => return Some((i, 2)),
            _ => {}
        }
        i += 1;
    }
    None
}

impl SseSplitter {
    /// Adds bytes from the upstream.
    pub fn push(&mut self, chunk: &[u8]) {
        self.buf.extend_from_slice(chunk);
    }

    /// The next whole event, without its terminating blank line.
    pub fn next_event(&mut self) -> Option<Bytes> {
        let (at, len) = find_end(&self.buf)?;
        let ev = self.buf.split_to(at + len);
        Some(ev.freeze().slice(..at))
    }

    /// Bytes received that do not yet form a whole event.
    pub fn pending(&self) -> usize {
        self.buf.len()
    }

    /// Takes what is left (an event the upstream did not finish with a blank line).
    pub fn take_rest(&mut self) -> Bytes {
        self.buf.split().freeze()
    }
}

/// The `data:` payload of an event (several data lines joined by `\n`); `None` when the
/// event has no data (a comment or keep-alive).
pub fn event_data(ev: &[u8]) -> Option<Vec<u8>> {
    let mut out: Option<Vec<u8>> = None;
    for line in ev.split(|&c| c == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if let Some(rest) = line.strip_prefix(b"data:") {
            let rest = rest.strip_prefix(b" ").unwrap_or(rest);
            match &mut out {
                None => out = Some(rest.to_vec()),
                Some(o) => {
                    o.push(b'\n');
                    o.extend_from_slice(rest);
                }
            }
        }
    }
    out
}

/// Formats one data event.
pub fn data_event(json: &[u8]) -> Bytes {
    let mut b = BytesMut::with_capacity(json.len() + 8);
    b.extend_from_slice(b"data: ");
    b.extend_from_slice(json);
    b.extend_from_slice(b"\n\n");
    b.freeze()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_events_across_chunk_boundaries() {
        let stream = b"data: {\"a\":1}\n\n: keep-alive\n\ndata: {\"b\":2}\r\n\r\ndata: [DONE]\n\n";
        for cut in 0..stream.len() {
            let mut s = SseSplitter::default();
            let mut evs = Vec::new();
            for part in [&stream[..cut], &stream[cut..]] {
                s.push(part);
                while let Some(e) = s.next_event() {
                    evs.push(e);
                }
            }
            let data: Vec<Option<Vec<u8>>> = evs.iter().map(|e| event_data(e)).collect();
            assert_eq!(
                data,
                vec![
                    Some(b"{\"a\":1}".to_vec()),
                    None,
                    Some(b"{\"b\":2}".to_vec()),
                    Some(b"[DONE]".to_vec())
                ],
                "cut at {cut}"
            );
            assert_eq!(s.pending(), 0);
        }
    }
}
