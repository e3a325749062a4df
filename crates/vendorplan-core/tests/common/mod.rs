//! What several test files share: the catalog together with the scenario fixture vendors.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use vendorplan_data::Dataset;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `data/` plus `tests/scenarios/fixtures/vendors/`, validated like the embedded catalog and
/// loaded once per test binary.
pub fn data_with_fixtures() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| {
        let root = root();
        vendorplan_data::load::load_with_vendors(
            &root.join("data"),
            &[
                root.join("data/vendors"),
                root.join("tests/scenarios/fixtures/vendors"),
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"))
    })
}
