//! `diff::read_plan` on any text: never panics; an accepted plan can be compared with itself
//! (no changes) and the comparison put into words.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendorplan_core::{catalog, diff};

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let Ok(snapshot) = diff::read_plan(&text) else {
        return;
    };
    let data = catalog::dataset();
    let d = diff::diff(data, &snapshot, &snapshot);
    let _ = diff::report(data, &d);
});
