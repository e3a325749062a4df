//! The detector on any bytes, fed in chunks of sizes the input picks: never panics, and the
//! result does not depend on where the chunks split.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;

#[path = "../chunks.rs"]
mod chunks;

use vendorplan_core::catalog;
use vendorplan_core::detect::Detector;

thread_local! {
    // One detector, reset between inputs: building the catalog index was most of the cost of
    // each run (28 runs a second before, about 200 after).
    static DETECTOR: RefCell<Detector<'static>> = RefCell::new(Detector::new(catalog::dataset()));
}

fuzz_target!(|input: &[u8]| {
    let (seed, bytes) = chunks::split_seed(input);
    DETECTOR.with_borrow_mut(|detector| {
        detector.feed_bytes(bytes);
        let whole = detector.finish_and_reset();

        for chunk in chunks::chunks(seed, bytes) {
            detector.feed_bytes(chunk);
        }
        let chunked = detector.finish_and_reset();
        assert_eq!(whole, chunked, "chunking changed the result");

        if let Ok(text) = std::str::from_utf8(bytes) {
            detector.feed(text);
            assert_eq!(whole, detector.finish_and_reset(), "str and bytes disagree");
        }
    });
});
