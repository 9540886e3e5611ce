//! The dev corpus's documents, for tests that run the engine over real texts in other shapes.

use std::path::PathBuf;

/// Every `corpus/dev/*.txt`, sorted, and every `step`-th of them read.
pub fn every(step: usize) -> Vec<(PathBuf, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/dev");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/dev")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let docs: Vec<(PathBuf, String)> = paths
        .into_iter()
        .step_by(step)
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("a UTF-8 document");
            (p, text)
        })
        .collect();
    assert!(
        docs.len() > 1000,
        "only {} documents read from {}",
        docs.len(),
        dir.display()
    );
    docs
}
