//! `dist/third-party-licenses.txt`: the licence texts of the third-party crates compiled into
//! the widget's wasm. MIT, BSD, Zlib and Unicode-3.0 ask that their notice go with every copy,
//! Apache-2.0 that its text (and any NOTICE file) does. `tests/e2e/supply.rs` includes this file
//! by path, so the build and its test agree on which crates ship.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// What Trunk builds for `dist/`: this package's binary, for this target, with no features.
pub const PACKAGE: &str = "vendorplan-web";
pub const TARGET: &str = "wasm32-unknown-unknown";
/// The element of the offline file that carries the text.
pub const OFFLINE_ID: &str = "third-party-licenses";
/// The element of the offline file that carries NOTICE (it has no NOTICE.txt beside it).
pub const OFFLINE_NOTICE_ID: &str = "vendorplan-notice";

const APACHE: &str = include_str!("../licenses/Apache-2.0.txt");

/// Texts printed for a crate whose package carries no licence file, by SPDX id.
const STANDARD: &[(&str, &str)] = &[
    ("Apache-2.0", APACHE),
    ("MIT", include_str!("../licenses/MIT.txt")),
];

/// A crate linked into the wasm, as `cargo metadata` describes it.
pub struct Crate {
    pub name: String,
    pub version: String,
    /// The SPDX expression of its `Cargo.toml`, when it gives one.
    pub license: Option<String>,
    pub repository: String,
    authors: Vec<String>,
    dir: PathBuf,
    license_file: Option<String>,
}

impl Crate {
    /// The line that opens the crate's entry in the file.
    pub fn heading(&self) -> String {
        format!("{} {}", self.name, self.version)
    }
}

/// `cargo metadata` for the wasm target; `cargo` is a command that runs cargo in the workspace.
pub fn metadata(mut cargo: Command) -> Result<Value, String> {
    let out = cargo
        .args([
            "metadata",
            "--format-version",
            "1",
            "--filter-platform",
            TARGET,
        ])
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))
}

fn array(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

struct Graph<'a> {
    packages: HashMap<&'a str, &'a Value>,
    nodes: HashMap<&'a str, &'a Value>,
}

/// A normal dependency of a package: the name its features use for it, its declaration, and
/// the package it resolved to.
struct Edge<'a> {
    name: &'a str,
    declared: &'a Value,
    package: &'a str,
}

impl<'a> Graph<'a> {
    fn edges(&self, id: &str) -> Vec<Edge<'a>> {
        let (Some(package), Some(node)) = (self.packages.get(id), self.nodes.get(id)) else {
            return Vec::new();
        };
        let mut edges = Vec::new();
        for declared in array(&package["dependencies"]) {
            if !declared["kind"].is_null() {
                continue;
            }
            let rename = declared["rename"].as_str();
            for dep in array(&node["deps"]) {
                let Some(target) = dep["pkg"].as_str() else {
                    continue;
                };
                // A dependency declared for another platform is absent from `dep_kinds`
                // (`--filter-platform`); one declared twice (two `target` tables) is two edges.
                let matches = self
                    .packages
                    .get(target)
                    .is_some_and(|p| p["name"] == declared["name"])
                    && rename.is_none_or(|r| dep["name"].as_str() == Some(&r.replace('-', "_")))
                    && array(&dep["dep_kinds"])
                        .iter()
                        .any(|k| k["kind"].is_null() && k["target"] == declared["target"]);
                if matches {
                    edges.push(Edge {
                        name: rename.or(declared["name"].as_str()).unwrap_or_default(),
                        declared,
                        package: target,
                    });
                }
            }
        }
        edges
    }

    fn feature(&self, id: &str, feature: &str) -> Option<&'a [Value]> {
        self.packages
            .get(id)
            .and_then(|p| p["features"].get(feature))
            .map(array)
    }

    fn is_proc_macro(&self, id: &str) -> bool {
        self.packages.get(id).is_some_and(|p| {
            array(&p["targets"])
                .iter()
                .any(|t| array(&t["kind"]).iter().any(|k| k == "proc-macro"))
        })
    }
}

/// One step of working out what the build enables.
enum Step<'a> {
    /// A package is built, with these features, and its default ones if the flag says so.
    Package(&'a str, Vec<&'a str>, bool),
    Feature(&'a str, &'a str),
    Dependency(&'a str, &'a str),
}

/// The third-party crates linked into `PACKAGE`'s wasm, sorted by name and version.
///
/// `cargo metadata` resolves one graph for the whole workspace with every member's features
/// unified (the CLI's and the tests' too), so its `resolve` lists crates under vendorplan-data
/// and vendorplan-core (toml, schemars, …) that the wasm never has. The features are therefore
/// worked out here from `PACKAGE` alone, as cargo's resolver 2 does for Trunk's `cargo build`:
/// normal dependencies only (build scripts and proc-macros run on the host: neither they nor
/// their dependencies are linked in, and their features stay apart), other platforms' left out
/// by `--filter-platform`, optional ones only when a feature turns them on.
pub fn shipped_crates(metadata: &Value) -> Result<Vec<Crate>, String> {
    let graph = Graph {
        packages: array(&metadata["packages"])
            .iter()
            .filter_map(|p| Some((p["id"].as_str()?, p)))
            .collect(),
        nodes: array(&metadata["resolve"]["nodes"])
            .iter()
            .filter_map(|n| Some((n["id"].as_str()?, n)))
            .collect(),
    };
    let root = graph
        .packages
        .iter()
        .find(|(_, p)| p["name"] == PACKAGE && p["source"].is_null())
        .map(|(id, _)| *id)
        .ok_or_else(|| format!("cargo metadata has no package {PACKAGE}"))?;

    let mut features: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut enabled: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    // `dep?/feature` waits until something else enables `dep`.
    let mut waiting: HashMap<(&str, &str), Vec<&str>> = HashMap::new();
    let mut work = vec![Step::Package(root, Vec::new(), true)];
    while let Some(step) = work.pop() {
        match step {
            Step::Package(id, wanted, default) => {
                if graph.is_proc_macro(id) {
                    continue;
                }
                if !features.contains_key(id) {
                    features.insert(id, BTreeSet::new());
                    for edge in graph.edges(id) {
                        if edge.declared["optional"] != true {
                            work.push(Step::Dependency(id, edge.name));
                        }
                    }
                }
                if default && graph.feature(id, "default").is_some() {
                    work.push(Step::Feature(id, "default"));
                }
                work.extend(wanted.into_iter().map(|f| Step::Feature(id, f)));
            }
            Step::Feature(id, feature) => {
                if !features.entry(id).or_default().insert(feature) {
                    continue;
                }
                for item in graph.feature(id, feature).unwrap_or_default() {
                    let item = item.as_str().unwrap_or_default();
                    if let Some(dep) = item.strip_prefix("dep:") {
                        work.push(Step::Dependency(id, dep));
                    } else if let Some((dep, sub)) = item.split_once('/') {
                        let weak = dep.strip_suffix('?');
                        let dep = weak.unwrap_or(dep);
                        if weak.is_some() && !enabled.get(id).is_some_and(|d| d.contains(dep)) {
                            waiting.entry((id, dep)).or_default().push(sub);
                            continue;
                        }
                        if weak.is_none() {
                            work.push(Step::Dependency(id, dep));
                            // `dep/feature` also turns on the implicit feature named after dep.
                            if graph.feature(id, dep).is_some() {
                                work.push(Step::Feature(id, dep));
                            }
                        }
                        for edge in graph.edges(id).into_iter().filter(|e| e.name == dep) {
                            work.push(Step::Package(edge.package, vec![sub], false));
                        }
                    } else {
                        work.push(Step::Feature(id, item));
                    }
                }
            }
            Step::Dependency(id, dep) => {
                if !enabled.entry(id).or_default().insert(dep) {
                    continue;
                }
                let waited = waiting.remove(&(id, dep)).unwrap_or_default();
                for edge in graph.edges(id).into_iter().filter(|e| e.name == dep) {
                    let mut wanted: Vec<&str> = array(&edge.declared["features"])
                        .iter()
                        .filter_map(Value::as_str)
                        .collect();
                    wanted.extend(&waited);
                    let default = edge.declared["uses_default_features"] != false;
                    work.push(Step::Package(edge.package, wanted, default));
                }
            }
        }
    }

    let text = |p: &Value, field: &str| p[field].as_str().map(str::to_owned);
    let mut crates: Vec<Crate> = features
        .keys()
        .map(|id| graph.packages[id])
        // Our own crates (path dependencies) are Vendorplan: NOTICE covers them.
        .filter(|p| !p["source"].is_null())
        .map(|p| {
            let name = text(p, "name").unwrap_or_default();
            let version = text(p, "version").unwrap_or_default();
            Crate {
                repository: text(p, "repository")
                    .or_else(|| text(p, "homepage"))
                    .unwrap_or_else(|| format!("https://crates.io/crates/{name}/{version}")),
                license: text(p, "license"),
                authors: array(&p["authors"])
                    .iter()
                    .filter_map(|a| a.as_str().map(str::to_owned))
                    .collect(),
                dir: Path::new(p["manifest_path"].as_str().unwrap_or_default())
                    .parent()
                    .map(Path::to_owned)
                    .unwrap_or_default(),
                license_file: text(p, "license_file"),
                name,
                version,
            }
        })
        .collect();
    crates.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    Ok(crates)
}

/// The licence files of a package, by the names crates give them, sorted.
fn license_files(krate: &Crate) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(&krate.dir)
        .map_err(|e| format!("cannot list {}: {e}", krate.dir.display()))?;
    let mut names: BTreeSet<String> = entries
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| {
            let upper = name.to_ascii_uppercase();
            ["LICENSE", "LICENCE", "COPYING", "NOTICE", "UNLICENSE"]
                .iter()
                .any(|p| upper.starts_with(p))
        })
        .collect();
    // `license-file` may name a file of another name (cargo package copies it to the root).
    if let Some(file) = &krate.license_file {
        if let Some(name) = Path::new(file).file_name() {
            if krate.dir.join(name).is_file() {
                names.insert(name.to_string_lossy().into_owned());
            }
        }
    }
    Ok(names.into_iter().collect())
}

/// A licence text as printed: Unix line ends, no trailing spaces, no blank lines around it.
fn tidy(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_matches('\n').to_owned()
}

/// The byte ranges of the words of a text.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A word of the Apache License as its copies vary it: the licence's address over http or
/// https, the appendix's placeholders in `[]` or `{}`.
fn apache_word(word: &str) -> String {
    word.replace("https://", "http://")
        .replace('{', "[")
        .replace('}', "]")
}

fn apache_words(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .map(|(s, e)| apache_word(&text[s..e]))
        .collect()
}

/// If `text` is the Apache License 2.0 as apache.org words it, whatever its line breaks, what
/// this copy adds to it: a copyright line filled into the appendix's boilerplate, or text after
/// the licence (more licences, another Apache copy with its own line). `None` when it is some
/// other text or words the licence differently: then it is printed whole.
fn apache_additions(text: &str) -> Option<Vec<String>> {
    let canonical = apache_words(APACHE);
    let find = |words: &[String], wanted: &[&str]| {
        words
            .windows(wanted.len())
            .position(|w| w.iter().zip(wanted).all(|(a, b)| a == b))
    };
    let header = 7; // "Apache License Version 2.0, January 2004 <address>"
    let terms_end = find(&canonical, &["END", "OF", "TERMS", "AND", "CONDITIONS"])? + 5;
    let placeholder = find(&canonical, &["Copyright", "[yyyy]"])?;
    let tail = find(&canonical, &["Licensed", "under", "the", "Apache"])?;

    let spans = words(text);
    let own: Vec<String> = spans
        .iter()
        .map(|&(s, e)| apache_word(&text[s..e]))
        .collect();
    if own.len() < terms_end
        || own[..header - 1] != canonical[..header - 1]
        || !own[header - 1].starts_with("http://www.apache.org/licenses/")
        || own[header..terms_end] != canonical[header..terms_end]
    {
        return None;
    }
    let mut additions = Vec::new();
    if own.len() == terms_end {
        return Some(additions);
    }
    let appendix = &own[terms_end..];
    let head = &canonical[terms_end..placeholder];
    let licensed = &canonical[tail..];
    if !appendix.starts_with(head) {
        return None;
    }
    let notice_start = terms_end + head.len();
    let notice_end = notice_start
        + own[notice_start..]
            .windows(licensed.len())
            .position(|w| w == licensed)?;
    if own[notice_start..notice_end] != canonical[placeholder..tail] && notice_end > notice_start {
        additions.push(text[spans[notice_start].0..spans[notice_end - 1].1].to_owned());
    }
    let after = notice_end + licensed.len();
    if after < spans.len() {
        let rest = text[spans[after].0..].trim_start_matches(['-', ' ', '\n', '\t']);
        match apache_additions(rest) {
            Some(more) => additions.extend(more),
            None => additions.push(tidy(rest)),
        }
    }
    Some(additions)
}

/// Every distinct text, numbered from 1 in the order the crates first use it. Texts that
/// differ only in spacing or line breaks count as one; the first is printed.
#[derive(Default)]
struct Texts {
    list: Vec<(String, Vec<String>)>,
    index: HashMap<String, usize>,
}

impl Texts {
    fn add(&mut self, body: &str, user: &str) -> usize {
        let key: Vec<&str> = words(body).into_iter().map(|(s, e)| &body[s..e]).collect();
        let list = &mut self.list;
        let i = *self.index.entry(key.join(" ")).or_insert_with(|| {
            list.push((tidy(body), Vec::new()));
            list.len() - 1
        });
        if !list[i].1.iter().any(|u| u == user) {
            list[i].1.push(user.to_owned());
        }
        i + 1
    }
}

/// The file's text, and the crates that ship no licence file (given the standard texts).
pub struct Notices {
    pub text: String,
    pub crates: usize,
    pub texts: usize,
    pub standard: Vec<String>,
}

/// `text` wrapped at 100 columns, each line after the first indented by `indent`.
fn wrap(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut column = 0;
    for word in text.split(' ') {
        if column > 0 && column + 1 + word.len() > 100 {
            out.push('\n');
            out.push_str(indent);
            column = indent.len();
        } else if column > 0 {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += word.len();
    }
    out
}

/// Writes the notices of `crates`: one entry per crate, then each distinct text once.
pub fn render(crates: &[Crate]) -> Result<Notices, String> {
    let mut texts = Texts::default();
    let mut entries = String::new();
    let mut standard = Vec::new();
    // The user named in a text's heading: the crate, with its version when two versions ship.
    let label = |c: &Crate| {
        if crates.iter().filter(|o| o.name == c.name).count() > 1 {
            c.heading()
        } else {
            c.name.clone()
        }
    };
    for krate in crates {
        let user = label(krate);
        let license = krate.license.as_deref().unwrap_or("see its licence file");
        entries.push_str(&format!(
            "{}\n  Licence:    {license}\n  Repository: {}\n",
            krate.heading(),
            krate.repository
        ));
        let files = license_files(krate)?;
        for file in &files {
            let path = krate.dir.join(file);
            let bytes =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let body = String::from_utf8_lossy(&bytes);
            let alternative = license.contains(" OR ") || license.contains('/');
            if file.to_ascii_uppercase().contains("GPL") && alternative {
                // deny.toml refuses the GPL family, so such a crate passed by its other licence.
                entries.push_str(&format!(
                    "  {file}: not included; the crate is also offered under the GPL, which \
                     Vendorplan does not take\n"
                ));
                continue;
            }
            match apache_additions(&body) {
                Some(additions) => {
                    let a = texts.add(APACHE, &user);
                    if additions.is_empty() {
                        entries.push_str(&format!("  {file}: [{a}] (Apache License 2.0)\n"));
                    } else {
                        let b = texts.add(&additions.join("\n\n"), &user);
                        entries.push_str(&format!(
                            "  {file}: [{a}] (Apache License 2.0) and [{b}] (what this copy adds \
                             to it)\n"
                        ));
                    }
                }
                None => {
                    let n = texts.add(&body, &user);
                    entries.push_str(&format!("  {file}: [{n}]\n"));
                }
            }
        }
        if files.is_empty() {
            entries.push_str(&standard_texts(krate, license, &user, &mut texts)?);
            standard.push(krate.heading());
        }
        entries.push('\n');
    }

    let mut out = format!(
        "Third-party licences of Vendorplan\n\
         ==================================\n\n\
         {}\n\n\
         Written by `cargo xtask dist` from Cargo.lock.\n\n\
         Crates\n\
         ------\n\n",
        wrap(
            &format!(
                "The Vendorplan app (its .wasm file, the JavaScript that loads it, and the offline \
                 file vendorplan.html) has these {} Rust crates compiled in. Each is listed with \
                 its version, its licence (the SPDX expression of its Cargo.toml), its repository \
                 and the licence files its package carries; each distinct text follows once, \
                 numbered. Vendorplan's own licence, and the data and font it carries: NOTICE.txt \
                 beside this file (in vendorplan.html, the element with id \"{OFFLINE_NOTICE_ID}\").",
                crates.len()
            ),
            ""
        )
    );
    out.push_str(&entries);
    out.push_str("Texts\n-----\n");
    let rule = "=".repeat(100);
    for (i, (body, users)) in texts.list.iter().enumerate() {
        let heading = format!("[{}] for {}", i + 1, users.join(", "));
        out.push_str(&format!(
            "\n{rule}\n{}\n{rule}\n\n{body}\n",
            wrap(&heading, "    ")
        ));
    }
    Ok(Notices {
        text: out,
        crates: crates.len(),
        texts: texts.list.len(),
        standard,
    })
}

/// The entry lines of a crate whose package has no licence file: the standard text of each
/// licence its expression names, with its authors as the copyright holders.
fn standard_texts(
    krate: &Crate,
    license: &str,
    user: &str,
    texts: &mut Texts,
) -> Result<String, String> {
    let ids: Vec<&str> = license
        .split(|c: char| c.is_whitespace() || "()/".contains(c))
        .filter(|id| !id.is_empty() && !["OR", "AND", "WITH"].contains(id))
        .collect();
    let known: Vec<(&str, &str)> = ids
        .iter()
        .filter_map(|id| STANDARD.iter().find(|(s, _)| s == id).copied())
        .collect();
    // With AND every licence applies; with OR one is enough.
    let every = license.contains(" AND ") || license.contains(" WITH ");
    if known.is_empty() || (every && known.len() < ids.len()) {
        return Err(format!(
            "{} ships no licence file and xtask/licenses/ has no standard text for `{license}`: \
             add one",
            krate.heading()
        ));
    }
    let holders: Vec<String> = krate
        .authors
        .iter()
        .map(|a| a.split('<').next().unwrap_or(a).trim().to_owned())
        .filter(|a| !a.is_empty())
        .collect();
    let holders = if holders.is_empty() {
        format!("the {} developers", krate.name)
    } else {
        holders.join(", ")
    };
    let mut refs = Vec::new();
    for (id, template) in known {
        let n = texts.add(&template.replace("{copyright}", &holders), user);
        refs.push(format!("{id} [{n}]"));
    }
    Ok(format!(
        "  No licence file in the package: the standard text of {}, with its authors as the \
         copyright holders\n",
        refs.join(" and ")
    ))
}

/// `text` made safe inside `<script type="text/plain">`. In a script element only `</script`
/// ends it, and `<!--` opens an escaped section in which `<script` makes the next `</script>`
/// not end it; a `\` after the `<` of each (any case) stops all three and keeps the text
/// readable. Nothing else in a script element is parsed, so `--` alone is harmless.
pub fn neutralise(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, _) in lower.match_indices('<') {
        let rest = &lower[i + 1..];
        if rest.starts_with("/script") || rest.starts_with("script") || rest.starts_with("!--") {
            out.push_str(&text[last..=i]);
            out.push('\\');
            last = i + 1;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// `NOTICE` as shipped: followed by the full text of every licence file it names on a
/// `Licence:` line (the font compiled into the wasm, the bundled datasets). The SIL OFL and the
/// MIT and Apache licences ask for their text to go with every copy, and `dist/` and the offline
/// file are copies without the repository beside them.
pub fn shipped_notice(root: &std::path::Path) -> Result<String, String> {
    let notice = std::fs::read_to_string(root.join("NOTICE"))
        .map_err(|e| format!("cannot read NOTICE: {e}"))?;
    let mut out = notice.clone();
    let mut seen = Vec::new();
    for line in notice
        .lines()
        .filter(|l| l.trim_start().starts_with("Licence:"))
    {
        let Some(path) = line
            .rsplit_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(path, _)| path.trim())
        else {
            continue;
        };
        let file = root.join(path);
        if !file.is_file() || seen.contains(&path) {
            continue;
        }
        seen.push(path);
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("NOTICE names {path}, which cannot be read: {e}"))?;
        out.push_str(&format!(
            "\n\n======== {path} ========\n\n{}\n",
            text.trim_end()
        ));
    }
    if seen.is_empty() {
        return Err("NOTICE names no licence file on a `Licence:` line".into());
    }
    Ok(out)
}
