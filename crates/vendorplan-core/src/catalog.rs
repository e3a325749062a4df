//! The catalog, questions and rules embedded at build time (see `build.rs`).

use std::sync::{Mutex, OnceLock};

use vendorplan_data::i18n::{Language, LanguagePack};
use vendorplan_data::Dataset;

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));
/// `i18n/languages.toml` and every other language's pack, checked at build time.
static LANGUAGES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/languages.postcard"));

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

include!(concat!(env!("OUT_DIR"), "/packs.rs"));

/// The languages, and the code and file name of each language after English.
type Languages = (Vec<Language>, Vec<(String, String)>);

fn embedded_languages() -> &'static Languages {
    static PARSED: OnceLock<Languages> = OnceLock::new();
    PARSED.get_or_init(|| {
        postcard::from_bytes(LANGUAGES).expect("the embedded languages were checked at build time")
    })
}

/// The languages of the interface and the plan, English first.
pub fn languages() -> &'static [Language] {
    &embedded_languages().0
}

/// The language of `code` (a primary subtag) if it is one of [`languages`].
pub fn language(code: &str) -> Option<&'static Language> {
    languages().iter().find(|l| l.code == code)
}

/// The name of the file that holds the language `code`, beside the app: `lang-de-<hash>.bin`.
pub fn language_file(code: &str) -> Option<&'static str> {
    embedded_languages()
        .1
        .iter()
        .find(|(c, _)| c == code)
        .map(|(_, f)| f.as_str())
}

/// The languages made so far; a language is made once and kept for the life of the program.
static INSTALLED: Mutex<Vec<&'static Dataset>> = Mutex::new(Vec::new());

fn installed(code: &str) -> Option<&'static Dataset> {
    let installed = INSTALLED.lock().unwrap_or_else(|e| e.into_inner());
    installed.iter().copied().find(|d| d.lang == code)
}

/// Makes the language of a language file available to [`dataset_in`] and returns its data.
pub fn install(bytes: &[u8]) -> Result<&'static Dataset, String> {
    let pack: LanguagePack =
        postcard::from_bytes(bytes).map_err(|e| format!("not a language file: {e}"))?;
    if language_file(&pack.code).is_none() {
        return Err(format!(
            "`{}` is not one of this build's languages",
            pack.code
        ));
    }
    if let Some(d) = installed(&pack.code) {
        return Ok(d);
    }
    let data: &'static Dataset = Box::leak(Box::new(dataset().localise(&pack)?));
    INSTALLED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(data);
    Ok(data)
}

/// The data in the language `code` if it is ready: English, an installed language, or one
/// compiled in (`embedded-languages`, as in the CLI).
pub fn ready(code: &str) -> Option<&'static Dataset> {
    if code == languages()[0].code {
        return Some(dataset());
    }
    installed(code).or_else(|| {
        let (_, bytes) = PACKS.iter().find(|(c, _)| *c == code)?;
        install(bytes).ok()
    })
}

/// The data in the language `code`; English when that language is not [`ready`].
pub fn dataset_in(code: &str) -> &'static Dataset {
    ready(code).unwrap_or_else(dataset)
}
