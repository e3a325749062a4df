//! The catalog, questions and rules embedded at build time (see `build.rs`).

use std::sync::OnceLock;

use vendorplan_data::Dataset;

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

/// The embedded data, parsed on first use. It was validated when the crate was built, so parsing
/// cannot fail at run time.
pub fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(parse_embedded)
}

/// Parses the embedded data anew; [`dataset`] does it once. Public for the load benchmark.
pub fn parse_embedded() -> Dataset {
    postcard::from_bytes(EMBEDDED).expect("the embedded dataset was validated at build time")
}
