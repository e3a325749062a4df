//! How the detect fuzz target cuts its input into chunks, shared with the regression tests in
//! `crates/vendorplan-core/tests/hostile.rs` so that a saved input replays exactly as it ran.

/// The first two bytes of a fuzz input seed the chunk sizes; the rest is the file.
pub fn split_seed(input: &[u8]) -> (u16, &[u8]) {
    match input {
        [a, b, rest @ ..] => (u16::from_le_bytes([*a, *b]), rest),
        _ => (0, input),
    }
}

/// `bytes` in chunks of 1 to 64 bytes drawn by xorshift from `seed`, splitting UTF-8
/// sequences, tags and JSON anywhere.
pub fn chunks(seed: u16, bytes: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = bytes;
    let mut state = u32::from(seed) | 1;
    while !rest.is_empty() {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = ((state % 64) as usize + 1).min(rest.len());
        out.push(&rest[..n]);
        rest = &rest[n..];
    }
    out
}
