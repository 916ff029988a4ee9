//! The docs keep up with the code: the module map names every source file, and the README
//! stays short enough to read.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_architecture_page_names_every_source_file() {
    let map = std::fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let missing: Vec<String> = files
        .iter()
        .map(|f| {
            f.strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .filter(|f| {
            let name = Path::new(f).file_name().unwrap().to_string_lossy();
            // A file is named by its path, or by its name on the line of its folder.
            !map.contains(f.as_str()) && !map.contains(&format!("`{name}`"))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "docs/architecture.md does not name: {missing:?}"
    );
}

#[test]
fn the_architecture_page_names_no_file_that_is_gone() {
    let map = std::fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    let gone: Vec<&str> = map
        .split(|c: char| c.is_whitespace() || "`()[],;:".contains(c))
        .filter(|w| w.starts_with("src/") && w.ends_with(".rs"))
        .filter(|w| !root().join(w).exists())
        .collect();
    assert!(
        gone.is_empty(),
        "docs/architecture.md names files that do not exist: {gone:?}"
    );
}

#[test]
fn the_readme_is_short() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(
        lines < 200,
        "README.md has {lines} lines; move details to docs/"
    );
}
