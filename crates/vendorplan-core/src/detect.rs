//! Which catalog vendors a website uses, from what the visitor pastes: a page's HTML, a list of
//! URLs or domains, response headers, or any text that contains them.
//!
//! Every finding carries the evidence it rests on (the host and the catalog domain it falls
//! under, or the cookie name), because a detection is a hint the visitor has to confirm, not a
//! fact. The input may be large and hostile, so it is read by a hand-written scanner in one pass
//! per kind of evidence, with no backtracking, no allocation per byte and a bounded result.

use std::collections::HashMap;

use serde::Serialize;
use vendorplan_data::{t, Dataset, VendorId};

/// Enough evidence to show why a vendor was found; a 20 MB paste must not make the result grow
/// with it.
pub const MAX_EVIDENCE: usize = 20;

/// Longest host name DNS allows (RFC 1035 §2.3.4, without the trailing dot).
const MAX_HOST: usize = 253;
/// Longest DNS label (RFC 1035 §2.3.4).
const MAX_LABEL: usize = 63;
/// Cookie names longer than this are not in any catalog record; reading them is wasted work.
const MAX_COOKIE_NAME: usize = 256;

/// A catalog vendor found in the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub vendor: VendorId,
    /// Distinct, in the order first seen, at most [`MAX_EVIDENCE`].
    pub evidence: Vec<Evidence>,
}

/// What a finding rests on, so the visitor can judge it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Evidence {
    /// `host` (lowercased, without port) is `domain` or one of its subdomains.
    Host { host: String, domain: String },
    /// A cookie of the vendor's record, named in a `Set-Cookie:`, `Cookie:` or `document.cookie`
    /// text. Names such as `session` are used by many sites, so this is weaker than a host.
    Cookie { name: String },
}

impl Evidence {
    /// The evidence in words, in the dataset's language: "sso.example.com (domain
    /// example.com)", "cookie _ga".
    pub fn describe(&self, data: &Dataset) -> String {
        match self {
            Evidence::Host { host, domain } => t!(
                data,
                "report-evidence-host",
                host = host.as_str(),
                domain = domain.as_str()
            ),
            Evidence::Cookie { name } => t!(data, "report-evidence-cookie", name = name.as_str()),
        }
    }
}

/// The vendors whose domains or cookies appear in `input`, by vendor id.
///
/// A host matches the *most specific* catalog domain it falls under: `fonts.example.com`
/// belongs to a vendor listing `fonts.example.com`, not also to one listing `example.com`, since
/// big providers run unrelated services on subdomains of one name.
pub fn detect(data: &Dataset, input: &str) -> Vec<Finding> {
    let mut domains: HashMap<String, Vec<usize>> = HashMap::new();
    let mut cookies: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, v) in data.vendors.iter().enumerate() {
        for d in &v.domains {
            let d = d.trim_matches('.').to_ascii_lowercase();
            if !d.is_empty() {
                add_once(domains.entry(d).or_default(), i);
            }
        }
        for c in &v.cookies {
            add_once(cookies.entry(c.name.as_str()).or_default(), i);
        }
    }

    let mut evidence: Vec<Vec<Evidence>> = vec![Vec::new(); data.vendors.len()];
    if !domains.is_empty() {
        for_each_host(input, |host| {
            let Some((domain, vendors)) = most_specific(&domains, host) else {
                return;
            };
            for &i in vendors {
                let list = &mut evidence[i];
                let seen = list
                    .iter()
                    .any(|e| matches!(e, Evidence::Host { host: h, .. } if h == host));
                if !seen && list.len() < MAX_EVIDENCE {
                    list.push(Evidence::Host {
                        host: host.to_owned(),
                        domain: domain.to_owned(),
                    });
                }
            }
        });
    }
    if !cookies.is_empty() {
        for_each_cookie_name(input, |name| {
            let Some(vendors) = cookies.get(name) else {
                return;
            };
            for &i in vendors {
                let list = &mut evidence[i];
                let seen = list
                    .iter()
                    .any(|e| matches!(e, Evidence::Cookie { name: n } if n == name));
                if !seen && list.len() < MAX_EVIDENCE {
                    list.push(Evidence::Cookie {
                        name: name.to_owned(),
                    });
                }
            }
        });
    }

    let mut findings: Vec<Finding> = data
        .vendors
        .iter()
        .zip(evidence)
        .filter(|(_, e)| !e.is_empty())
        .map(|(v, evidence)| Finding {
            vendor: v.id.clone(),
            evidence,
        })
        .collect();
    // Already so for a validated dataset; a hand-built one need not be.
    findings.sort_by(|a, b| a.vendor.cmp(&b.vendor));
    findings
}

fn add_once(list: &mut Vec<usize>, i: usize) {
    if !list.contains(&i) {
        list.push(i);
    }
}

/// The longest catalog domain that `host` is or falls under.
fn most_specific<'m>(
    domains: &'m HashMap<String, Vec<usize>>,
    host: &str,
) -> Option<(&'m str, &'m [usize])> {
    let mut rest = host;
    loop {
        if let Some((d, v)) = domains.get_key_value(rest) {
            return Some((d.as_str(), v.as_slice()));
        }
        let dot = rest.bytes().position(|b| b == b'.')?;
        rest = rest.get(dot + 1..)?;
    }
}

/// Calls `f` with every plausible host name in `text`, lowercased, without port or trailing dot.
///
/// Host names are maximal runs of letters, digits, `.`, `-` and `_`; a run counts if it is a
/// well-formed DNS name whose last label is alphabetic, which drops IP addresses and version
/// numbers (file names such as `app.js` pass, and match no catalog domain). After `//host` (a URL's
/// authority) the path, query and fragment are skipped, so `?ref=example.com` in someone else's
/// link is not taken for a use of `example.com`.
pub(crate) fn for_each_host(text: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut buf = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let (is_host, width) = host_char(text, i);
        if !is_host {
            i += width;
            continue;
        }
        let start = i;
        while let Some(&b) = bytes.get(i) {
            // Most input is ASCII: decide it here, without decoding.
            let width = if b.is_ascii() {
                if !is_host_byte(b) {
                    break;
                }
                1
            } else {
                match host_char(text, i) {
                    (true, width) => width,
                    (false, _) => break,
                }
            };
            i += width;
        }
        let authority = after_slashes(bytes, start);
        let run = skip_escape(bytes, start, &bytes[start..i]);
        if let Some(host) = normalise_host(run, &mut buf) {
            f(host);
        }
        if authority {
            if let Some(path) = path_start(bytes, i) {
                i = skip_path(bytes, path);
            }
        }
    }
}

/// Whether the character at byte `i` can be part of a host run, and its width in bytes.
/// Non-ASCII letters join the run (so `bücher.de` is not read as `cher.de`) and make it invalid;
/// non-ASCII punctuation such as typographic quotes separates.
fn host_char(text: &str, i: usize) -> (bool, usize) {
    let Some(&b) = text.as_bytes().get(i) else {
        return (false, 1);
    };
    if b.is_ascii() {
        return (is_host_byte(b), 1);
    }
    match text.get(i..).and_then(|s| s.chars().next()) {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        // Not a char boundary: cannot happen when stepping by widths, but never loop forever.
        None => (false, 1),
    }
}

fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_')
}

/// Whether the run at `start` follows `//` (or the JSON-escaped `\/\/`), or a userinfo `@`.
fn after_slashes(bytes: &[u8], start: usize) -> bool {
    matches!(
        bytes[..start],
        [.., b'@'] | [.., b'/', b'/'] | [.., b'\\', b'/', b'\\', b'/']
    )
}

/// Drops an escape that the scanner swallowed into the run: the hex digits of `%2F` or
/// `\u002F`, or the letter of `\n`, which precede hosts in encoded or script-embedded URLs.
fn skip_escape<'b>(bytes: &[u8], start: usize, run: &'b [u8]) -> &'b [u8] {
    let hex = |s: &[u8]| s.iter().all(u8::is_ascii_hexdigit);
    match start.checked_sub(1).map(|p| bytes[p]) {
        Some(b'%') if run.len() >= 2 && hex(&run[..2]) => &run[2..],
        Some(b'\\') => match run.first() {
            Some(b'u') if run.len() >= 5 && hex(&run[1..5]) => &run[5..],
            Some(b'x') if run.len() >= 3 && hex(&run[1..3]) => &run[3..],
            Some(b'n' | b'r' | b't' | b'b' | b'f' | b'v' | b'0') => &run[1..],
            _ => run,
        },
        _ => run,
    }
}

/// Where the path, query or fragment starts after a host ending at `i`, past an optional port.
fn path_start(bytes: &[u8], mut i: usize) -> Option<usize> {
    if bytes.get(i) == Some(&b':') {
        i += 1;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    match bytes.get(i) {
        Some(b'/' | b'?' | b'#') => Some(i),
        Some(b'\\') if bytes.get(i + 1) == Some(&b'/') => Some(i),
        _ => None,
    }
}

/// The end of a URL's path: the first character that cannot be in an unquoted URL, or that
/// separates list items.
fn skip_path(bytes: &[u8], mut i: usize) -> usize {
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_whitespace()
            || b.is_ascii_control()
            || matches!(
                b,
                b'"' | b'\''
                    | b'`'
                    | b'<'
                    | b'>'
                    | b','
                    | b'('
                    | b')'
                    | b'['
                    | b']'
                    | b'{'
                    | b'}'
                    | b'|'
                    | b'^'
            )
        {
            break;
        }
        i += 1;
    }
    i
}

/// `run` as a lowercased host name in `buf`, or `None` if it cannot be one.
fn normalise_host<'b>(run: &[u8], buf: &'b mut String) -> Option<&'b str> {
    let trimmed = trim(run, |b| matches!(b, b'.' | b'-' | b'_'));
    // Most runs are words, and a host has a dot.
    if !trimmed.contains(&b'.') || trimmed.len() > MAX_HOST || !trimmed.is_ascii() {
        return None;
    }
    let mut labels = 0;
    let mut last: &[u8] = &[];
    for label in trimmed.split(|&b| b == b'.') {
        if label.is_empty()
            || label.len() > MAX_LABEL
            || label.starts_with(b"-")
            || label.ends_with(b"-")
        {
            return None;
        }
        labels += 1;
        last = label;
    }
    let tld_ok =
        last.len() >= 2 && (last.iter().all(u8::is_ascii_alphabetic) || last.starts_with(b"xn--"));
    if labels < 2 || !tld_ok {
        return None;
    }
    buf.clear();
    buf.push_str(std::str::from_utf8(trimmed).ok()?);
    buf.make_ascii_lowercase();
    Some(buf.as_str())
}

fn trim(s: &[u8], strip: impl Fn(u8) -> bool) -> &[u8] {
    let start = s.iter().position(|&b| !strip(b)).unwrap_or(s.len());
    let end = s.iter().rposition(|&b| !strip(b)).map_or(start, |e| e + 1);
    &s[start..end]
}

/// Calls `f` with every cookie name set or sent in `text`: the first name of `Set-Cookie:` and of
/// `document.cookie = "…"`, and every name of a `Cookie:` request header. Header names are
/// matched without regard to case, also as JSON keys (`"set-cookie": "…"`).
pub(crate) fn for_each_cookie_name(text: &str, mut f: impl FnMut(&str)) {
    const KEY: &[u8] = b"cookie";
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + KEY.len() <= bytes.len() {
        // The first letter rules out almost every position without a call.
        if bytes[i] | 0x20 != b'c' || !bytes[i..i + KEY.len()].eq_ignore_ascii_case(KEY) {
            i += 1;
            continue;
        }
        let before = &bytes[..i];
        let ends_with = |s: &[u8]| {
            before.len() >= s.len() && before[before.len() - s.len()..].eq_ignore_ascii_case(s)
        };
        let after = i + KEY.len();
        // Each branch resumes after what it read, so overlapping headers cost linear time.
        i = if ends_with(b"document.") {
            script_cookie(bytes, after, &mut f)
        } else if ends_with(b"set-") {
            header_cookies(bytes, after, true, &mut f)
        } else if before.last().is_some_and(u8::is_ascii_alphanumeric) {
            // `xcookie:` is not a header.
            after
        } else {
            header_cookies(bytes, after, false, &mut f)
        };
    }
}

/// After `document.cookie`: ` = "name=value; …"`.
fn script_cookie(bytes: &[u8], mut i: usize, f: &mut impl FnMut(&str)) -> usize {
    i = skip_spaces(bytes, i);
    if bytes.get(i) != Some(&b'=') || bytes.get(i + 1) == Some(&b'=') {
        return i;
    }
    i = skip_spaces(bytes, i + 1);
    if !matches!(bytes.get(i), Some(b'"' | b'\'' | b'`')) {
        return i;
    }
    cookie_pair(bytes, i + 1, f).unwrap_or(i + 1)
}

/// After `Set-Cookie` or `Cookie`: an optional closing quote, `:`, an optional opening quote, then
/// `name=value` pairs separated by `;` (only the first is a cookie for `Set-Cookie`; the rest are
/// its attributes).
fn header_cookies(bytes: &[u8], mut i: usize, set: bool, f: &mut impl FnMut(&str)) -> usize {
    if matches!(bytes.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    i = skip_spaces(bytes, i);
    if bytes.get(i) != Some(&b':') {
        return i;
    }
    i = skip_spaces(bytes, i + 1);
    if matches!(bytes.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    loop {
        let Some(end) = cookie_pair(bytes, skip_spaces(bytes, i), f) else {
            return i;
        };
        i = end;
        if set || bytes.get(i) != Some(&b';') {
            return i;
        }
        i += 1;
    }
}

/// Reads `name=value` at `i`, calls `f` with the name, and returns where the value ends (at `;`,
/// a quote or the end of the line); `None` if there is no such pair.
fn cookie_pair(bytes: &[u8], i: usize, f: &mut impl FnMut(&str)) -> Option<usize> {
    let len = bytes[i.min(bytes.len())..]
        .iter()
        .take(MAX_COOKIE_NAME + 1)
        .position(|&b| !is_token(b))?;
    if len == 0 || len > MAX_COOKIE_NAME || bytes.get(i + len) != Some(&b'=') {
        return None;
    }
    // Token bytes are ASCII, so this is always valid UTF-8.
    if let Ok(name) = std::str::from_utf8(&bytes[i..i + len]) {
        f(name);
    }
    let mut end = i + len + 1;
    while let Some(&b) = bytes.get(end) {
        if matches!(b, b';' | b'"' | b'\'' | b'`' | b'\r' | b'\n') {
            break;
        }
        end += 1;
    }
    Some(end)
}

/// RFC 6265 §4.1.1 cookie-name: an RFC 2616 token.
fn is_token(b: u8) -> bool {
    b.is_ascii_graphic()
        && !matches!(
            b,
            b'(' | b')'
                | b'<'
                | b'>'
                | b'@'
                | b','
                | b';'
                | b':'
                | b'\\'
                | b'"'
                | b'/'
                | b'['
                | b']'
                | b'?'
                | b'='
                | b'{'
                | b'}'
        )
}

fn skip_spaces(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    fn hosts(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_host(text, |h| out.push(h.to_owned()));
        out
    }

    fn cookies(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_cookie_name(text, |n| out.push(n.to_owned()));
        out
    }

    fn vendors(input: &str) -> Vec<String> {
        detect(dataset(), input)
            .into_iter()
            .map(|f| f.vendor.0)
            .collect()
    }

    fn host(host: &str, domain: &str) -> Evidence {
        Evidence::Host {
            host: host.into(),
            domain: domain.into(),
        }
    }

    #[test]
    fn script_src_in_html() {
        let html = r#"<html><head><script src="https://console.jumpcloud.com/x.js"></script>"#;
        let found = detect(dataset(), html);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].vendor.as_str(), "jumpcloud");
        assert_eq!(
            found[0].evidence,
            [host("console.jumpcloud.com", "console.jumpcloud.com")]
        );
    }

    #[test]
    fn url_and_domain_lists() {
        let list =
            "https://example.org/a\nhttps://api.eu.jumpcloud.com/v2\n  sso.jumpcloud.com ,foo.test";
        let found = detect(dataset(), list);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].evidence,
            [
                host("api.eu.jumpcloud.com", "api.eu.jumpcloud.com"),
                host("sso.jumpcloud.com", "sso.jumpcloud.com"),
            ]
        );
        assert_eq!(
            vendors("example.com, jumpcloud.com example.net"),
            ["jumpcloud"]
        );
    }

    #[test]
    fn subdomains_match_their_most_specific_catalog_domain() {
        let found = detect(
            dataset(),
            "//cdn.jumpcloud.com/a.js x.console.jumpcloud.com",
        );
        assert_eq!(
            found[0].evidence,
            [
                host("cdn.jumpcloud.com", "jumpcloud.com"),
                host("x.console.jumpcloud.com", "console.jumpcloud.com"),
            ]
        );
    }

    #[test]
    fn look_alikes_do_not_match() {
        for input in [
            "https://jumpcloud.com.evil.net/x.js",
            "notjumpcloud.com",
            "jumpcloud.community",
            "my-jumpcloud.com",
            "my_jumpcloud.com",
            "jumpcloud.co",
            "jumpcloud",
            "https://evil.net/jumpcloud.com/x?ref=console.jumpcloud.com#jumpcloud.com",
            "bücher.jumpcloud.com",
        ] {
            assert!(vendors(input).is_empty(), "{input}");
        }
    }

    #[test]
    fn case_ports_userinfo_and_trailing_dots() {
        assert_eq!(
            hosts("HTTPS://Console.JumpCloud.COM:8443/Login"),
            ["console.jumpcloud.com"]
        );
        assert_eq!(
            hosts("console.jumpcloud.com:8443"),
            ["console.jumpcloud.com"]
        );
        assert_eq!(
            hosts("https://me:pw@api.jumpcloud.com/x.y.com"),
            ["api.jumpcloud.com"]
        );
        assert_eq!(hosts("See jumpcloud.com."), ["jumpcloud.com"]);
        assert_eq!(hosts("“jumpcloud.com”"), ["jumpcloud.com"]);
        assert_eq!(vendors("Console.JUMPCLOUD.com:8443"), ["jumpcloud"]);
    }

    #[test]
    fn encoded_and_escaped_urls() {
        assert_eq!(
            hosts(r"https%3A%2F%2Fconsole.jumpcloud.com%2Fx"),
            ["console.jumpcloud.com"]
        );
        assert_eq!(
            hosts(r#"{"u":"https:\/\/console.jumpcloud.com\/a\/b.example.com"}"#),
            ["console.jumpcloud.com"]
        );
        assert_eq!(
            hosts(r#""https:\u002F\u002Fconsole.jumpcloud.com""#),
            ["console.jumpcloud.com"]
        );
        assert_eq!(hosts(r"'\nsso.jumpcloud.com'"), ["sso.jumpcloud.com"]);
    }

    #[test]
    fn strange_hosts_are_ignored() {
        let long = format!("{}.com", "a".repeat(300));
        let label = format!("{}.com", "a".repeat(64));
        for input in [
            "192.168.0.1",
            "1.2.3",
            "v1.2",
            "a..b.com",
            "a.-b.com",
            "a-.com",
            "x.c",
            "localhost",
            "",
            "....",
            "app.123",
            "\u{0}.\u{7f}",
            &long,
            &label,
        ] {
            assert!(hosts(input).is_empty(), "{input}: {:?}", hosts(input));
        }
        assert_eq!(hosts("-a.com- _b.com_"), ["a.com", "b.com"]);
    }

    #[test]
    fn cookie_names() {
        assert_eq!(
            cookies(
                "HTTP/1.1 200 OK\r\nSet-Cookie: jcc_mfa=1; Path=/; Secure\r\nset-cookie:session=x"
            ),
            ["jcc_mfa", "session"]
        );
        assert_eq!(
            cookies("Cookie: a=1; csrf_token=2;b=3\nx=4"),
            ["a", "csrf_token", "b"]
        );
        assert_eq!(
            cookies(r#"document.cookie = "jcc_mfa=1; path=/"; document.cookie == "x=1""#),
            ["jcc_mfa"]
        );
        assert_eq!(
            cookies(r#"{"set-cookie": "session=1; Secure"}"#),
            ["session"]
        );
        assert!(cookies("a cookie: is a biscuit; mycookie: a=1; cookie").is_empty());
    }

    #[test]
    fn cookies_are_evidence() {
        let found = detect(dataset(), "Set-Cookie: jcc_mfa=abc; Path=/");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].vendor.as_str(), "jumpcloud");
        assert_eq!(
            found[0].evidence,
            [Evidence::Cookie {
                name: "jcc_mfa".into()
            }]
        );
        // Names count only where a cookie is set or sent, and exactly.
        assert!(vendors("jcc_mfa=abc").is_empty());
        assert!(vendors("Set-Cookie: JCC_MFA=abc").is_empty());
    }

    #[test]
    fn evidence_is_distinct_and_capped() {
        let mut input = String::from("jumpcloud.com JUMPCLOUD.COM https://jumpcloud.com/\n");
        for i in 0..100 {
            input.push_str(&format!("h{i}.jumpcloud.com\n"));
        }
        input.push_str("Set-Cookie: session=1\n");
        let found = detect(dataset(), &input);
        assert_eq!(found.len(), 1);
        let evidence = &found[0].evidence;
        assert_eq!(evidence.len(), MAX_EVIDENCE);
        assert_eq!(evidence[0], host("jumpcloud.com", "jumpcloud.com"));
        assert_eq!(evidence[1], host("h0.jumpcloud.com", "jumpcloud.com"));
    }

    #[test]
    fn findings_are_by_vendor_id_and_each_vendor_once() {
        let mut data = dataset().clone();
        let mut other = data.vendors[0].clone();
        other.id = "aaa-first".into();
        other.domains = vec!["Example.COM".into()];
        other.cookies.clear();
        data.vendors.insert(0, other);
        let found = detect(
            &data,
            "jumpcloud.com example.com www.example.com jumpcloud.com",
        );
        let ids: Vec<_> = found.iter().map(|f| f.vendor.as_str()).collect();
        assert_eq!(ids, ["aaa-first", "jumpcloud"]);
        assert_eq!(found[0].evidence.len(), 2);
        assert_eq!(found[1].evidence.len(), 1);
    }

    #[test]
    fn large_hostile_input_is_linear() {
        // About 6 MB mixing near-misses, long runs, unterminated URLs and repeated headers.
        let mut input = String::with_capacity(7 << 20);
        let chunk = "<a href=\"https://x.jumpcloud.com.evil.net/p?q=jumpcloud.com\">\
                     notjumpcloud.com 1.2.3.4 Cookie: a=1;b=2;c=3 set-cookie:session=1 \
                     document.cookie=\"jcc_mfa=1\" ////\\u002F%2F....-.-.\n";
        while input.len() < 3 << 20 {
            input.push_str(chunk);
        }
        input.push_str(&"a.".repeat(1 << 19));
        input.push_str(&"Cookie:".repeat(1 << 17));
        input.push_str(&"https://".repeat(1 << 16));
        input.push_str(&"\\u002F%2F".repeat(1 << 16));
        input.push_str("\nsso.jumpcloud.com");
        let started = std::time::Instant::now();
        let found = detect(dataset(), &input);
        let took = started.elapsed();
        assert_eq!(found.len(), 1);
        assert!(found[0].evidence.len() <= MAX_EVIDENCE);
        assert!(found[0]
            .evidence
            .contains(&host("sso.jumpcloud.com", "sso.jumpcloud.com")));
        // Generous for unoptimised test builds on a slow machine; it takes a few tens of ms.
        assert!(took.as_secs() < 5, "{took:?}");
    }
}
