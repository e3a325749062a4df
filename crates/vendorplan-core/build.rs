//! Validates everything under `data/` and embeds it. A data error is a build error naming the
//! file and the field, so an inconsistent catalog never reaches a visitor.

use std::path::{Path, PathBuf};

use vendorplan_data::load::DataErrors;
use vendorplan_data::translations;

/// Prints every problem as `file: field: message` and stops the build.
fn fail(manifest: &Path, what: &str, errors: DataErrors) -> ! {
    // Relative paths read better in a build log than the absolute build-script view.
    let root = manifest.join("../..").canonicalize().unwrap_or_default();
    for e in &errors.0 {
        let mut e = e.clone();
        if let Ok(p) = e.file.canonicalize() {
            e.file = p.strip_prefix(&root).map(PathBuf::from).unwrap_or(p);
        }
        println!("cargo:warning={}", e.to_string().replace('\n', " "));
        eprintln!("error: {e}");
    }
    panic!(
        "{} error(s) in {what}: see the messages above",
        errors.0.len()
    );
}

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let data_dir = manifest.join("../../data");
    for path in vendorplan_data::load::watched_paths(&data_dir) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let i18n = manifest.join("../../i18n");
    for path in translations::watched_paths(&i18n) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let mut dataset =
        vendorplan_data::load::load_dir(&data_dir).unwrap_or_else(|e| fail(&manifest, "data/", e));
    let (languages, packs) = translations::load_languages(&i18n, &dataset)
        .unwrap_or_else(|e| fail(&manifest, "i18n/", e));
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // Each language is a file of its own. The browser fetches the one it needs by the name
    // recorded here (`cargo xtask dist` writes the same bytes under the same name); the CLI and
    // the tests, with `embedded-languages`, get them all compiled in.
    let embed = std::env::var_os("CARGO_FEATURE_EMBEDDED_LANGUAGES").is_some();
    let mut files = Vec::new();
    let mut embedded = String::from("static PACKS: &[(&str, &[u8])] = &[\n");
    for (pack, c) in &packs {
        if languages.iter().any(|l| l.code == pack.code && l.partial) {
            println!(
                "cargo:warning=i18n/{} is partial: {} of {} messages and {} of {} data texts missing, shown in English",
                pack.code, c.messages_missing, c.messages, c.texts_missing, c.texts
            );
        }
        let (name, bytes) = translations::pack_file(pack);
        if embed {
            let path = out_dir.join(&name);
            std::fs::write(&path, &bytes).expect("OUT_DIR is writable");
            embedded.push_str(&format!(
                "    ({:?}, include_bytes!({:?})),\n",
                pack.code,
                path.display().to_string()
            ));
        }
        files.push((pack.code.clone(), name));
    }
    embedded.push_str("];\n");
    std::fs::write(out_dir.join("packs.rs"), embedded).expect("OUT_DIR is writable");
    let bytes = postcard::to_allocvec(&(languages, files)).expect("the languages serialize");
    std::fs::write(out_dir.join("languages.postcard"), bytes).expect("OUT_DIR is writable");
    let out = out_dir.join("dataset.postcard");
    // The dataset mappings and the reviewers' rejects only matter to the import and the
    // validator; the tarteaucitron keys stay, as consent-manager configuration is made from them.
    for v in &mut dataset.vendors {
        v.open_data.ocd.clear();
        v.open_data.third_party_web.clear();
        v.open_data.reject.clear();
    }
    // postcard rather than JSON: no field names, varint numbers, and a decoder a fraction of
    // serde_json's speed cost; the bytes were validated above, so the browser only decodes.
    let bytes = postcard::to_allocvec(&dataset).expect("the dataset serializes");
    std::fs::write(&out, bytes).expect("OUT_DIR is writable");
}
