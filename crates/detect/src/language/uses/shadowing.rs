//! Checks that no word list of this module hides another's term in the shared automaton.

use super::super::lexicon::Kind;

fn terms(list: &str) -> impl Iterator<Item = (String, bool, bool)> + '_ {
    list.lines().filter_map(|raw| {
        let t = raw.trim().trim_start_matches('!').trim_start_matches('=');
        if t.is_empty() || t.starts_with('#') {
            return None;
        }
        let tail = t.starts_with('*');
        let stem = t.ends_with('*') && t.len() > 1;
        Some((t.trim_matches('*').to_lowercase(), tail, stem))
    })
}

/// A longer term of another detector that starts with one of ours hides ours at that
/// position (the automaton reports the leftmost-longest match only), unless the content
/// hit maps to the same object in `role`. And one word must not be listed twice in one
/// class with different flags (the second is dropped).
#[test]
fn our_terms_are_not_hidden() {
    let ours = super::lists();
    let mut others = super::super::content::lists();
    others.retain(|(k, _)| !matches!(k, Kind::UseVerb(_) | Kind::UseObject(_)));
    let mut problems = Vec::new();
    for (k, list) in &ours {
        let mut seen = std::collections::HashMap::new();
        for (core, tail, stem) in terms(list) {
            if let Some((t2, s2)) = seen.insert(core.clone(), (tail, stem)) {
                if (t2, s2) != (tail, stem) {
                    problems.push(format!("{k:?}: '{core}' listed twice with different flags"));
                }
            }
        }
    }
    let mine: std::collections::HashSet<String> = ours
        .iter()
        .flat_map(|(_, l)| terms(l).map(|t| t.0))
        .collect();
    for (k, list) in &ours {
        if matches!(k, Kind::Discussion) {
            continue;
        }
        for (core, _, stem) in terms(list) {
            for (ok, olist) in &others {
                for (oc, _, _) in terms(olist) {
                    let hides = oc.len() > core.len()
                        && oc.starts_with(&core)
                        && (stem || oc[core.len()..].starts_with(' '))
                        && !mine.contains(&oc)
                        // harmless: not the object we look for, or (general "barn och
                        // unga") mapped to the same object by `role`
                        && !["skriv av hela", "patientjournal", "biståndshandläggare", "elevhälsa", "elevhälsoteam", "elevärende", "elevakt", "elevdokumentation", "barn och unga", "barn och ungdomar", "förundersökningssekretess", "ta livet av sig", "religionsfrihet", "röstar sd"]
                            .contains(&oc.as_str())
                        // a worry about a child is a case, not a feeling to read
                        && !(core == "oro" && oc.starts_with("oro för "));
                    if hides {
                        problems.push(format!("{k:?} '{core}' hidden by {ok:?} '{oc}'"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
