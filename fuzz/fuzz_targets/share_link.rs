//! `share::decode` on any text: never panics, bounded work, and an accepted link re-encodes to
//! a link that decodes to the same answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendorplan_core::answers::AnswersFile;
use vendorplan_core::{catalog, share};

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let data = catalog::dataset();
    let Ok(answers) = share::decode(&text, data) else {
        return;
    };
    let link = share::encode(&answers);
    let again = share::decode(&link, data).expect("an encoded link decodes");
    assert_eq!(AnswersFile::from(&answers), AnswersFile::from(&again));
    assert_eq!(link, share::encode(&again), "encoding is deterministic");
});
