//! What the hosted page promises about its own files: every asset it loads is pinned by a
//! Subresource Integrity hash that matches the file served, its security.txt (RFC 9116)
//! has the required fields and has not expired, and every crate compiled into the wasm has its
//! licence texts shipped beside it and inside the offline file.

use std::collections::BTreeSet;
use std::process::Command;

use base64::Engine as _;
use sha2::Digest as _;

use crate::harness::dist;

// The same walk `cargo xtask dist` writes the notices from.
#[allow(dead_code)] // xtask uses the rest of it.
#[path = "../../xtask/src/notices.rs"]
mod notices;

/// The attributes of every `<script>` and `<link>` tag of the page, as (name, value) pairs.
fn tags(html: &str) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    for start in ["<script", "<link"] {
        for (i, _) in html.match_indices(start) {
            let tag = &html[i..i + html[i..].find('>').expect("a closed tag")];
            let mut attrs = Vec::new();
            let mut rest = tag;
            while let Some(eq) = rest.find("=\"") {
                let name = rest[..eq]
                    .rsplit([' ', '\n'])
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                let value_end = rest[eq + 2..].find('"').expect("a closed value");
                attrs.push((name, rest[eq + 2..eq + 2 + value_end].to_owned()));
                rest = &rest[eq + 2 + value_end + 1..];
            }
            out.push(attrs);
        }
    }
    out
}

#[test]
fn every_asset_of_the_hosted_page_is_pinned_by_a_hash_that_matches_it() {
    let dir = dist();
    let html = std::fs::read_to_string(dir.join("index.html")).expect("a built dist/index.html");
    let mut checked = 0;
    for attrs in tags(&html) {
        let get = |name: &str| {
            attrs
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let Some(file) = get("src").or_else(|| get("href")) else {
            continue;
        };
        // The licence link is for readers; the browser does not fetch it.
        if get("rel") == Some("license") {
            continue;
        }
        let file = file.trim_start_matches("./");
        let integrity = get("integrity")
            .unwrap_or_else(|| panic!("{file} is loaded without an integrity attribute"));
        let bytes = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let (algorithm, expected) = integrity.split_once('-').expect("algorithm-hash");
        let digest = match algorithm {
            "sha256" => sha2::Sha256::digest(&bytes).to_vec(),
            "sha384" => sha2::Sha384::digest(&bytes).to_vec(),
            "sha512" => sha2::Sha512::digest(&bytes).to_vec(),
            other => panic!("{file}: unexpected algorithm {other}"),
        };
        assert_eq!(
            base64::engine::general_purpose::STANDARD.encode(digest),
            expected,
            "{file}: the integrity hash does not match the file"
        );
        checked += 1;
    }
    // The loader, the stylesheet, the icon, the glue and the wasm.
    assert!(checked >= 5, "only {checked} assets found in index.html");
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

#[test]
fn security_txt_has_the_rfc_9116_fields_and_has_not_expired() {
    let text = std::fs::read_to_string(dist().join(".well-known/security.txt"))
        .expect("dist/.well-known/security.txt is shipped");
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}: ")))
            .map(str::trim)
    };
    let contact = field("Contact").expect("Contact is required (RFC 9116 §2.5.3)");
    assert!(
        contact.starts_with("https://") || contact.starts_with("mailto:"),
        "{contact}"
    );
    let expires = field("Expires").expect("Expires is required (RFC 9116 §2.5.5)");
    let part = |range: std::ops::Range<usize>| expires[range].parse::<i64>().expect("a date");
    let expires = days(part(0..4), part(5..7), part(8..10));
    let today = (std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        / 86_400) as i64;
    assert!(
        expires > today,
        "security.txt has expired: renew its Expires field"
    );
    assert!(
        expires - today <= 366,
        "RFC 9116 §2.5.5 recommends an expiry less than a year ahead"
    );
    assert!(
        field("Policy").is_some(),
        "the policy (SECURITY.md) is linked"
    );
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| env!("CARGO").into()));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// The third-party crates cargo links into the wasm, by its own resolver, as "name version":
/// xtask works them out from `cargo metadata` itself, and this checks that walk.
fn crates_cargo_links() -> BTreeSet<String> {
    let out = cargo()
        .args(["tree", "-p", notices::PACKAGE, "--target", notices::TARGET])
        .args([
            "-e",
            "normal,no-proc-macro",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "cargo tree: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim_end_matches(" (*)"))
        // Our own crates come with their path: they are Vendorplan, under NOTICE.
        .filter(|l| !l.is_empty() && !l.contains(" ("))
        .map(|l| l.replacen(" v", " ", 1))
        .collect()
}

/// The text between `open` and the next `</script>` of `html`, which must be in its head.
fn element<'a>(html: &'a str, open: &str) -> &'a str {
    let start = html
        .find(open)
        .unwrap_or_else(|| panic!("the offline file has no `{open}`"))
        + open.len();
    let end = start + html[start..].find("</script>").expect("a closed element");
    assert!(
        end < html.find("</head>").expect("a head"),
        "{open} is in the head"
    );
    &html[start..end]
}

#[test]
fn every_crate_in_the_wasm_has_its_licence_texts_beside_it_and_in_the_offline_file() {
    let dir = dist();
    let text = std::fs::read_to_string(dir.join("third-party-licenses.txt"))
        .expect("dist/third-party-licenses.txt is shipped");
    let shipped = notices::shipped_crates(&notices::metadata(cargo()).unwrap()).unwrap();
    let headings: BTreeSet<String> = shipped.iter().map(notices::Crate::heading).collect();
    assert_eq!(
        headings,
        crates_cargo_links(),
        "the crates xtask finds for the wasm are not the ones cargo links"
    );

    // Entries are paragraphs: "name version", then "  Licence: …", then the texts they use.
    let entries: Vec<&str> = text
        .split("\n\n")
        .map(|e| e.trim_start_matches('\n'))
        .filter(|e| {
            e.lines()
                .nth(1)
                .is_some_and(|l| l.starts_with("  Licence:"))
        })
        .collect();
    let listed: BTreeSet<String> = entries
        .iter()
        .filter_map(|e| e.lines().next().map(str::to_owned))
        .collect();
    let missing: Vec<&String> = headings.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "compiled into the wasm but missing from dist/third-party-licenses.txt: {missing:?}"
    );
    let stale: Vec<&String> = listed.difference(&headings).collect();
    assert!(stale.is_empty(), "listed but not in the wasm: {stale:?}");
    for entry in entries {
        let numbers: Vec<&str> = entry
            .split('[')
            .skip(1)
            .filter_map(|s| s.split_once(']').map(|(n, _)| n))
            .filter(|n| n.parse::<usize>().is_ok())
            .collect();
        assert!(!numbers.is_empty(), "no licence text for:\n{entry}");
        for n in numbers {
            assert!(
                text.contains(&format!("\n[{n}] for ")),
                "text [{n}] is not printed:\n{entry}"
            );
        }
    }

    let notice = notices::shipped_notice(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join("NOTICE.txt")).expect("dist/NOTICE.txt is shipped"),
        notice
    );
    for file in [
        "crates/vendorplan-document/fonts/LICENSE-OFL.txt",
        "third_party/open-cookie-database/LICENSE",
    ] {
        assert!(
            notice.contains(&format!("==== {file} ====")),
            "{file} goes with NOTICE"
        );
    }
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(
        index.contains("<link rel=\"license\" href=\"third-party-licenses.txt\""),
        "the hosted page links to the licences"
    );

    // The offline file is handed on alone, with the same wasm: it carries both, as text.
    let html = std::fs::read_to_string(dir.join("vendorplan.html")).unwrap();
    let open = |id: &str| format!("<script type=\"text/plain\" id=\"{id}\">");
    assert!(
        element(&html, &open(notices::OFFLINE_ID)) == notices::neutralise(&text),
        "the offline file's licence texts are not dist/third-party-licenses.txt"
    );
    assert!(
        element(&html, &open(notices::OFFLINE_NOTICE_ID)) == notices::neutralise(&notice),
        "the offline file's NOTICE is not NOTICE"
    );
}
