//! The detector on any bytes, fed in chunks of sizes the input picks: never panics, and the
//! result does not depend on where the chunks split.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use vendorplan_core::catalog;
use vendorplan_core::detect::Detector;

thread_local! {
    // One detector, reset between inputs: rebuilding the catalog index for every run made this
    // target a hundred times slower than the others.
    static DETECTOR: RefCell<Detector<'static>> = RefCell::new(Detector::new(catalog::dataset()));
}

fuzz_target!(|input: &[u8]| {
    // The first two bytes seed the chunk sizes; the rest is the file.
    let (seed, bytes) = match input {
        [a, b, rest @ ..] => (u16::from_le_bytes([*a, *b]), rest),
        _ => (0, input),
    };
    DETECTOR.with_borrow_mut(|detector| {
        detector.feed_bytes(bytes);
        let whole = detector.finish_and_reset();

        let mut rest = bytes;
        let mut state = u32::from(seed) | 1;
        while !rest.is_empty() {
            // xorshift: chunk sizes from 1 to 64 bytes, splitting UTF-8, tags and JSON anywhere.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let n = ((state % 64) as usize + 1).min(rest.len());
            detector.feed_bytes(&rest[..n]);
            rest = &rest[n..];
        }
        let chunked = detector.finish_and_reset();
        assert_eq!(whole, chunked, "chunking changed the result");

        if let Ok(text) = std::str::from_utf8(bytes) {
            detector.feed(text);
            assert_eq!(whole, detector.finish_and_reset(), "str and bytes disagree");
        }
    });
});
