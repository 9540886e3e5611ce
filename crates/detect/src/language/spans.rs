//! Lookups by position among the spans of the people a text names.
//!
//! A long file (an export, a register, a pasted folder of case notes) names thousands of
//! people, and the content rules ask of each term whether a name ends right before it or
//! holds a word near it. Reading every span for each term made the engine quadratic in the
//! file's length; the spans are sorted by start, and no span is longer than the longest, so
//! a binary search finds the few that can answer.

/// Byte spans sorted by start, with the length of the longest.
#[derive(Clone, Copy)]
pub(crate) struct Spans<'a> {
    all: &'a [(usize, usize)],
    longest: usize,
}

impl<'a> Spans<'a> {
    /// `all` must be sorted by start.
    pub(crate) fn new(all: &'a [(usize, usize)]) -> Spans<'a> {
        debug_assert!(all.windows(2).all(|w| w[0].0 <= w[1].0));
        let longest = all
            .iter()
            .map(|&(s, e)| e.saturating_sub(s))
            .max()
            .unwrap_or(0);
        Spans { all, longest }
    }

    /// Every span, sorted by start.
    pub(crate) fn all(&self) -> &'a [(usize, usize)] {
        self.all
    }

    /// The spans that start in `lo..hi`.
    pub(crate) fn starting(&self, lo: usize, hi: usize) -> &'a [(usize, usize)] {
        let a = self.all.partition_point(|p| p.0 < lo);
        let b = a + self.all[a..].partition_point(|p| p.0 < hi);
        &self.all[a..b]
    }

    /// Whether a span ends at `i`.
    pub(crate) fn ends_at(&self, i: usize) -> bool {
        self.starting(i.saturating_sub(self.longest), i + 1)
            .iter()
            .any(|&(_, e)| e == i)
    }

    /// Whether a span holds the byte at `p` (`start <= p < end`).
    pub(crate) fn holds(&self, p: usize) -> bool {
        self.starting(p.saturating_sub(self.longest), p + 1)
            .iter()
            .any(|&(_, e)| p < e)
    }

    /// Whether a span overlaps `a..b`.
    pub(crate) fn overlaps(&self, a: usize, b: usize) -> bool {
        self.starting(a.saturating_sub(self.longest), b)
            .iter()
            .any(|&(_, e)| e > a)
    }
}

#[cfg(test)]
mod tests {
    use super::Spans;

    /// Every lookup gives the answer of reading all spans, on spans that nest and overlap.
    #[test]
    fn lookups_agree_with_reading_every_span() {
        let all = [
            (0, 3),
            (2, 40),
            (5, 9),
            (5, 12),
            (20, 21),
            (30, 30),
            (33, 60),
        ];
        let spans = Spans::new(&all);
        for i in 0..70 {
            assert_eq!(
                spans.ends_at(i),
                all.iter().any(|&(_, e)| e == i),
                "ends_at {i}"
            );
            assert_eq!(
                spans.holds(i),
                all.iter().any(|&(s, e)| s <= i && i < e),
                "holds {i}"
            );
            for j in i..75 {
                assert_eq!(
                    spans.overlaps(i, j),
                    all.iter().any(|&(s, e)| !(e <= i || s >= j)),
                    "overlaps {i}..{j}"
                );
                let starting: Vec<_> = all
                    .iter()
                    .copied()
                    .filter(|&(s, _)| i <= s && s < j)
                    .collect();
                assert_eq!(spans.starting(i, j), &starting[..], "starting {i}..{j}");
            }
        }
        assert!(!Spans::new(&[]).ends_at(0));
    }
}
