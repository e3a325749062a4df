//! Reading a data folder from disk, strictly, and reporting every problem at once.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::model::*;
use crate::{Dataset, Vocabulary};

/// One problem in one data file: which file, which field, what is wrong, and a hint.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    pub file: PathBuf,
    /// A path such as `purposes[0].role`; empty for whole-file problems.
    pub field: String,
    pub message: String,
    pub help: Option<String>,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// All problems found in a data folder.
#[derive(Clone, Debug, PartialEq)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "error: {e}")?;
        }
        write!(f, "{} error(s) in the data", self.0.len())
    }
}

impl std::error::Error for DataErrors {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    question: Vec<Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    gdpr_applies_when: crate::condition::Condition,
    rule: Vec<Rule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferencesFile {
    reference: Vec<Reference>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    country: Vec<Country>,
}

/// Every file the loader reads, relative to the data folder; build scripts rerun when any changes.
pub fn watched_paths(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = [
        "catalog.toml",
        "questions.toml",
        "rules.toml",
        "references.toml",
        "countries.toml",
        "vocabulary.toml",
        "dpia.toml",
        "notices.toml",
        "changelog.toml",
        "vendors",
        "imported",
    ]
    .iter()
    .map(|p| dir.join(p))
    .collect();
    paths.extend(vendor_files(dir).unwrap_or_default());
    paths.extend(toml_files(&dir.join("imported")).unwrap_or_default());
    paths
}

fn vendor_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    toml_files(&dir.join("vendors"))
}

fn toml_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

/// Reads and validates a data folder. Collects every problem before it returns.
pub fn load_dir(dir: &Path) -> Result<Dataset, DataErrors> {
    load_with_vendors(dir, &[dir.join("vendors")])
}

/// Like [`load_dir`], with the vendor records read from the given folders: tests add fixture
/// records this way without putting them in the catalog.
pub fn load_with_vendors(dir: &Path, vendor_dirs: &[PathBuf]) -> Result<Dataset, DataErrors> {
    let mut errors = Vec::new();
    let catalog = read_toml::<CatalogInfo>(&dir.join("catalog.toml"), &mut errors);
    let questions =
        read_toml::<QuestionsFile>(&dir.join("questions.toml"), &mut errors).map(|f| f.question);
    let (gdpr_applies, rules) = match read_toml::<RulesFile>(&dir.join("rules.toml"), &mut errors) {
        Some(f) => (Some(f.gdpr_applies_when), Some(f.rule)),
        None => (None, None),
    };
    let references =
        read_toml::<ReferencesFile>(&dir.join("references.toml"), &mut errors).map(|f| f.reference);
    let countries =
        read_toml::<CountriesFile>(&dir.join("countries.toml"), &mut errors).map(|f| f.country);
    let vocabulary = read_toml::<Vocabulary>(&dir.join("vocabulary.toml"), &mut errors);
    let dpia = read_toml::<DpiaScreening>(&dir.join("dpia.toml"), &mut errors);
    let notices = read_toml::<NoticeTemplates>(&dir.join("notices.toml"), &mut errors);
    let changelog = read_toml::<Changelog>(&dir.join("changelog.toml"), &mut errors);
    // The English messages sit beside the data folder, in `i18n/en/`.
    let messages = crate::translations::read_messages(&dir.join("../i18n/en"), &mut errors);

    let (mut vendors, vendor_paths): (Vec<Vendor>, Vec<PathBuf>) = vendor_dirs
        .iter()
        .flat_map(|d| read_vendor_folder(d, &mut errors))
        .unzip();

    merge_imported(dir, &mut vendors, &vendor_paths, &mut errors);

    let (
        Some(catalog),
        Some(questions),
        Some(rules),
        Some(references),
        Some(countries),
        Some(vocabulary),
        Some(dpia),
        Some(notices),
        Some(gdpr_applies),
        Some(changelog),
    ) = (
        catalog,
        questions,
        rules,
        references,
        countries,
        vocabulary,
        dpia,
        notices,
        gdpr_applies,
        changelog,
    )
    else {
        return Err(DataErrors(errors));
    };
    // Sorted by id, as `Dataset::vendor` expects; file order and id order differ only when a
    // record's id does not match its file name, which the validator reports.
    let mut pairs: Vec<(Vendor, PathBuf)> = vendors.into_iter().zip(vendor_paths).collect();
    pairs.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let (vendors, vendor_paths): (Vec<Vendor>, Vec<PathBuf>) = pairs.into_iter().unzip();
    let dataset = Dataset {
        catalog,
        vendors,
        questions,
        rules,
        references,
        countries,
        vocabulary,
        dpia,
        notices,
        gdpr_applies,
        changelog,
        lang: crate::translations::SOURCE.to_owned(),
        messages: crate::i18n::Messages::new(crate::translations::SOURCE, vec![messages.source]),
    };
    crate::validate::validate(dir, &dataset, &vendor_paths, &mut errors);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(DataErrors(errors))
    }
}

/// The records in one folder as written, each parsed strictly but neither merged with imported
/// facts nor validated: what `cargo xtask import` reads, since the import must run before the
/// records can validate.
pub fn read_records(folder: &Path) -> Result<Vec<Vendor>, DataErrors> {
    let mut errors = Vec::new();
    let records = read_vendor_folder(folder, &mut errors);
    if errors.is_empty() {
        Ok(records.into_iter().map(|(v, _)| v).collect())
    } else {
        Err(DataErrors(errors))
    }
}

fn read_vendor_folder(folder: &Path, errors: &mut Vec<DataError>) -> Vec<(Vendor, PathBuf)> {
    match toml_files(folder) {
        Ok(files) => files
            .into_iter()
            .filter_map(|path| read_toml::<Vendor>(&path, errors).map(|v| (v, path)))
            .collect(),
        Err(e) => {
            errors.push(DataError {
                file: folder.to_owned(),
                field: String::new(),
                message: format!("cannot list the folder: {e}"),
                help: None,
            });
            Vec::new()
        }
    }
}

/// Adds the facts of `data/imported/*.toml` to their records: a curated cookie of the same name
/// wins, and a fact named in the record's `open_data.reject` is left out. A reject that matches
/// nothing imported is an error, so rejects do not outlive the facts they were written for.
fn merge_imported(
    dir: &Path,
    vendors: &mut [Vendor],
    vendor_paths: &[PathBuf],
    errors: &mut Vec<DataError>,
) {
    let folder = dir.join("imported");
    let files = if folder.is_dir() {
        toml_files(&folder).unwrap_or_default()
    } else {
        Vec::new()
    };
    let mut used = vec![false; vendors.len()];
    for path in files {
        let Some(imported) = read_toml::<Imported>(&path, errors) else {
            continue;
        };
        let Some(i) = vendors.iter().position(|v| v.id == imported.vendor) else {
            errors.push(DataError {
                file: path,
                field: "vendor".into(),
                message: format!("no record has the id `{}`", imported.vendor),
                help: Some("run `cargo xtask import` after renaming or removing a record".into()),
            });
            continue;
        };
        used[i] = true;
        let v = &mut vendors[i];
        let names: Vec<String> = imported
            .cookies
            .iter()
            .map(|k| k.name.clone())
            .chain(imported.domains.iter().map(|d| d.domain.clone()))
            .collect();
        // Which rejects matched an imported fact; the others are stale.
        let mut hit = vec![false; v.open_data.reject.len()];
        let mut rejected = |name: &str| match v.open_data.reject.iter().position(|r| r.name == name)
        {
            Some(j) => {
                hit[j] = true;
                true
            }
            None => false,
        };
        let cookies: Vec<Cookie> = imported
            .cookies
            .into_iter()
            .filter(|k| !rejected(&k.name) && !v.cookies.iter().any(|c| c.name == k.name))
            .collect();
        let domains: Vec<String> = imported
            .domains
            .into_iter()
            .filter(|d| !rejected(&d.domain) && !v.domains.contains(&d.domain))
            .map(|d| d.domain)
            .collect();
        for (j, r) in v
            .open_data
            .reject
            .iter()
            .enumerate()
            .filter(|(j, _)| !hit[*j])
        {
            let mut e = stale_reject(&vendor_paths[i], j, &r.name);
            // Wildcard rows are imported as `name*`; a reject must name them so.
            if let Some(near) =
                crate::validate::did_you_mean(&r.name, names.iter().map(String::as_str))
            {
                e.help = Some(near);
            }
            errors.push(e);
        }
        v.cookies.extend(cookies);
        v.domains.extend(domains);
    }
    for (i, v) in vendors.iter().enumerate() {
        if !used[i] {
            for (j, r) in v.open_data.reject.iter().enumerate() {
                errors.push(stale_reject(&vendor_paths[i], j, &r.name));
            }
        }
    }
}

fn stale_reject(path: &Path, j: usize, name: &str) -> DataError {
    DataError {
        file: path.to_owned(),
        field: format!("open_data.reject[{j}]"),
        message: format!("`{name}` is not among the facts imported for this vendor"),
        help: Some("remove the reject, or run `cargo xtask import` if the mapping changed".into()),
    }
}

/// Parses one TOML file strictly; on failure records the file, the field path and the reason.
fn read_toml<T: DeserializeOwned>(path: &Path, errors: &mut Vec<DataError>) -> Option<T> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            errors.push(DataError {
                file: path.to_owned(),
                field: String::new(),
                message: format!("cannot read: {e}"),
                help: None,
            });
            return None;
        }
    };
    let deserializer = match toml::Deserializer::parse(&text) {
        Ok(d) => d,
        Err(e) => {
            errors.push(DataError {
                file: path.to_owned(),
                field: String::new(),
                message: one_line(&e.to_string()),
                help: None,
            });
            return None;
        }
    };
    match serde_path_to_error::deserialize::<_, T>(deserializer) {
        Ok(v) => Some(v),
        Err(e) => {
            let field = e.path().to_string();
            errors.push(DataError {
                file: path.to_owned(),
                field: if field == "." { String::new() } else { field },
                message: one_line(&e.into_inner().to_string()),
                help: None,
            });
            None
        }
    }
}

/// TOML errors come with a source excerpt over several lines; keep the gist on one line.
fn one_line(message: &str) -> String {
    let lines: Vec<&str> = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let gist = lines
        .iter()
        .rev()
        .find(|l| !l.starts_with('|') && !l.chars().next().is_some_and(|c| c.is_ascii_digit()));
    match (lines.first(), gist) {
        (Some(first), Some(gist)) if first != gist => format!("{gist} ({first})"),
        (_, Some(gist)) => (*gist).to_owned(),
        _ => message.trim().to_owned(),
    }
}
