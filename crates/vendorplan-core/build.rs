//! Validates everything under `data/` and embeds it. A data error is a build error naming the
//! file and the field, so an inconsistent catalog never reaches a visitor.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let data_dir = manifest.join("../../data");
    for path in vendorplan_data::load::watched_paths(&data_dir) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let mut dataset = match vendorplan_data::load::load_dir(&data_dir) {
        Ok(d) => d,
        Err(errors) => {
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
                "{} error(s) in data/: see the messages above",
                errors.0.len()
            );
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("dataset.postcard");
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
