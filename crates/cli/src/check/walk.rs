//! From the PATH arguments to the list of inputs: `-` is stdin, a file is always attempted,
//! a folder is walked recursively for the formats vakt reads.
//!
//! Walking uses the `ignore` crate with ripgrep's defaults: `.gitignore`, `.ignore` and
//! `.git/info/exclude` are respected (also outside a git repository), hidden files and folders
//! (names starting with a dot, such as `.git`) are skipped, symbolic links are not followed.
//! `--no-ignore` and `--hidden` turn those off. A file named explicitly is checked even if it is
//! hidden, ignored or has an unknown extension (its format is then found from its content).

use std::path::PathBuf;
use vakt_extract::Format;

/// One thing to check.
#[derive(Debug, Clone)]
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file; `source` is the path as given or as walked.
    File {
        /// The path to open.
        path: PathBuf,
        /// How it is shown in the output.
        source: String,
    },
}

impl Input {
    /// The name shown in the output.
    pub fn source(&self) -> &str {
        match self {
            Input::Stdin => "-",
            Input::File { source, .. } => source,
        }
    }
}

/// Walk options.
#[derive(Debug, Clone, Copy, Default)]
pub struct WalkOptions {
    /// Include hidden files and folders.
    pub hidden: bool,
    /// Do not read ignore files.
    pub no_ignore: bool,
}

/// The inputs, and the paths that could not be used (path, Swedish message).
#[derive(Debug, Default)]
pub struct Walked {
    /// Inputs, in argument order; a folder's files sorted by path.
    pub inputs: Vec<Input>,
    /// Paths that do not exist or could not be walked.
    pub errors: Vec<(String, String)>,
}

/// Expands the PATH arguments.
pub fn expand(paths: &[String], opts: &WalkOptions) -> Walked {
    let mut w = Walked::default();
    let mut stdin_seen = false;
    for p in paths {
        if p == "-" {
            if !stdin_seen {
                w.inputs.push(Input::Stdin);
                stdin_seen = true;
            }
            continue;
        }
        let path = PathBuf::from(p);
        match std::fs::metadata(&path) {
            Err(e) => w
                .errors
                .push((p.clone(), crate::check::scan::io_message(&e))),
            Ok(m) if m.is_dir() => walk_dir(p, opts, &mut w),
            Ok(_) => w.inputs.push(Input::File {
                path,
                source: p.clone(),
            }),
        }
    }
    w
}

fn walk_dir(root: &str, opts: &WalkOptions, w: &mut Walked) {
    let walker = ignore::WalkBuilder::new(root)
        .hidden(!opts.hidden)
        .ignore(!opts.no_ignore)
        .git_ignore(!opts.no_ignore)
        .git_exclude(!opts.no_ignore)
        .git_global(false)
        .parents(!opts.no_ignore)
        .require_git(false)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(e) => {
                if !e.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                let path = e.path();
                let source = path.to_string_lossy().into_owned();
                if Format::from_path(&source).is_none() {
                    continue;
                }
                w.inputs.push(Input::File {
                    path: path.to_path_buf(),
                    source,
                });
            }
            Err(e) => {
                let (path, msg) = match &e {
                    ignore::Error::WithPath { path, err } => {
                        (path.to_string_lossy().into_owned(), err.to_string())
                    }
                    _ => (root.to_string(), e.to_string()),
                };
                let msg = if msg.contains("Permission denied") {
                    "åtkomst nekad".to_string()
                } else {
                    format!("kunde inte läsas: {msg}")
                };
                w.errors.push((path, msg));
            }
        }
    }
}
