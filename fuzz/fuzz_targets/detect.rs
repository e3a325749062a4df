//! The detector on any bytes, fed in chunks of sizes the input picks: never panics, and the
//! result does not depend on where the chunks split.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendorplan_core::catalog;
use vendorplan_core::detect::Detector;

fuzz_target!(|input: &[u8]| {
    // The first two bytes seed the chunk sizes; the rest is the file.
    let (seed, bytes) = match input {
        [a, b, rest @ ..] => (u16::from_le_bytes([*a, *b]), rest),
        _ => (0, input),
    };
    let data = catalog::dataset();
    let mut whole = Detector::new(data);
    whole.feed_bytes(bytes);
    let whole = whole.finish();

    let mut chunked = Detector::new(data);
    let mut rest = bytes;
    let mut state = u32::from(seed) | 1;
    while !rest.is_empty() {
        // xorshift: chunk sizes from 1 to 64 bytes, splitting UTF-8, tags and JSON anywhere.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = ((state % 64) as usize + 1).min(rest.len());
        chunked.feed_bytes(&rest[..n]);
        rest = &rest[n..];
    }
    let chunked = chunked.finish();
    assert_eq!(whole, chunked, "chunking changed the result");

    if let Ok(text) = std::str::from_utf8(bytes) {
        let mut by_str = Detector::new(data);
        by_str.feed(text);
        assert_eq!(whole, by_str.finish(), "str and bytes disagree");
    }
});
