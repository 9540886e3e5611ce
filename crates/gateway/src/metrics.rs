//! Prometheus counters for `/metrics`, kept with atomics on the hot path; only the per-rule
//! and per-status counters take a short lock.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the upstream latency histogram, seconds.
const BUCKETS: [f64; 14] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The gateway's counters.
#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(&'static str, u16), u64>>,
    decisions: [AtomicU64; 3],
    rules: Mutex<BTreeMap<String, u64>>,
    levels: [AtomicU64; 5],
    incidents: AtomicU64,
    upstream_errors: AtomicU64,
    latency_buckets: [AtomicU64; BUCKETS.len()],
    latency_count: AtomicU64,
    latency_sum_us: AtomicU64,
    in_flight: AtomicU64,
}

/// A decision as counted.
#[derive(Debug, Clone, Copy)]
pub enum DecisionKind {
    /// Forwarded as sent.
    Allowed = 0,
    /// Forwarded masked.
    Masked = 1,
    /// Refused.
    Refused = 2,
}

impl Metrics {
    /// Counts one finished request on `route` with `status`.
    pub fn request(&self, route: &'static str, status: u16) {
        if let Ok(mut m) = self.requests.lock() {
            *m.entry((route, status)).or_default() += 1;
        }
    }

    /// Counts a decision, its level and the rules it named.
    pub fn decision(&self, kind: DecisionKind, level: u8, rules: &[String]) {
        self.decisions[kind as usize].fetch_add(1, Relaxed);
        self.levels[(level as usize).min(4)].fetch_add(1, Relaxed);
        if !rules.is_empty() {
            if let Ok(mut m) = self.rules.lock() {
                for r in rules {
                    *m.entry(r.clone()).or_default() += 1;
                }
            }
        }
    }

    /// Counts an incident.
    pub fn incident(&self) {
        self.incidents.fetch_add(1, Relaxed);
    }

    /// Counts an upstream failure.
    pub fn upstream_error(&self) {
        self.upstream_errors.fetch_add(1, Relaxed);
    }

    /// Observes the upstream's latency to the first byte.
    pub fn upstream_latency(&self, d: Duration) {
        let s = d.as_secs_f64();
        for (i, b) in BUCKETS.iter().enumerate() {
            if s <= *b {
                self.latency_buckets[i].fetch_add(1, Relaxed);
            }
        }
        self.latency_count.fetch_add(1, Relaxed);
        self.latency_sum_us.fetch_add(d.as_micros() as u64, Relaxed);
    }

    /// A request started; the guard ends it.
    pub fn start(&self) -> InFlight<'_> {
        self.in_flight.fetch_add(1, Relaxed);
        InFlight(self)
    }

    /// Requests in flight now.
    pub fn in_flight(&self) -> u64 {
        self.in_flight.load(Relaxed)
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut s = String::with_capacity(4096);
        s.push_str("# HELP vakt_requests_total Requests answered, by route and HTTP status.\n# TYPE vakt_requests_total counter\n");
        if let Ok(m) = self.requests.lock() {
            for ((route, status), n) in m.iter() {
                let _ = writeln!(
                    s,
                    "vakt_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
                );
            }
        }
        s.push_str(
            "# HELP vakt_decisions_total Policy decisions.\n# TYPE vakt_decisions_total counter\n",
        );
        for (i, name) in ["allowed", "masked", "refused"].iter().enumerate() {
            let _ = writeln!(
                s,
                "vakt_decisions_total{{decision=\"{name}\"}} {}",
                self.decisions[i].load(Relaxed)
            );
        }
        s.push_str("# HELP vakt_decision_rules_total Rules named by decisions.\n# TYPE vakt_decision_rules_total counter\n");
        if let Ok(m) = self.rules.lock() {
            for (rule, n) in m.iter() {
                let rule = rule.replace(['"', '\\', '\n'], "_");
                let _ = writeln!(s, "vakt_decision_rules_total{{rule=\"{rule}\"}} {n}");
            }
        }
        s.push_str("# HELP vakt_request_levels_total Requests by KLASSA level.\n# TYPE vakt_request_levels_total counter\n");
        for (i, c) in self.levels.iter().enumerate() {
            let _ = writeln!(
                s,
                "vakt_request_levels_total{{level=\"{i}\"}} {}",
                c.load(Relaxed)
            );
        }
        s.push_str("# HELP vakt_incidents_total Incidents (refusals and anomalies).\n# TYPE vakt_incidents_total counter\n");
        let _ = writeln!(s, "vakt_incidents_total {}", self.incidents.load(Relaxed));
        s.push_str("# HELP vakt_upstream_errors_total Upstream failures and timeouts.\n# TYPE vakt_upstream_errors_total counter\n");
        let _ = writeln!(
            s,
            "vakt_upstream_errors_total {}",
            self.upstream_errors.load(Relaxed)
        );
        s.push_str("# HELP vakt_in_flight_requests Requests being handled.\n# TYPE vakt_in_flight_requests gauge\n");
        let _ = writeln!(s, "vakt_in_flight_requests {}", self.in_flight());
        s.push_str("# HELP vakt_upstream_latency_seconds Upstream time to response headers.\n# TYPE vakt_upstream_latency_seconds histogram\n");
        for (i, b) in BUCKETS.iter().enumerate() {
            let _ = writeln!(
                s,
                "vakt_upstream_latency_seconds_bucket{{le=\"{b}\"}} {}",
                self.latency_buckets[i].load(Relaxed)
            );
        }
        let count = self.latency_count.load(Relaxed);
        let _ = writeln!(
            s,
            "vakt_upstream_latency_seconds_bucket{{le=\"+Inf\"}} {count}"
        );
        let _ = writeln!(
            s,
            "vakt_upstream_latency_seconds_sum {}",
            self.latency_sum_us.load(Relaxed) as f64 / 1e6
        );
        let _ = writeln!(s, "vakt_upstream_latency_seconds_count {count}");
        s
    }
}

/// Ends an in-flight request when dropped.
pub struct InFlight<'a>(&'a Metrics);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters() {
        let m = Metrics::default();
        m.request("chat", 200);
        m.decision(DecisionKind::Refused, 3, &["GBG-2".into()]);
        m.upstream_latency(Duration::from_millis(3));
        m.incident();
        let t = m.render();
        assert!(
            t.contains("vakt_requests_total{route=\"chat\",status=\"200\"} 1"),
            "{t}"
        );
        assert!(t.contains("vakt_decisions_total{decision=\"refused\"} 1"));
        assert!(t.contains("vakt_decision_rules_total{rule=\"GBG-2\"} 1"));
        assert!(t.contains("vakt_request_levels_total{level=\"3\"} 1"));
        assert!(t.contains("vakt_upstream_latency_seconds_bucket{le=\"0.005\"} 1"));
        assert!(t.contains("vakt_upstream_latency_seconds_bucket{le=\"0.001\"} 0"));
        assert!(t.contains("vakt_incidents_total 1"));
    }
}
