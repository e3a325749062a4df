//! What the hosted page promises about its own files: every asset it loads is pinned by a
//! Subresource Integrity hash that matches the file served, and its security.txt (RFC 9116)
//! has the required fields and has not expired.

use base64::Engine as _;
use sha2::Digest as _;

use crate::harness::dist;

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
