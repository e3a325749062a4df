//! The project's commands. Each sets up what is missing first, so a fresh clone needs nothing
//! but Rust (rustup), Node.js with npm, and Debian's package manager for the browser.
//!
//! - `cargo xtask serve`: build and serve the app at http://127.0.0.1:8080 with live reload.
//! - `cargo xtask test`:  every check: formatting, lints, native tests, data validation,
//!   wasm tests in headless Chromium and end-to-end tests against the built `dist/`.
//! - `cargo xtask dist`:  the static site in `dist/` and the single offline file
//!   `dist/vendorplan.html`.
//! - `cargo xtask bench`: measure sizes, the native engine and the widget in Chromium; writes
//!   `target/bench/REPORT.md` and `target/bench/bench.json`.
//! - `cargo xtask setup`: only install the tools.
//! - `cargo xtask deny`: only `cargo deny check` (licences, duplicates, sources, advisories).
//! - `cargo xtask fuzz [SECONDS]`: run every fuzz target in `fuzz/` that long (default 300).

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use base64::Engine as _;

mod import;
mod notices;

const TRUNK_VERSION: &str = "0.21.14";
const WASM_OPT_VERSION: &str = "version_132";
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub(crate) type Result<T = ()> = std::result::Result<T, String>;

/// Writes the English data texts into every language's missing translation files (a new
/// language, a new vendor), then reports how complete each language is.
fn i18n() -> Result {
    use vendorplan_data::translations;
    let root = root();
    let english = vendorplan_data::load::load_dir(&root.join("data")).map_err(|e| e.to_string())?;
    let i18n = root.join("i18n");
    let languages = translations::read_languages(&i18n).map_err(|e| e.to_string())?;
    let mut english_errors = Vec::new();
    let english_messages = translations::read_messages(&i18n.join("en"), &mut english_errors);
    for language in languages.iter().skip(1) {
        for path in translations::write_missing_files(&i18n, &english, &language.code)
            .map_err(|e| e.to_string())?
        {
            println!(
                "wrote {} (English, to translate)",
                path.strip_prefix(&root).unwrap_or(&path).display()
            );
        }
        match translations::load_language(&i18n, &english, &english_messages, language) {
            Ok((_, c)) => println!(
                "{}: {} of {} messages, {} of {} data texts ({} the same as in English)",
                language.code,
                c.messages - c.messages_missing,
                c.messages,
                c.texts - c.texts_missing,
                c.texts,
                c.texts_same
            ),
            Err(e) => println!("{}: {e}", language.code),
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("test") => test(),
        Some("dist") => setup(false).and_then(|()| dist()),
        Some("setup") => setup(true),
        Some("deny") => deny(),
        Some("bench") => setup(true).and_then(|()| bench()),
        Some("import") => {
            let data = args
                .iter()
                .position(|a| a == "--data")
                .and_then(|i| args.get(i + 1));
            import::import(args.iter().any(|a| a == "--check"), data.map(Path::new))
        }
        Some("i18n") => i18n(),
        Some("fuzz") => match args.get(1).map(|s| s.parse::<u64>()) {
            None => fuzz(300),
            Some(Ok(seconds)) => fuzz(seconds),
            Some(Err(_)) => Err(format!("fuzz: `{}` is not a number of seconds", args[1])),
        },
        _ => {
            eprintln!(
                "usage: cargo xtask <serve|test|dist|bench|setup|deny|import [--check] [--data DIR]|i18n|fuzz [SECONDS_PER_TARGET, default 300]>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

fn cargo_bin() -> PathBuf {
    let home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")));
    home.unwrap_or_default().join("bin")
}

/// PATH with the project's npm tools (wasm-opt) and cargo's bin folder first.
fn tool_path() -> OsString {
    let mut paths = vec![root().join("tools/node_modules/.bin"), cargo_bin()];
    paths.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
    env::join_paths(paths).expect("paths join")
}

fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", tool_path());
    c
}

fn run(mut c: Command) -> Result {
    let args: Vec<String> = c
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let shown = format!("{} {}", c.get_program().to_string_lossy(), args.join(" "));
    eprintln!("$ {shown}");
    let status = c
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// The first line a tool prints for `--version`, or `None` if it is not installed.
fn version_of(program: &str, arg: &str) -> Option<String> {
    let out = cmd(program).arg(arg).output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned()
    })
}

/// The wasm-bindgen version locked in Cargo.lock, which the CLI must equal.
fn locked_wasm_bindgen() -> Result<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// Runs every target in `fuzz/fuzz_targets/` for `seconds_per_target`, one after the other,
/// starting from the committed corpus. The corpus is copied to `target/fuzz/` (under
/// `CARGO_TARGET_DIR` when set) first, so that
/// what a run adds never lands in the repository; crashes are written to
/// `target/fuzz/artifacts/<target>/` and fail the run. Needs nightly, which libFuzzer's
/// sanitizer flags require; installs it and cargo-fuzz when missing.
fn fuzz(seconds_per_target: u64) -> Result {
    let toolchains = cmd("rustup")
        .args(["toolchain", "list"])
        .output()
        .map_err(|e| format!("rustup: {e}"))?;
    if !String::from_utf8_lossy(&toolchains.stdout)
        .lines()
        .any(|l| l.starts_with("nightly"))
    {
        run({
            let mut c = cmd("rustup");
            c.args(["toolchain", "install", "nightly", "--profile", "minimal"]);
            c
        })?;
    }
    install_pinned("cargo-fuzz", "cargo-fuzz", CARGO_FUZZ_VERSION, true)?;
    let fuzz = root().join("fuzz");
    let mut targets: Vec<String> = fs::read_dir(fuzz.join("fuzz_targets"))
        .map_err(|e| format!("cannot read fuzz/fuzz_targets: {e}"))?
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "rs").then(|| path.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    targets.sort();
    let scratch = env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root().join("target"), PathBuf::from)
        .join("fuzz");
    for target in &targets {
        let corpus = scratch.join("corpus").join(target);
        let artifacts = scratch.join("artifacts").join(target);
        // Start from the committed seeds each time; earlier runs' finds are not kept.
        if corpus.exists() {
            fs::remove_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        }
        fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        fs::create_dir_all(&artifacts).map_err(|e| format!("{}: {e}", artifacts.display()))?;
        let seeds = fuzz.join("corpus").join(target);
        if let Ok(entries) = fs::read_dir(&seeds) {
            for entry in entries {
                let path = entry.map_err(|e| e.to_string())?.path();
                fs::copy(&path, corpus.join(path.file_name().unwrap_or_default()))
                    .map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
        if target == "detect" {
            detect_seeds(&corpus)?;
        }
        run({
            let mut c = cmd("cargo");
            c.current_dir(&fuzz)
                .args(["+nightly", "fuzz", "run", "-O", target])
                .arg(&corpus)
                .arg("--")
                .arg(format!("-max_total_time={seconds_per_target}"))
                .arg(format!("-artifact_prefix={}/", artifacts.display()))
                .arg("-print_final_stats=1");
            c
        })?;
    }
    Ok(())
}

/// The detect target's seeds, made from the fixtures of `tests/detect/` (not kept twice): each
/// file after two bytes that pick chunk sizes (`fuzz/chunks.rs`), and each HAR file also cut to
/// its first 8,000 bytes, as a truncated export, and whole with another chunk seed.
fn detect_seeds(corpus: &Path) -> Result {
    const SEED: [u8; 2] = [7, 1];
    const WHOLE_HAR_SEED: [u8; 2] = [3, 0];
    let fixtures = root().join("tests/detect");
    let entries = fs::read_dir(&fixtures).map_err(|e| format!("cannot read tests/detect: {e}"))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !path.is_file() || name == "expected.toml" {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let write = |name: &str, seed: [u8; 2], bytes: &[u8]| {
            let out = corpus.join(name);
            fs::write(&out, [&seed[..], bytes].concat())
                .map_err(|e| format!("{}: {e}", out.display()))
        };
        if name.ends_with(".har") {
            write(name, SEED, &bytes[..bytes.len().min(8_000)])?;
            write(&format!("whole-{name}"), WHOLE_HAR_SEED, &bytes)?;
        } else {
            write(name, SEED, &bytes)?;
        }
    }
    Ok(())
}

/// cargo-deny, pinned: installed by `cargo xtask setup` (and `test`) when missing.
const CARGO_DENY_VERSION: &str = "0.20.2";

/// The committed snapshot of the RustSec advisory database (`crates/`, `snapshot.toml`).
const ADVISORY_SNAPSHOT: &str = "third_party/rustsec-advisory-db";

/// Where cargo-deny 0.20.2 opens the database of `db-urls` in deny.toml: `<db-path>/<last path
/// segment>-<xxHash64 of the lower-cased URL, seed 0xca80de71>` (`url_to_db_path` in its
/// src/advisories/helpers/db.rs). If this ever stops matching, the check fails ("failed to get
/// HEAD timestamp"), it does not pass silently.
const ADVISORY_DB: &str = "target/advisory-dbs/advisory-db-3157b0e258782691";

/// A snapshot older than this many days is reported as due for a refresh; deny.toml's
/// `maximum-db-staleness` (180 days) is where cargo-deny itself fails.
const ADVISORY_WARN_DAYS: u64 = 90;

/// Installs cargo-deny when `cargo deny --version` is not the pinned one.
fn install_cargo_deny() -> Result {
    install_pinned("cargo-deny", "cargo-deny", CARGO_DENY_VERSION, true)
}

/// `cargo install`s `krate` at `version` unless `command --version` already prints that
/// version, so a tool in `~/.cargo/bin` from an earlier run is kept. `locked` uses the crate's
/// own lock file, as every tool here does but wasm-bindgen-cli (see `setup`).
fn install_pinned(command: &str, krate: &str, version: &str, locked: bool) -> Result {
    if version_of(command, "--version").as_deref() == Some(&format!("{command} {version}")) {
        return Ok(());
    }
    let mut c = cmd("cargo");
    c.args(["install", krate, "--version", version]);
    if locked {
        c.arg("--locked");
    }
    run(c)
}

/// `cargo deny check` (advisories, bans, licenses, sources; see deny.toml) on the main
/// workspace and on the fuzz workspace, without network beyond crates.io. Advisories come from
/// the committed RustSec snapshot: cargo-deny with `--offline` opens the database in `db-path`
/// without fetching and dates it by the modification time of `.git/FETCH_HEAD` (else by the
/// HEAD commit or `.git/HEAD`, whichever is newer; `get_fetch_time` in its src/git.rs), failing
/// when that is older than `maximum-db-staleness`. So the snapshot is copied into a fresh
/// repository whose FETCH_HEAD bears the snapshot's commit time. It is a real (empty) git
/// repository so that any git command cargo-deny runs in it, as when someone runs `cargo deny
/// check` online by hand, stays inside it; its `origin` is the upstream database.
fn deny() -> Result {
    install_cargo_deny()?;
    let snapshot = root().join(ADVISORY_SNAPSHOT);
    let meta: toml::Table = fs::read_to_string(snapshot.join("snapshot.toml"))
        .map_err(|e| format!("cannot read {ADVISORY_SNAPSHOT}/snapshot.toml: {e}"))?
        .parse()
        .map_err(|e| format!("{ADVISORY_SNAPSHOT}/snapshot.toml: {e}"))?;
    let missing = |key: &str| format!("{ADVISORY_SNAPSHOT}/snapshot.toml: no `{key}`");
    let text = |key: &str| {
        meta.get(key)
            .and_then(|v| v.as_str())
            .ok_or_else(|| missing(key))
    };
    let (commit, date, repository) = (text("commit")?, text("date")?, text("repository")?);
    let committed = meta
        .get("committed")
        .and_then(|v| v.as_integer())
        .and_then(|t| u64::try_from(t).ok())
        .ok_or_else(|| missing("committed"))?;
    let committed = std::time::UNIX_EPOCH + std::time::Duration::from_secs(committed);
    let days = std::time::SystemTime::now()
        .duration_since(committed)
        .map_or(0, |age| age.as_secs() / 86_400);
    eprintln!(
        "RustSec advisory database: snapshot of {} (commit {}), {days} days old",
        date.get(..10).unwrap_or(date),
        commit.get(..12).unwrap_or(commit)
    );
    if days > ADVISORY_WARN_DAYS {
        eprintln!(
            "warning: the advisory snapshot is older than {ADVISORY_WARN_DAYS} days; refresh it \
             with {ADVISORY_SNAPSHOT}/refresh.sh (needs github.com); from 180 days on this check fails"
        );
    }

    let db = root().join(ADVISORY_DB);
    if db.exists() {
        fs::remove_dir_all(&db).map_err(|e| format!("{}: {e}", db.display()))?;
    }
    let mut folders = vec![PathBuf::from("crates")];
    while let Some(folder) = folders.pop() {
        let entries = fs::read_dir(snapshot.join(&folder))
            .map_err(|e| format!("{ADVISORY_SNAPSHOT}/{}: {e}", folder.display()))?;
        for entry in entries {
            let relative = folder.join(entry.map_err(|e| e.to_string())?.file_name());
            if snapshot.join(&relative).is_dir() {
                folders.push(relative);
            } else {
                copy(&snapshot.join(&relative), &db.join(&relative))?;
            }
        }
    }
    let git = |args: &[&str]| {
        let mut c = cmd("git");
        c.current_dir(&db)
            .args(args)
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE");
        c
    };
    run(git(&["-c", "init.defaultBranch=main", "init", "--quiet"]))?;
    run(git(&["remote", "add", "origin", repository]))?;
    let fetch_head = db.join(".git/FETCH_HEAD");
    fs::write(
        &fetch_head,
        format!("{commit}\t\tbranch 'main' of {repository}\n"),
    )
    .map_err(|e| format!("{}: {e}", fetch_head.display()))?;
    fs::File::options()
        .write(true)
        .open(&fetch_head)
        .and_then(|f| f.set_modified(committed))
        .map_err(|e| format!("{}: {e}", fetch_head.display()))?;

    // The sharing of one deny.toml makes some entries unused in each workspace: the fuzz
    // workspace has none of the skipped duplicates, ignored advisories, webdriver or
    // BSD-3-Clause crates, the main one has no libfuzzer-sys. Those "not encountered" notes
    // are silenced where they are expected; every finding still fails.
    for (manifest, quiet) in [
        ("Cargo.toml", &["license-exception-not-encountered"][..]),
        (
            "fuzz/Cargo.toml",
            &[
                "unmatched-skip",
                "advisory-not-detected",
                "license-exception-not-encountered",
                "license-not-encountered",
            ][..],
        ),
    ] {
        // Every crate of the lock file, for every target, on disk for `--offline`.
        run(cargo(&["fetch", "--locked", "--manifest-path", manifest]))?;
        let mut c = cargo(&[
            "deny",
            "--manifest-path",
            manifest,
            "--workspace",
            "--config",
            "deny.toml",
            "--offline",
            "--locked",
            "check",
        ]);
        for lint in quiet {
            c.args(["--allow", lint]);
        }
        run(c)?;
    }
    Ok(())
}

/// Installs what is missing, and only that.
fn setup(browser: bool) -> Result {
    if !String::from_utf8_lossy(
        &cmd("rustup")
            .args(["target", "list", "--installed"])
            .output()
            .map_err(|e| format!("rustup: {e}"))?
            .stdout,
    )
    .contains("wasm32-unknown-unknown")
    {
        run({
            let mut c = cmd("rustup");
            c.args(["target", "add", "wasm32-unknown-unknown"]);
            c
        })?;
    }

    install_pinned("trunk", "trunk", TRUNK_VERSION, true)?;

    let wb = locked_wasm_bindgen()?;
    let trunk_toml = fs::read_to_string(root().join("Trunk.toml"))
        .map_err(|e| format!("cannot read Trunk.toml: {e}"))?;
    if !trunk_toml.contains(&format!("wasm_bindgen = \"{wb}\"")) {
        return Err(format!(
            "Trunk.toml must pin wasm_bindgen = \"{wb}\", the version in Cargo.lock"
        ));
    }
    // Without --locked: the CLI's own lock file pins a webpki-roots that no longer builds.
    install_pinned("wasm-bindgen", "wasm-bindgen-cli", &wb, false)?;

    // The npm tools, from tools/package-lock.json: wasm-opt for the build, axe-core for the
    // accessibility tests, and the three consent managers the generated configurations are
    // loaded into by the browser tests.
    let wasm_opt = root().join("tools/node_modules/.bin/wasm-opt");
    let have = wasm_opt
        .exists()
        .then(|| version_of(wasm_opt.to_str().unwrap_or_default(), "--version"))
        .flatten();
    let axe = root().join("tools/node_modules/axe-core/axe.min.js");
    let consent_managers = [
        "klaro/dist/klaro.js",
        "vanilla-cookieconsent/dist/cookieconsent.umd.js",
        "tarteaucitronjs/tarteaucitron.js",
    ];
    let consent_missing = consent_managers
        .iter()
        .any(|f| !root().join("tools/node_modules").join(f).exists());
    if !have.is_some_and(|v| v.contains(WASM_OPT_VERSION)) || !axe.exists() || consent_missing {
        run({
            let mut c = cmd("npm");
            c.args(["ci", "--prefix", "tools", "--no-audit", "--no-fund"]);
            c
        })?;
    }

    // Debian packages the tests read the widget and its files with: the browser, poppler's
    // pdftotext for the PDF export, LibreOffice to open the Word export.
    let missing: Vec<&str> = TEST_PACKAGES
        .iter()
        .filter(|(program, _)| !Path::new(program).exists())
        .map(|(_, package)| *package)
        .collect();
    if browser && !missing.is_empty() {
        run({
            let mut c = cmd("apt-get");
            c.arg("update");
            c
        })?;
        run({
            let mut c = cmd("apt-get");
            c.args(["install", "-y", "--no-install-recommends"])
                .args(&missing)
                .env("DEBIAN_FRONTEND", "noninteractive");
            c
        })?;
    }
    if browser {
        install_cargo_deny()?;
    }
    Ok(())
}

/// A program the tests run, and the Debian package it comes from.
const TEST_PACKAGES: [(&str, &str); 4] = [
    (CHROMIUM, "chromium"),
    (CHROMEDRIVER, "chromium-driver"),
    ("/usr/bin/pdftotext", "poppler-utils"),
    ("/usr/bin/soffice", "libreoffice-writer-nogui"),
];

/// Builds `dist/` and serves it as a production host would (compressed, with the page's
/// Content-Security-Policy), at http://127.0.0.1:8080/. For live reload while editing, run
/// `trunk serve` instead.
fn serve() -> Result {
    setup(false)?;
    dist()?;
    serve_site(&root().join("dist"), 8080)?;
    eprintln!("Vendorplan: http://127.0.0.1:8080/ (the offline file: http://127.0.0.1:8080/vendorplan.html); Ctrl-C stops");
    loop {
        std::thread::park();
    }
}

/// `dist/`: Trunk's release build, the single offline file beside it, the licence notices,
/// then the strict Content-Security-Policy on the hosted page.
fn dist() -> Result {
    run({
        let mut c = cmd("trunk");
        c.args(["build", "--release"]);
        c
    })?;
    let dist = root().join("dist");
    language_files(&dist)?;
    single_file(&dist)?;
    licence_notices(&dist)?;
    embed_script(&dist)?;
    strict_csp(&dist)?;
    frame_page(&dist)?;
    service_worker(&dist)
}

/// `dist/third-party-licenses.txt` (see `notices.rs`) and `dist/NOTICE.txt` beside the site,
/// and both inside the offline file, which is handed on alone and holds the same wasm.
fn licence_notices(dist: &Path) -> Result {
    let crates = notices::shipped_crates(&notices::metadata(cmd("cargo"))?)?;
    let notices = notices::render(&crates)?;
    let write = |name: &str, text: &str| {
        fs::write(dist.join(name), text).map_err(|e| format!("cannot write dist/{name}: {e}"))
    };
    write("third-party-licenses.txt", &notices.text)?;
    let notice = notices::shipped_notice(&root())?;
    write("NOTICE.txt", &notice)?;

    // As data in the head, like the language files: a script of a type the browser does not
    // run, so the file's policy (hashes of its one script and one style) is untouched.
    let path = dist.join("vendorplan.html");
    let html =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // The last `</head>`: only the inlined glue before it could spell one.
    let head_end = html
        .rfind("</head>")
        .ok_or("dist/vendorplan.html has no </head> to put the notices before")?;
    let block = format!(
        "<script type=\"text/plain\" id=\"{}\">{}</script>\n\
         <script type=\"text/plain\" id=\"{}\">{}</script>\n</head>",
        notices::OFFLINE_ID,
        notices::neutralise(&notices.text),
        notices::OFFLINE_NOTICE_ID,
        notices::neutralise(&notice)
    );
    fs::write(
        &path,
        format!(
            "{}{block}{}",
            &html[..head_end],
            &html[head_end + "</head>".len()..]
        ),
    )
    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!(
        "wrote dist/third-party-licenses.txt: {} crates, {} distinct licence texts",
        notices.crates, notices.texts
    );
    if !notices.standard.is_empty() {
        eprintln!(
            "no licence file in their package, so given the standard text (xtask/licenses/): {}",
            notices.standard.join(", ")
        );
    }
    Ok(())
}

/// `dist/embed.html`: the page a host frames (`<iframe src=".../embed.html?origins=…">`), the
/// hosted page with its body marked so the app runs in frame mode (see `src/embed.rs`).
fn frame_page(dist: &Path) -> Result {
    let index = fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("cannot read dist/index.html: {e}"))?;
    let marker = "<body data-vendorplan-page>";
    if !index.contains(marker) {
        return Err(format!("dist/index.html has no `{marker}`"));
    }
    let frame = index.replacen(marker, "<body data-vendorplan-page=\"frame\">", 1);
    fs::write(dist.join("embed.html"), frame)
        .map_err(|e| format!("cannot write dist/embed.html: {e}"))
}

/// `dist/vendorplan.js`, the one script a host page includes to get `<vendor-plan>`: it loads
/// the same wasm as the page (Trunk's hashed names written in) and defines the element.
fn embed_script(dist: &Path) -> Result {
    let index = fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("cannot read dist/index.html: {e}"))?;
    let script = EMBED_SCRIPT
        .replace("__JS__", &between(&index, "from './", "'")?)
        .replace("__WASM__", &between(&index, "module_or_path: './", "'")?)
        .replace(
            "__CSS__",
            &between(&index, "rel=\"stylesheet\" href=\"./", "\"")?,
        );
    fs::write(dist.join("vendorplan.js"), script)
        .map_err(|e| format!("cannot write dist/vendorplan.js: {e}"))
}

const EMBED_SCRIPT: &str = r#"// <vendor-plan>: Vendorplan as a custom element. Include this module and place the element;
// see the README for its attributes and events. Written by `cargo xtask dist`.
import init, { Widget } from "./__JS__";

const here = new URL(".", import.meta.url);
const ready = init({ module_or_path: new URL("__WASM__", here) });
const stylesheet = new URL("__CSS__", here).href;

class VendorPlanElement extends HTMLElement {
  static observedAttributes = ["vendors", "storage-key", "compact", "theme", "lang"];
  #widget = null;

  connectedCallback() {
    if (!this.shadowRoot) {
      // The shadow root keeps the host's styles out and ours in.
      const shadow = this.attachShadow({ mode: "open" });
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = stylesheet;
      const root = document.createElement("div");
      root.className = "vendorplan-root";
      shadow.append(link, root);
    }
    ready.then(() => {
      if (this.isConnected && !this.#widget) {
        this.#widget = new Widget(this, this.shadowRoot.querySelector(".vendorplan-root"), here.href);
      }
    });
  }

  disconnectedCallback() {
    this.#widget?.destroy();
    this.#widget?.free();
    this.#widget = null;
  }

  attributeChangedCallback(name, before, after) {
    if (name === "theme" && after) {
      this.dataset.theme = after;
    }
    this.#widget?.configure();
  }
}

if (!customElements.get("vendor-plan")) {
  customElements.define("vendor-plan", VendorPlanElement);
}
"#;

/// `dist/sw.js`: keeps the hosted page working offline once it has been opened. It caches the
/// page's files when it installs (their list and a hash of their contents are written into it,
/// so a new build replaces the old cache), answers from the cache first, and caches other
/// files of the site the first time they are fetched (the offline file, when it is saved).
fn service_worker(dist: &Path) -> Result {
    let mut files: Vec<String> = fs::read_dir(dist)
        .map_err(|e| format!("cannot list {}: {e}", dist.display()))?
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sw.js" && name != "vendorplan.html")
        .collect();
    files.sort();
    let mut digest = Vec::new();
    for name in &files {
        digest.extend(name.as_bytes());
        digest.extend(
            fs::read(dist.join(name)).map_err(|e| format!("cannot read dist/{name}: {e}"))?,
        );
    }
    let version: String = sha256_base64(&digest)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(16)
        .collect();
    let list = std::iter::once("./".to_owned())
        .chain(files.iter().map(|f| format!("./{f}")))
        .map(|f| format!("\"{f}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let script = SERVICE_WORKER
        .replace("__VERSION__", &version)
        .replace("__FILES__", &list);
    fs::write(dist.join("sw.js"), script).map_err(|e| format!("cannot write dist/sw.js: {e}"))
}

const SERVICE_WORKER: &str = r#"// Vendorplan's service worker, written by `cargo xtask dist`. Only this site's own files are
// ever cached or answered; requests to anywhere else are left alone (and the page makes none).
const CACHE = "vendorplan-__VERSION__";
const FILES = [__FILES__];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("vendorplan-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // The site's own files come from the cache, and a file the app fetches later (the offline
  // file, when the visitor saves it) is kept there once fetched. A page visit that is not the
  // widget's (another page under the same path, such as a host's own) goes to the network as
  // if there were no worker; only when the network fails does it get the widget's page.
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) {
        return cached;
      }
      try {
        const response = await fetch(request);
        if (response.ok && request.mode !== "navigate") {
          cache.put(request, response.clone());
        }
        return response;
      } catch (offline) {
        const page = request.mode === "navigate" ? await cache.match("./") : undefined;
        if (page) {
          return page;
        }
        throw offline;
      }
    }),
  );
});
"#;

/// The Content-Security-Policy of the hosted page (`dist/index.html`): only its own files,
/// WebAssembly compiled from them, no inline script or style, no plugins, no `<base>`, no form
/// posts. `frame-ancestors` cannot be set in a page; a host sends it as a header.
pub(crate) const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
    form-action 'none'";

/// The sha-256 of a text, as CSP and SRI write it.
fn sha256_base64(text: &[u8]) -> String {
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text))
}

/// Trunk starts the app from an inline module script, which the policy forbids: it moves to a
/// file of its own (named by its hash, so it can be cached forever), and the policy goes in.
fn strict_csp(dist: &Path) -> Result {
    let path = dist.join("index.html");
    let index =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let open = "<script type=\"module\">";
    let start = index
        .find(open)
        .ok_or("dist/index.html has no inline module script to move")?;
    let end = index[start..]
        .find("</script>")
        .ok_or("dist/index.html: the module script is not closed")?
        + start;
    let script = index[start + open.len()..end].trim().to_owned() + "\n";
    let hash: String = sha256_base64(script.as_bytes())
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(16)
        .collect();
    let name = format!("start-{hash}.js");
    fs::write(dist.join(&name), &script).map_err(|e| format!("cannot write dist/{name}: {e}"))?;
    let integrity = sha256_base64(script.as_bytes());
    let index = format!(
        "{}<script type=\"module\" src=\"./{name}\" integrity=\"sha256-{integrity}\"></script>{}",
        &index[..start],
        &index[end + "</script>".len()..]
    );
    let charset = "<meta charset=\"utf-8\" />";
    if !index.contains(charset) {
        return Err("dist/index.html has no charset meta to put the policy after".into());
    }
    let index = index.replacen(
        charset,
        &format!(
            "{charset}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\" />"
        ),
        1,
    );
    fs::write(&path, index).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The text of Trunk's `dist/index.html` between `prefix` and the next `suffix`: how the
/// build's hashed file names are found.
fn between(index: &str, prefix: &str, suffix: &str) -> Result<String> {
    let start = index
        .find(prefix)
        .ok_or_else(|| format!("dist/index.html has no `{prefix}`"))?
        + prefix.len();
    let end = index[start..]
        .find(suffix)
        .ok_or_else(|| format!("dist/index.html: `{prefix}` is not closed"))?;
    Ok(index[start..start + end].to_owned())
}

/// Inlines the CSS, the icon, the JS glue and the wasm (as base64) into one HTML file that works
/// from `file://`, where browsers refuse to fetch the `.wasm` file.
/// `dist/lang-<code>-<hash>.bin`: each language after English, fetched by the app when a visitor
/// picks it. The same code made the same bytes when the app was built, so the names the app
/// asks for are these.
fn language_files(dist: &Path) -> Result {
    use vendorplan_data::translations;
    let english =
        vendorplan_data::load::load_dir(&root().join("data")).map_err(|e| e.to_string())?;
    let (_, packs) =
        translations::load_languages(&root().join("i18n"), &english).map_err(|e| e.to_string())?;
    for (pack, _) in packs {
        let (name, bytes) = translations::pack_file(&pack);
        fs::write(dist.join(&name), bytes).map_err(|e| format!("cannot write dist/{name}: {e}"))?;
    }
    Ok(())
}

/// The language files in `dist/`, by code.
fn language_files_in(dist: &Path) -> Result<Vec<(String, String)>> {
    let mut files: Vec<(String, String)> = fs::read_dir(dist)
        .map_err(|e| format!("cannot list {}: {e}", dist.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|name| {
            let code = name.strip_prefix("lang-")?.split('-').next()?.to_owned();
            name.ends_with(".bin").then_some((code, name))
        })
        .collect();
    files.sort();
    Ok(files)
}

fn single_file(dist: &Path) -> Result {
    let index = fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("cannot read dist/index.html: {e}"))?;
    let find = |prefix: &str, suffix: &str| between(&index, prefix, suffix);
    let read =
        |name: &str| fs::read(dist.join(name)).map_err(|e| format!("cannot read dist/{name}: {e}"));
    let js_name = find("from './", "'")?;
    let wasm_name = find("module_or_path: './", "'")?;
    let css_name = find("rel=\"stylesheet\" href=\"./", "\"")?;
    let icon_name = find("rel=\"icon\" href=\"./", "\"")?;
    let title = find("<title>", "</title>")?;
    let description = find("<meta name=\"description\" content=\"", "\"")?;

    let b64 = base64::engine::general_purpose::STANDARD;
    let js =
        String::from_utf8(read(&js_name)?).map_err(|_| "the JS glue is not UTF-8".to_owned())?;
    let css = String::from_utf8(read(&css_name)?).map_err(|_| "the CSS is not UTF-8".to_owned())?;
    let wasm = b64.encode(read(&wasm_name)?);
    let icon = b64.encode(read(&icon_name)?);
    // Nothing inlined may end the element that holds it.
    let js = js.replace("</script", "<\\/script");
    let css = css.replace("</style", "<\\/style");

    // The offline file carries the same policy, with its one script and one style allowed by
    // their hashes, and no network at all.
    // Every language travels inside the file, as data the app reads (never runs), in the head:
    // the app takes over the body.
    let mut languages = String::new();
    for (code, name) in language_files_in(dist)? {
        languages.push_str(&format!(
            "<script type=\"application/octet-stream\" id=\"vendorplan-lang-{code}\">{}</script>\n",
            b64.encode(read(&name)?)
        ));
    }
    let script = format!(
        "\n{js}\nconst wasmBytes = Uint8Array.from(atob(\"{wasm}\"), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: wasmBytes }});\n"
    );
    let style = format!("\n{css}\n");
    let csp = format!(
        "default-src 'none'; script-src 'sha256-{}' 'wasm-unsafe-eval'; style-src 'sha256-{}'; \
         img-src data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
        sha256_base64(script.as_bytes()),
        sha256_base64(style.as_bytes())
    );
    let html = format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{description}">
<title>{title}</title>
<link rel="icon" href="data:image/svg+xml;base64,{icon}">
<style>{style}</style>
<script type="module">{script}</script>
{languages}</head>
<body data-vendorplan-page>
<noscript>Vendorplan runs in your browser and needs JavaScript and WebAssembly.</noscript>
</body>
</html>
"#
    );
    let out = dist.join("vendorplan.html");
    fs::write(&out, html).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!("wrote {}", out.display());
    Ok(())
}

fn cargo(args: &[&str]) -> Command {
    let mut c = cmd("cargo");
    c.args(args);
    c
}

/// The end-to-end tests against `dist/`, with the browser, driver and axe-core they need;
/// `args` go to the test harness.
/// `vendorplan <args>`, built from this workspace.
fn vendorplan_cli(args: &[&str]) -> Command {
    let mut c = cargo(&["run", "--quiet", "-p", "vendorplan-cli", "--"]);
    c.args(args);
    c
}

fn e2e_tests(args: &[&str]) -> Command {
    let mut c = cargo(&[
        "test",
        "-p",
        "vendorplan-web",
        "--features",
        "e2e",
        "--test",
        "e2e",
        "--",
    ]);
    c.args(args)
        .env("VENDORPLAN_DIST", root().join("dist"))
        .env(
            "AXE_JS",
            root().join("tools/node_modules/axe-core/axe.min.js"),
        )
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("CHROMIUM", CHROMIUM);
    c
}

fn test() -> Result {
    setup(true)?;
    run(cargo(&["fmt", "--all", "--check"]))?;
    // Licences, duplicate versions, sources and security advisories of every dependency.
    deny()?;
    run(cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--features",
        "vendorplan-web/e2e",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cargo(&[
        "clippy",
        "-p",
        "vendorplan-web",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The open-data facts must match what the import makes of third_party/ today.
    import::import(true, None)?;
    // The data is also validated by the core's build script; this prints the counts.
    run(vendorplan_cli(&["validate"]))?;
    run(vendorplan_cli(&["vendors", "--stats"]))?;
    // With the tools installed above, a test that needs one fails rather than skips.
    let mut native = cargo(&["test", "--workspace"]);
    native.env("VENDORPLAN_REQUIRE_TOOLS", "1");
    run(native)?;
    // A short fuzz pass over the parsers of files and links people send each other; `cargo
    // xtask fuzz` runs longer.
    fuzz(10)?;
    dist()?;

    // wasm-bindgen-test-runner drives Chromium through ChromeDriver; webdriver.json adds the
    // flags Chromium needs as root in a container.
    let mut wasm_tests = cargo(&[
        "test",
        "-p",
        "vendorplan-web",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    wasm_tests
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    run(wasm_tests)?;

    run(e2e_tests(&["--test-threads", "1"]))
}

/// raw, gzip -9 and brotli -q 11 sizes of one file.
fn compressed_sizes(bytes: &[u8]) -> (usize, usize, usize) {
    (
        bytes.len(),
        compress(bytes, false).len(),
        compress(bytes, true).len(),
    )
}

fn heap_mb(browser: &serde_json::Value) -> String {
    browser["wasm_heap_bytes"]
        .as_f64()
        .map_or("n/a".into(), |b| format!("{:.1} MB", b / 1e6))
}

/// Criterion's `bencher` lines: `test <name> ... bench: <n> ns/iter (+/- <d>)`.
fn parse_bencher(output: &str) -> Vec<(String, f64)> {
    output
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("test ")?;
            let (name, tail) = rest.split_once(" ... bench:")?;
            let ns: f64 = tail
                .split_whitespace()
                .next()?
                .replace(',', "")
                .parse()
                .ok()?;
            Some((name.trim().to_owned(), ns))
        })
        .collect()
}

/// The Lighthouse figures of one page: medians of `LIGHTHOUSE_RUNS` runs per form factor.
const LIGHTHOUSE_RUNS: usize = 3;

/// Copies a file, making its folder first.
fn copy(from: &Path, to: &Path) -> Result {
    if let Some(dir) = to.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

/// The site Lighthouse loads: Vendorplan's `dist/` and the two peers on minimal host pages.
fn bench_site(site: &Path) -> Result {
    let _ = fs::remove_dir_all(site);
    let dist = root().join("dist");
    for entry in fs::read_dir(&dist)
        .map_err(|e| format!("cannot list dist/: {e}"))?
        .flatten()
    {
        if entry.path().is_file() {
            copy(
                &entry.path(),
                &site.join("vendorplan").join(entry.file_name()),
            )?;
        }
    }
    let npm = root().join("tools/bench/node_modules");
    let peers = root().join("bench/peers");
    copy(&peers.join("klaro.html"), &site.join("klaro/index.html"))?;
    copy(
        &npm.join("klaro/dist/klaro.js"),
        &site.join("klaro/klaro.js"),
    )?;
    copy(
        &peers.join("cookieconsent.html"),
        &site.join("cookieconsent/index.html"),
    )?;
    copy(
        &npm.join("vanilla-cookieconsent/dist/cookieconsent.esm.js"),
        &site.join("cookieconsent/cookieconsent.esm.js"),
    )?;
    copy(
        &npm.join("vanilla-cookieconsent/dist/cookieconsent.css"),
        &site.join("cookieconsent/cookieconsent.css"),
    )
}

/// Lighthouse on one URL: performance and accessibility scores, FCP, LCP, TBT and bytes
/// transferred, each the median of the runs.
fn lighthouse(url: &str, desktop: bool, out: &Path) -> Result<serde_json::Value> {
    let cli = root().join("tools/bench/node_modules/lighthouse/cli/index.js");
    let mut runs: Vec<serde_json::Value> = Vec::new();
    for i in 0..LIGHTHOUSE_RUNS {
        let path = out.join(format!(
            "{}-{}-{i}.json",
            url.trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or("page"),
            if desktop { "desktop" } else { "mobile" }
        ));
        let mut c = cmd("node");
        c.arg(&cli)
            .arg(url)
            .args(["--quiet", "--output=json", "--only-categories=performance,accessibility"])
            .arg(format!("--output-path={}", path.display()))
            .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync")
            .env("CHROME_PATH", CHROMIUM);
        if desktop {
            c.arg("--preset=desktop");
        }
        run(c)?;
        let report: serde_json::Value = serde_json::from_str(
            &fs::read_to_string(&path).map_err(|e| format!("no Lighthouse report: {e}"))?,
        )
        .map_err(|e| format!("Lighthouse report: {e}"))?;
        runs.push(report);
    }
    let median = |get: &dyn Fn(&serde_json::Value) -> Option<f64>| {
        let mut v: Vec<f64> = runs.iter().filter_map(get).collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied()
    };
    let audit = |name: &'static str| {
        move |r: &serde_json::Value| r["audits"][name]["numericValue"].as_f64()
    };
    Ok(serde_json::json!({
        "performance": median(&|r| r["categories"]["performance"]["score"].as_f64().map(|s| s * 100.0)),
        "accessibility": median(&|r| r["categories"]["accessibility"]["score"].as_f64().map(|s| s * 100.0)),
        "fcp_ms": median(&audit("first-contentful-paint")),
        "lcp_ms": median(&audit("largest-contentful-paint")),
        "tbt_ms": median(&audit("total-blocking-time")),
        "transfer_bytes": median(&audit("total-byte-weight")),
    }))
}

/// Serves `site` on loopback for Lighthouse the way a production host does: brotli (q 11) when
/// the browser accepts it, gzip otherwise, so "total transfer" means bytes over the wire.
/// The server thread ends with the process.
fn serve_site(site: &Path, port: u16) -> Result<()> {
    let server = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot serve the benchmark site on port {port}: {e}"))?;
    let site = site.to_owned();
    // Every file is compressed before the first request: brotli at quality 11 takes seconds on
    // the wasm, which would otherwise count against the first page load measured.
    let mut cache: std::collections::HashMap<(PathBuf, bool), Vec<u8>> = Default::default();
    let mut folders = vec![site.clone()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if let Ok(bytes) = fs::read(&path) {
                for brotli in [true, false] {
                    cache.insert((path.clone(), brotli), compress(&bytes, brotli));
                }
            }
        }
    }
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let path = request.url().split('?').next().unwrap_or("/").to_owned();
            let mut file = site.join(path.trim_start_matches('/'));
            if file.is_dir() {
                file = file.join("index.html");
            }
            let Ok(bytes) = fs::read(&file) else {
                let _ = request
                    .respond(tiny_http::Response::from_string("not found").with_status_code(404));
                continue;
            };
            let accepts = |enc: &str| {
                request
                    .headers()
                    .iter()
                    .any(|h| h.field.equiv("Accept-Encoding") && h.value.as_str().contains(enc))
            };
            let brotli = accepts("br");
            let body = cache
                .entry((file.clone(), brotli))
                .or_insert_with(|| compress(&bytes, brotli))
                .clone();
            let mime = match file.extension().and_then(|x| x.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("js") => "text/javascript",
                Some("css") => "text/css",
                Some("wasm") => "application/wasm",
                Some("json") => "application/json",
                Some("svg") => "image/svg+xml",
                _ => "application/octet-stream",
            };
            let header =
                |k: &str, v: &str| tiny_http::Header::from_bytes(k, v).expect("ascii header");
            let response = tiny_http::Response::from_data(body)
                .with_header(header("Content-Type", mime))
                .with_header(header(
                    "Content-Encoding",
                    if brotli { "br" } else { "gzip" },
                ));
            let _ = request.respond(response);
        }
    });
    Ok(())
}

fn compress(bytes: &[u8], brotli: bool) -> Vec<u8> {
    use std::io::Write;
    if brotli {
        let mut out = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            ..Default::default()
        };
        let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
        out
    } else {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let _ = gz.write_all(bytes);
        gz.finish().unwrap_or_default()
    }
}

fn bench() -> Result {
    if !root()
        .join("tools/bench/node_modules/lighthouse/cli/index.js")
        .exists()
    {
        run({
            let mut c = cmd("npm");
            c.args(["ci", "--prefix", "tools/bench", "--no-audit", "--no-fund"]);
            c
        })?;
    }
    dist()?;
    let out_dir = root().join("target/bench");
    fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;

    // Sizes of what a visitor downloads.
    let dist = root().join("dist");
    let mut files: Vec<(String, (usize, usize, usize))> = Vec::new();
    for entry in fs::read_dir(&dist)
        .map_err(|e| format!("cannot list dist/: {e}"))?
        .flatten()
    {
        let path = entry.path();
        if path.is_file() {
            let bytes =
                fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            files.push((
                entry.file_name().to_string_lossy().into_owned(),
                compressed_sizes(&bytes),
            ));
        }
    }
    files.sort();
    // What each way of using the widget loads: the hosted page its HTML, loader, glue, wasm,
    // stylesheet and icon; the embed its element script, glue, wasm and stylesheet (inside the
    // host's page). The offline file, the service worker and the frame page are apart.
    let total = |wanted: &dyn Fn(&str) -> bool| {
        files
            .iter()
            .filter(|(n, _)| wanted(n))
            .fold((0, 0, 0), |a, (_, s)| (a.0 + s.0, a.1 + s.1, a.2 + s.2))
    };
    let shared = |n: &str| n.starts_with("vendorplan-web-") || n.starts_with("style-");
    let hosted = total(&|n| {
        shared(n) || n == "index.html" || n.starts_with("start-") || n.starts_with("favicon-")
    });
    let embed = total(&|n| shared(n) || n == "vendorplan.js");

    // The native engine (criterion).
    let native = cmd("cargo")
        .args([
            "bench",
            "-p",
            "vendorplan-core",
            "--features",
            "pdf,docx",
            "--bench",
            "plan",
            "--bench",
            "search",
            "--",
            "--output-format",
            "bencher",
        ])
        .output()
        .map_err(|e| format!("cargo bench: {e}"))?;
    if !native.status.success() {
        return Err(format!(
            "cargo bench failed:\n{}",
            String::from_utf8_lossy(&native.stderr)
        ));
    }
    let native = parse_bencher(&String::from_utf8_lossy(&native.stdout));

    // The widget in Chromium.
    let browser_out = out_dir.join("browser.json");
    let mut browser = e2e_tests(&["--ignored", "--exact", "bench::browser_benchmark"]);
    browser.env("VENDORPLAN_BENCH_OUT", &browser_out);
    run(browser)?;
    let browser: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(&browser_out).map_err(|e| format!("no browser figures: {e}"))?,
    )
    .map_err(|e| format!("browser figures: {e}"))?;

    // Lighthouse, Vendorplan and the peers side by side.
    let site = out_dir.join("site");
    bench_site(&site)?;
    let port = 8765;
    serve_site(&site, port)?;
    let lh_dir = out_dir.join("lighthouse");
    fs::create_dir_all(&lh_dir).map_err(|e| format!("cannot create {}: {e}", lh_dir.display()))?;
    let mut lh = serde_json::Map::new();
    for page in ["vendorplan", "klaro", "cookieconsent"] {
        let url = format!("http://127.0.0.1:{port}/{page}/");
        lh.insert(
            page.into(),
            serde_json::json!({ "mobile": lighthouse(&url, false, &lh_dir)?, "desktop": lighthouse(&url, true, &lh_dir)? }),
        );
    }
    let lh = serde_json::Value::Object(lh);

    let kb = |b: usize| format!("{:.1} KB", b as f64 / 1000.0);
    let mut md = String::from("# Vendorplan benchmark\n\nMeasured by `cargo xtask bench` on this machine.\n\n## Size (what a visitor downloads)\n\n| File | Raw | gzip -9 | brotli -q 11 |\n|---|---|---|---|\n");
    for (name, (raw, gz, br)) in &files {
        md.push_str(&format!(
            "| {name} | {} | {} | {} |\n",
            kb(*raw),
            kb(*gz),
            kb(*br)
        ));
    }
    md.push_str(&format!(
        "| **hosted page total** (index.html, start, glue, wasm, CSS, icon) | {} | {} | {} |\n",
        kb(hosted.0),
        kb(hosted.1),
        kb(hosted.2)
    ));
    md.push_str(&format!(
        "| **embed total** (vendorplan.js, glue, wasm, CSS) | {} | {} | {} |\n\n",
        kb(embed.0),
        kb(embed.1),
        kb(embed.2)
    ));
    md.push_str("## Native engine (criterion, median)\n\n| Benchmark | Time |\n|---|---|\n");
    for (name, ns) in &native {
        md.push_str(&format!("| {name} | {:.1} µs |\n", ns / 1000.0));
    }
    let ms = |key: &str, field: &str| {
        browser[key][field]
            .as_f64()
            .map_or("n/a".to_owned(), |v| format!("{v:.2} ms"))
    };
    md.push_str("\n## In Chromium (performance marks the app sets)\n\n| Measure | Median | Worst |\n|---|---|---|\n");
    for (key, label) in [
        (
            "search_keystroke",
            "Search, one keystroke to results on screen",
        ),
        (
            "answer_to_plan_1_vendor",
            "Changed answer to plan on screen, 1 vendor",
        ),
        (
            "answer_to_plan_30_vendors",
            "Changed answer to plan on screen, 30 vendors",
        ),
        (
            "answer_to_plan_all_vendors",
            "Changed answer to plan on screen, all vendors",
        ),
        ("export_md", "Markdown export, 30 vendors"),
        ("export_html", "HTML export, 30 vendors"),
        ("export_pdf", "PDF export, 30 vendors"),
        ("export_docx", "Word export, 30 vendors"),
        (
            "export_csv",
            "CSV export (record of processing), 30 vendors",
        ),
        ("export_json", "JSON export, 30 vendors"),
        ("export_ics", "Calendar export, 30 vendors"),
        (
            "language_switch_first",
            "Switch to German or French, first time (fetch and apply the language file)",
        ),
        (
            "language_switch_again",
            "Switch language again (file already applied), 30 vendors",
        ),
    ] {
        md.push_str(&format!(
            "| {label} | {} | {} |\n",
            ms(key, "median_ms"),
            ms(key, "max_ms")
        ));
    }
    md.push_str(&format!(
        "\nFirst render after navigation: {}. Vendors selected for \"30\": {}, for \"all\": {}. Wasm linear memory after the plan with all vendors: {}.\n",
        browser["first_render_ms"]
            .as_f64()
            .map_or("n/a".into(), |v| format!("{v:.0} ms")),
        browser["vendors_selected_30"],
        browser["vendors_selected"],
        heap_mb(&browser),
    ));
    md.push_str(&format!("\n## Lighthouse (median of {LIGHTHOUSE_RUNS} runs; Debian Chromium, simulated throttling; served with brotli q 11 like a production host, for every page alike)\n\n| Page | Form factor | Performance | Accessibility | FCP | LCP | TBT | Transferred |\n|---|---|---|---|---|---|---|---|\n"));
    for page in ["vendorplan", "klaro", "cookieconsent"] {
        for ff in ["mobile", "desktop"] {
            let r = &lh[page][ff];
            let num = |k: &str, unit: &str| {
                r[k].as_f64()
                    .map_or("n/a".to_owned(), |v| format!("{v:.0}{unit}"))
            };
            md.push_str(&format!(
                "| {page} | {ff} | {} | {} | {} | {} | {} | {} |\n",
                num("performance", ""),
                num("accessibility", ""),
                num("fcp_ms", " ms"),
                num("lcp_ms", " ms"),
                num("tbt_ms", " ms"),
                r["transfer_bytes"]
                    .as_f64()
                    .map_or("n/a".to_owned(), |b| kb(b as usize)),
            ));
        }
    }
    let ratio = |peer: &str| {
        let ours = lh["vendorplan"]["mobile"]["transfer_bytes"].as_f64();
        let theirs = lh[peer]["mobile"]["transfer_bytes"].as_f64();
        match (ours, theirs) {
            (Some(o), Some(t)) if t > 0.0 => format!("{:.1}×", o / t),
            _ => "n/a".into(),
        }
    };
    md.push_str(&format!("\nVendorplan transfers {} the bytes of Klaro and {} those of vanilla-cookieconsent on these pages (Vendorplan is a full assessment tool with its catalog; the peers are banners).\n", ratio("klaro"), ratio("cookieconsent")));
    md.push_str(&format!(
        "\n## Goals\n\n| Goal | Now |\n|---|---|\n| Hosted page ≤ 250 KB brotli | {} |\n| Answer to plan ≤ 16 ms with all vendors | {} worst |\n| Search ≤ 1 ms per keystroke | {} worst |\n| Lighthouse mobile performance ≥ 98, accessibility 100 | {} / {} |\n| Wasm heap ≤ 20 MB | {} |\n",
        kb(hosted.2),
        ms("answer_to_plan_all_vendors", "max_ms"),
        ms("search_keystroke", "max_ms"),
        lh["vendorplan"]["mobile"]["performance"],
        lh["vendorplan"]["mobile"]["accessibility"],
        heap_mb(&browser),
    ));
    let json = serde_json::json!({
        "sizes": files.iter().map(|(n, (r, g, b))| serde_json::json!({"file": n, "raw": r, "gzip": g, "brotli": b})).collect::<Vec<_>>(),
        "hosted_total": {"raw": hosted.0, "gzip": hosted.1, "brotli": hosted.2},
        "embed_total": {"raw": embed.0, "gzip": embed.1, "brotli": embed.2},
        "native_ns": native.iter().map(|(n, ns)| (n.clone(), serde_json::json!(ns))).collect::<serde_json::Map<_, _>>(),
        "browser": browser,
        "lighthouse": lh,
    });
    fs::write(out_dir.join("REPORT.md"), &md)
        .map_err(|e| format!("cannot write the report: {e}"))?;
    fs::write(
        out_dir.join("bench.json"),
        serde_json::to_string_pretty(&json).unwrap_or_default(),
    )
    .map_err(|e| format!("cannot write bench.json: {e}"))?;
    println!("{md}");
    Ok(())
}
