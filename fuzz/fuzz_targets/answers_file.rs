//! `AnswersFile::parse` on any bytes: never panics, and an accepted file survives a round trip
//! through the answers file and through a share link unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendorplan_core::answers::AnswersFile;
use vendorplan_core::{catalog, share};

fn check(text: &str) {
    let data = catalog::dataset();
    let Ok(answers) = AnswersFile::parse(text, data) else {
        return;
    };
    let written = serde_json::to_string(&AnswersFile::from(&answers)).expect("serialises");
    let again = AnswersFile::parse(&written, data).expect("a written file reads back");
    // Answers about vendors not selected are dropped on writing, so compare what is written.
    assert_eq!(AnswersFile::from(&answers), AnswersFile::from(&again));
    let linked = share::decode(&share::encode(&answers), data).expect("a link reads back");
    assert_eq!(AnswersFile::from(&answers), AnswersFile::from(&linked));
}

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        check(text);
    } else {
        check(&String::from_utf8_lossy(bytes));
    }
});
