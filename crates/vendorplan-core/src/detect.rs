//! Which catalog vendors a website uses, from what the visitor pastes or uploads: a page's HTML,
//! a list of URLs or domains, response headers, or a HAR file exported from the browser's
//! developer tools.
//!
//! Every finding carries the evidence it rests on (the address the page loads and the catalog
//! domain it falls under, or the cookie name), because a detection is a hint the visitor has to
//! confirm, not a fact. The input may be 20 MB and hostile, so a [`Detector`] takes it in chunks
//! (the browser yields between them), keeps at most [`MAX_CARRY`] bytes between two chunks and a
//! bounded result, and reads with hand-written scanners that never backtrack.
//!
//! What counts as use: an address the page *loads* (a script, frame, stylesheet, image, form
//! target, a request in a HAR, a URL in inline script or CSS, a line of a URL list) or a cookie
//! the vendor's record names. A plain link (`<a href>`) is where a visitor may go, not what the
//! page uses, so a blog post that links to `stripe.com/docs` or the company's Facebook page finds
//! nothing; only links to a vendor's service endpoint (a Stripe payment link) count. Commented-out
//! markup and JSON-LD (`sameAs` profile links) are not read.

use std::collections::HashMap;

use serde::Serialize;
use vendorplan_data::{t, Dataset, VendorId};

/// Enough evidence to show why a vendor was found; a 20 MB paste must not make the result grow
/// with it.
pub const MAX_EVIDENCE: usize = 20;
/// Text held back between two chunks while a line or a tag is incomplete. A "line" or tag longer
/// than this (a minified bundle) is dropped rather than held: memory stays bounded.
pub const MAX_CARRY: usize = 1 << 20;

/// Longest host name DNS allows (RFC 1035 §2.3.4, without the trailing dot).
const MAX_HOST: usize = 253;
/// Longest DNS label (RFC 1035 §2.3.4).
const MAX_LABEL: usize = 63;
/// Cookie names longer than this are not in any catalog record; reading them is wasted work.
const MAX_COOKIE_NAME: usize = 256;
/// URLs are shown up to this many characters; tracking URLs carry kilobytes of query.
const MAX_URL_SHOWN: usize = 160;
/// HAR strings kept whole (URLs, header values, cookie names); longer ones are response bodies
/// or data URLs, skipped without being stored.
const MAX_JSON_STRING: usize = 16 << 10;
/// A HAR nests about eight levels (initiator stacks a few dozen); deeper is not a HAR.
const MAX_JSON_DEPTH: usize = 512;
/// Cookies kept per HAR entry until the entry's URL is known.
const MAX_ENTRY_COOKIES: usize = 64;
/// How much of the input decides its kind.
const SNIFF: usize = 4096;

/// What the input was read as, decided from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputKind {
    /// HTTP Archive 1.2 (DevTools' "Save all as HAR").
    Har,
    Html,
    /// A URL or domain list, headers, or any text that mentions hosts.
    Text,
}

/// Why (part of) the input could not be read. Findings from the part before the problem are kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Problem {
    /// NUL bytes or mostly control characters: an image, an archive, a PDF.
    Binary,
    /// Looks like a HAR file but is not valid JSON at this place.
    HarSyntax {
        line: usize,
        column: usize,
        found: String,
    },
    /// The HAR file ends before its JSON does (a cut download or copy).
    HarTruncated,
    /// Nesting deeper than any HAR file.
    HarTooDeep { line: usize, column: usize },
}

impl Problem {
    pub fn describe(&self, data: &Dataset) -> String {
        match self {
            Problem::Binary => t!(data, "detect-problem-binary"),
            Problem::HarSyntax {
                line,
                column,
                found,
            } => t!(
                data,
                "detect-problem-har-syntax",
                line = *line,
                column = *column,
                found = found.as_str()
            ),
            Problem::HarTruncated => t!(data, "detect-problem-har-truncated"),
            Problem::HarTooDeep { line, column } => t!(
                data,
                "detect-problem-har-too-deep",
                line = *line,
                column = *column
            ),
        }
    }
}

/// A catalog vendor found in the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub vendor: VendorId,
    /// Distinct, in the order first seen, at most [`MAX_EVIDENCE`].
    pub evidence: Vec<Evidence>,
}

/// How the page uses an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// A request in a HAR file.
    Request,
    /// `<script src>`.
    Script,
    /// `<iframe src>`: an embedded page (a video, a map, a form).
    Frame,
    /// `<link href>` of a stylesheet, preload or preconnect.
    Resource,
    /// `<img>`, `<video>`, `<audio>`, `<source>`, `<embed>`, `<object>`: a pixel or media.
    Media,
    /// `<form action>`: the form's data goes there.
    Form,
    /// `<a href>` to a service endpoint (only these count; see the module comment).
    Link,
    /// An address inside an inline `<script>`.
    InlineScript,
    /// An address inside CSS (`@import`, `url()`).
    Style,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::Request => "request",
            Source::Script => "script",
            Source::Frame => "frame",
            Source::Resource => "resource",
            Source::Media => "media",
            Source::Form => "form",
            Source::Link => "link",
            Source::InlineScript => "inline-script",
            Source::Style => "style",
        }
    }
}

/// What a finding rests on, so the visitor can judge it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Evidence {
    /// `host` (lowercased, without port) is `domain` or one of its subdomains; from a URL list
    /// or a host named in text.
    Host { host: String, domain: String },
    /// The page loads `url` (cut to [`MAX_URL_SHOWN`] characters) in the way `source` says;
    /// `matched` is the catalog domain it falls under, or the vendor's address pattern when the
    /// domain is shared (`www.googletagmanager.com/gtag/js?id=G-`).
    Url {
        url: String,
        host: String,
        source: Source,
        matched: String,
    },
    /// The page loads `file`, the tracker of self-hosted software, from its own server.
    SelfHosted {
        url: String,
        file: String,
        source: Source,
    },
    /// A cookie of the vendor's record, set or sent in a header, a HAR entry or
    /// `document.cookie`, with the host that set it or received it when known. Names such as
    /// `session` are used by many sites, so this is weaker than an address.
    Cookie {
        name: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        set_by: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        sent_to: Option<String>,
    },
}

impl Evidence {
    /// The evidence in words, in the dataset's language: "request to https://… (domain …)",
    /// "cookie _ga sent to www.example.com".
    pub fn describe(&self, data: &Dataset) -> String {
        match self {
            Evidence::Host { host, domain } => t!(
                data,
                "report-evidence-host",
                host = host.as_str(),
                domain = domain.as_str()
            ),
            Evidence::Url {
                url,
                source,
                matched,
                ..
            } => t!(
                data,
                "detect-evidence-url",
                source = source.as_str(),
                url = url.as_str(),
                matched = matched.as_str()
            ),
            Evidence::SelfHosted { url, file, .. } => t!(
                data,
                "detect-evidence-self-hosted",
                url = url.as_str(),
                file = file.as_str()
            ),
            Evidence::Cookie {
                name,
                set_by: Some(host),
                ..
            } => t!(
                data,
                "detect-evidence-cookie-set",
                name = name.as_str(),
                host = host.as_str()
            ),
            Evidence::Cookie {
                name,
                sent_to: Some(host),
                ..
            } => t!(
                data,
                "detect-evidence-cookie-sent",
                name = name.as_str(),
                host = host.as_str()
            ),
            Evidence::Cookie { name, .. } => {
                t!(data, "report-evidence-cookie", name = name.as_str())
            }
        }
    }

    fn is_cookie(&self) -> bool {
        matches!(self, Evidence::Cookie { .. })
    }

    /// Two pieces of evidence that tell the visitor the same thing: the same host loaded the
    /// same way, the same cookie.
    fn same_as(&self, other: &Evidence) -> bool {
        match (self, other) {
            (Evidence::Host { host: a, .. }, Evidence::Host { host: b, .. }) => a == b,
            (
                Evidence::Url {
                    host: a, source: s, ..
                },
                Evidence::Url {
                    host: b, source: t, ..
                },
            ) => a == b && s == t,
            (Evidence::SelfHosted { file: a, .. }, Evidence::SelfHosted { file: b, .. }) => a == b,
            (Evidence::Cookie { name: a, .. }, Evidence::Cookie { name: b, .. }) => a == b,
            _ => false,
        }
    }
}

/// The result of reading one input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Detection {
    pub kind: InputKind,
    /// By vendor id.
    pub findings: Vec<Finding>,
    /// Set when (part of) the input could not be read.
    pub problem: Option<Problem>,
    /// Addresses looked at: requests of a HAR, loaded URLs of a page, lines of a list.
    pub addresses: usize,
}

/// An address on a domain that several vendors share, or on a general one such as
/// `www.google.com`, that belongs to one vendor by its path (and `id` parameter).
struct Signature {
    host: &'static str,
    path: &'static str,
    /// Prefix of the `id=` query parameter; empty for any.
    id: &'static str,
    vendor: &'static str,
    /// Whether a plain link to it is use: a payment link sends the visitor's payment there.
    link: bool,
}

const fn sig(
    host: &'static str,
    path: &'static str,
    id: &'static str,
    vendor: &'static str,
) -> Signature {
    Signature {
        host,
        path,
        id,
        vendor,
        link: false,
    }
}

/// Checked before the catalog domains. Sources: Google's tag documentation (container `GTM-`,
/// GA4 `G-`, Universal Analytics `UA-`, Ads `AW-`, Floodlight `DC-` ids), reCAPTCHA's and Maps'
/// embed documentation, GA4's Google-signals endpoint, Stripe's payment links and Checkout.
const SIGNATURES: &[Signature] = &[
    sig(
        "www.googletagmanager.com",
        "/gtm.js",
        "",
        "google-tag-manager",
    ),
    sig(
        "www.googletagmanager.com",
        "/ns.html",
        "",
        "google-tag-manager",
    ),
    sig(
        "www.googletagmanager.com",
        "/gtag/js",
        "GTM-",
        "google-tag-manager",
    ),
    sig(
        "www.googletagmanager.com",
        "/gtag/js",
        "G-",
        "google-analytics",
    ),
    sig(
        "www.googletagmanager.com",
        "/gtag/js",
        "UA-",
        "google-analytics",
    ),
    sig("www.googletagmanager.com", "/gtag/js", "AW-", "google-ads"),
    sig("www.googletagmanager.com", "/gtag/js", "DC-", "google-ads"),
    sig(
        "www.googletagmanager.com",
        "/gtag/destination",
        "G-",
        "google-analytics",
    ),
    sig(
        "www.googletagmanager.com",
        "/gtag/destination",
        "AW-",
        "google-ads",
    ),
    sig("stats.g.doubleclick.net", "/", "", "google-analytics"),
    sig("www.google.com", "/recaptcha/", "", "google-recaptcha"),
    sig("www.gstatic.com", "/recaptcha/", "", "google-recaptcha"),
    sig("www.google.com", "/maps/", "", "google-maps"),
    // The YouTube player checks for ad blockers here, on Google Ads' domain.
    sig("static.doubleclick.net", "/instream/", "", "youtube"),
    Signature {
        link: true,
        ..sig("buy.stripe.com", "/", "", "stripe")
    },
    Signature {
        link: true,
        ..sig("checkout.stripe.com", "/", "", "stripe")
    },
];

/// Tracker files of self-hosted software: found on the site's own server (or named in an
/// inline snippet), they mean the software runs there. `unless`: the hosted edition, whose
/// snippet names the same file on its own domain.
struct SelfHostedFile {
    file: &'static str,
    vendor: &'static str,
    unless: &'static str,
}

const SELF_HOSTED: &[SelfHostedFile] = &[
    SelfHostedFile {
        file: "matomo.js",
        vendor: "matomo-on-premise",
        unless: "matomo-cloud",
    },
    SelfHostedFile {
        file: "matomo.php",
        vendor: "matomo-on-premise",
        unless: "matomo-cloud",
    },
    SelfHostedFile {
        file: "piwik.js",
        vendor: "matomo-on-premise",
        unless: "matomo-cloud",
    },
    SelfHostedFile {
        file: "piwik.php",
        vendor: "matomo-on-premise",
        unless: "matomo-cloud",
    },
];

/// The catalog's domains and cookie names, by vendor index.
struct Index {
    domains: HashMap<String, Vec<usize>>,
    cookies: HashMap<String, Vec<usize>>,
    /// `_ga_*`, `intercom-id-*`: names that start with the prefix.
    cookie_prefixes: Vec<(String, usize)>,
    ids: HashMap<String, usize>,
}

impl Index {
    fn empty() -> Index {
        Index {
            domains: HashMap::new(),
            cookies: HashMap::new(),
            cookie_prefixes: Vec::new(),
            ids: HashMap::new(),
        }
    }

    fn new(data: &Dataset) -> Index {
        let mut index = Index::empty();
        for (i, v) in data.vendors.iter().enumerate() {
            index.ids.insert(v.id.to_string(), i);
            for d in &v.domains {
                let d = d.trim_matches('.').to_ascii_lowercase();
                if !d.is_empty() {
                    add_once(index.domains.entry(d).or_default(), i);
                }
            }
            for c in &v.cookies {
                match c.name.strip_suffix('*') {
                    // A bare `*` or a one-letter prefix would match everything.
                    Some(prefix) if prefix.len() >= 2 => {
                        if !index.cookie_prefixes.contains(&(prefix.to_owned(), i)) {
                            index.cookie_prefixes.push((prefix.to_owned(), i));
                        }
                    }
                    Some(_) => {}
                    None => add_once(index.cookies.entry(c.name.clone()).or_default(), i),
                }
            }
        }
        index
    }

    /// The vendors whose records name cookie `name`.
    fn cookie_vendors(&self, name: &str) -> Vec<usize> {
        let mut out = self.cookies.get(name).cloned().unwrap_or_default();
        for (prefix, i) in &self.cookie_prefixes {
            if name.starts_with(prefix.as_str()) {
                add_once(&mut out, *i);
            }
        }
        out
    }
}

/// A URL split into its lowercased host and the rest (path, query, fragment).
struct Url<'u> {
    host: String,
    rest: &'u str,
}

/// `https://host/…`, `//host/…` or, for lists, `host/…`. `None` for relative URLs and anything
/// whose host is not a plausible DNS name.
fn split_url(url: &str, bare_host: bool) -> Option<Url<'_>> {
    let after = if let Some(rest) = strip_prefix_ci(url, "https://") {
        rest
    } else if let Some(rest) = strip_prefix_ci(url, "http://") {
        rest
    } else if let Some(rest) = url.strip_prefix("//") {
        rest
    } else if bare_host {
        url
    } else {
        return None;
    };
    let end = after.find(['/', '?', '#', '\\']).unwrap_or(after.len());
    let (authority, rest) = after.split_at(end);
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => authority,
    };
    if !host.bytes().all(is_host_byte) {
        return None;
    }
    let mut buf = String::new();
    let host = normalise_host(host.as_bytes(), &mut buf)?.to_owned();
    Some(Url { host, rest })
}

fn strip_prefix_ci<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// The bucket of an Amazon S3 URL, lower-cased, when it is named like a domain: path style
/// (`s3.amazonaws.com/<bucket>/…`, also regional `s3.<region>.amazonaws.com` and
/// `s3-<region>.amazonaws.com`) or virtual-hosted style (`<bucket>.s3….amazonaws.com`).
fn s3_bucket(host: &str, rest: &str) -> Option<String> {
    let (before, region_part) = host.strip_suffix(".amazonaws.com").and_then(|h| {
        // `s3`, `s3.eu-west-1`, `s3-eu-west-1`, each possibly after `<bucket>.`.
        let start = h
            .rfind("s3")
            .filter(|&i| i == 0 || h.as_bytes()[i - 1] == b'.')?;
        Some((&h[..start], &h[start..]))
    })?;
    let region_ok = region_part == "s3"
        || region_part
            .strip_prefix("s3.")
            .or_else(|| region_part.strip_prefix("s3-"))
            .is_some_and(|r| !r.is_empty() && !r.contains('.'));
    if !region_ok {
        return None;
    }
    let bucket = match before.strip_suffix('.') {
        Some(virtual_hosted) => virtual_hosted,
        None => rest.trim_start_matches('/').split(['/', '?', '#']).next()?,
    };
    bucket.contains('.').then(|| bucket.to_ascii_lowercase())
}

/// The value of the `id` query parameter.
fn id_param(rest: &str) -> Option<&str> {
    let query = rest.split_once('?')?.1.split('#').next()?;
    query.split('&').find_map(|p| p.strip_prefix("id="))
}

fn signature(url: &Url) -> Option<&'static Signature> {
    let path = url.rest.split(['?', '#']).next().unwrap_or_default();
    let path = if path.is_empty() { "/" } else { path };
    SIGNATURES.iter().find(|s| {
        s.host == url.host
            && path.starts_with(s.path)
            && (s.id.is_empty() || id_param(url.rest).is_some_and(|id| id.starts_with(s.id)))
    })
}

/// The tracker file the path ends in, if it is one of [`SELF_HOSTED`].
fn self_hosted(path: &str) -> Option<&'static SelfHostedFile> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let file = path.rsplit('/').next().unwrap_or_default();
    SELF_HOSTED
        .iter()
        .find(|s| s.file.eq_ignore_ascii_case(file))
}

/// The URL as shown: cut at a character boundary, with an ellipsis.
fn shown(url: &str) -> String {
    match url.char_indices().nth(MAX_URL_SHOWN) {
        Some((i, _)) => format!("{}…", &url[..i]),
        None => url.to_owned(),
    }
}

/// The site a host belongs to, roughly its registrable domain: the last two labels, three when
/// the second-level label is a short public suffix part (`co.uk`, `com.au`). Without the public
/// suffix list this errs on hosts like `example.github.io`, which only costs cookie evidence.
fn site_of(host: &str) -> &str {
    let labels: Vec<&str> = host.rsplitn(4, '.').collect();
    let keep = match labels.as_slice() {
        [_, second, _, ..]
            if second.len() <= 3
                && matches!(*second, "co" | "com" | "org" | "net" | "ac" | "gov" | "edu") =>
        {
            3
        }
        _ => 2,
    };
    let cut: usize = labels.iter().take(keep).map(|l| l.len() + 1).sum();
    &host[host.len().saturating_sub(cut - 1)..]
}

/// Whether a cookie name alone points to its vendor: not a word a site would pick for its own
/// cookie (`cart`, `session`, `t`). Names with a leading underscore (`_ga`, `_fbp`), an inner
/// separator (`jcc_mfa`, `VISITOR_INFO1_LIVE`), a prefix pattern (`_ga_*`), inner capitals
/// (`UserMatchHistory`) or the vendor's name (`hubspotutk`) qualify.
fn distinctive(name: &str, vendor: &str, prefix_pattern: bool) -> bool {
    let inner = name.trim_start_matches('_');
    let vendor_word = vendor
        .split('-')
        .any(|w| w.len() >= 4 && name.to_ascii_lowercase().contains(w));
    prefix_pattern
        || vendor_word
        || (name.starts_with('_') && name.len() >= 3)
        || (inner.len() >= 4
            && inner.as_bytes()[1..inner.len() - 1]
                .iter()
                .any(|b| matches!(b, b'_' | b'-' | b'.')))
        || (inner.len() >= 8 && inner.as_bytes()[1..].iter().any(u8::is_ascii_uppercase))
}

fn add_once(list: &mut Vec<usize>, i: usize) {
    if !list.contains(&i) {
        list.push(i);
    }
}

/// Where the HTML scanner is between two chunks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Raw {
    Markup,
    Comment,
    /// Inside `<script>`: its code is read when `read` (inline JavaScript, not JSON-LD).
    Script {
        read: bool,
    },
    Style,
}

/// Which vendors an input names, fed in chunks; see the module comment.
pub struct Detector<'d> {
    data: &'d Dataset,
    index: Index,
    kind: Option<InputKind>,
    /// The first bytes, held until they decide the kind.
    head: String,
    /// An incomplete line or tag, held for the next chunk.
    carry: String,
    /// An incomplete UTF-8 sequence at the end of the last byte chunk.
    utf8: Vec<u8>,
    raw: Raw,
    json: Json,
    evidence: Vec<Vec<Evidence>>,
    problem: Option<Problem>,
    addresses: usize,
    /// The site of a HAR's first request: cookies sent to or set by it are the site's own.
    site: Option<String>,
}

impl<'d> Detector<'d> {
    pub fn new(data: &'d Dataset) -> Detector<'d> {
        Detector::with_index(data, Index::new(data))
    }

    fn with_index(data: &'d Dataset, index: Index) -> Detector<'d> {
        Detector {
            data,
            index,
            kind: None,
            head: String::new(),
            carry: String::new(),
            utf8: Vec::new(),
            raw: Raw::Markup,
            json: Json::default(),
            evidence: vec![Vec::new(); data.vendors.len()],
            problem: None,
            addresses: 0,
            site: None,
        }
    }

    /// The kind, once the first [`SNIFF`] bytes (or the whole input) have been fed.
    pub fn kind(&self) -> Option<InputKind> {
        self.kind
    }

    /// Reads the next part of the input. Chunks may split lines, tags and JSON strings anywhere.
    pub fn feed(&mut self, chunk: &str) {
        if self.problem.is_some() {
            return;
        }
        if self.kind.is_none() {
            self.head.push_str(chunk);
            if self.head.len() < SNIFF {
                return;
            }
            let head = std::mem::take(&mut self.head);
            self.start(&head, false);
            return;
        }
        self.read(chunk, false);
    }

    /// [`Detector::feed`] for bytes, as read from a file: a chunk may end inside a UTF-8
    /// sequence; invalid bytes read as U+FFFD.
    pub fn feed_bytes(&mut self, chunk: &[u8]) {
        let mut bytes = std::mem::take(&mut self.utf8);
        bytes.extend_from_slice(chunk);
        let mut rest = &bytes[..];
        let mut text = String::with_capacity(rest.len());
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    text.push_str(s);
                    break;
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    text.push_str(std::str::from_utf8(good).unwrap_or_default());
                    match e.error_len() {
                        Some(n) => {
                            text.push('\u{fffd}');
                            rest = &bad[n..];
                        }
                        None => {
                            self.utf8 = bad.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        self.feed(&text);
    }

    /// The findings, by vendor id, after the last chunk.
    /// Ends this input, as [`Detector::finish`] does, and leaves the detector ready for the
    /// next one. Building the catalog index is most of the cost of reading a small input, so a
    /// caller that reads many keeps one detector.
    pub fn finish_and_reset(&mut self) -> Detection {
        let detection = self.conclude();
        let index = std::mem::replace(&mut self.index, Index::empty());
        *self = Detector::with_index(self.data, index);
        detection
    }

    pub fn finish(mut self) -> Detection {
        self.conclude()
    }

    fn conclude(&mut self) -> Detection {
        if !self.utf8.is_empty() {
            self.utf8.clear();
            self.feed("\u{fffd}");
        }
        if self.problem.is_none() {
            if self.kind.is_none() {
                let head = std::mem::take(&mut self.head);
                self.start(&head, true);
            } else {
                self.read("", true);
            }
        }
        if self.kind == Some(InputKind::Har) && self.problem.is_none() && !self.json.done {
            self.problem = Some(Problem::HarTruncated);
        }
        let findings = self.resolve();
        Detection {
            kind: self.kind.unwrap_or(InputKind::Text),
            findings,
            problem: self.problem.take(),
            addresses: self.addresses,
        }
    }

    fn start(&mut self, head: &str, last: bool) {
        match sniff(head) {
            Ok(kind) => {
                self.kind = Some(kind);
                self.read(head, last);
            }
            Err(problem) => {
                self.kind = Some(InputKind::Text);
                self.problem = Some(problem);
            }
        }
    }

    fn read(&mut self, chunk: &str, last: bool) {
        match self.kind {
            Some(InputKind::Har) => {
                let mut json = std::mem::take(&mut self.json);
                let result = json.feed(chunk.as_bytes(), self);
                self.json = json;
                if let Err(p) = result {
                    self.problem = Some(p);
                }
            }
            Some(kind) => {
                let mut buf = std::mem::take(&mut self.carry);
                buf.push_str(chunk);
                let used = if kind == InputKind::Html {
                    self.scan_html(&buf, last)
                } else {
                    self.scan_text(&buf, last)
                };
                if buf.len() - used <= MAX_CARRY {
                    buf.drain(..used);
                    self.carry = buf;
                } else {
                    // An endless tag or line: give it up, and with it any raw-text state.
                    self.raw = Raw::Markup;
                }
            }
            None => {}
        }
    }

    /// Complete lines only, unless `last`; returns the bytes used.
    fn scan_text(&mut self, buf: &str, last: bool) -> usize {
        let end = if last { buf.len() } else { safe_cut(buf) };
        for line in buf[..end].lines() {
            self.text_line(line);
        }
        end
    }

    fn text_line(&mut self, line: &str) {
        let item = line
            .trim()
            .trim_matches(|c| matches!(c, '"' | '\'' | ',' | '<' | '>'));
        // One URL, or `host/path`, per line: read with its path, which can name the vendor.
        let is_url = !item.contains(char::is_whitespace)
            && (item.starts_with("//")
                || strip_prefix_ci(item, "http://").is_some()
                || strip_prefix_ci(item, "https://").is_some()
                || (item.contains('/') && split_url(item, true).is_some()));
        if is_url {
            self.url(item, None);
            return;
        }
        let mut hosts = Vec::new();
        for_each_host(line, |h| hosts.push(h.to_owned()));
        for h in hosts {
            self.listed_host(&h);
        }
        let mut cookies = Vec::new();
        for_each_cookie_name(line, |n| cookies.push(n.to_owned()));
        for c in cookies {
            self.cookie(&c, None, None);
        }
    }

    fn listed_host(&mut self, host: &str) {
        self.addresses += 1;
        if let Some((domain, vendors)) = most_specific(&self.index.domains, host) {
            let e = Evidence::Host {
                host: host.to_owned(),
                domain: domain.to_owned(),
            };
            let vendors = vendors.to_vec();
            for i in vendors {
                self.add(i, e.clone());
            }
        }
    }

    /// An address the page loads; `source` `None` for a line of a URL list.
    fn url(&mut self, raw: &str, source: Option<Source>) {
        let raw = raw.trim();
        let decoded;
        let raw = if raw.contains("&amp;") {
            decoded = raw.replace("&amp;", "&");
            decoded.as_str()
        } else {
            raw
        };
        let Some(url) = split_url(raw, source.is_none()) else {
            // A relative URL is on the site itself: only a self-hosted tracker tells something.
            if source.is_some_and(|s| s != Source::Link) && !raw.contains(':') {
                self.self_hosted(raw, raw, source.unwrap_or(Source::Request));
            }
            return;
        };
        self.addresses += 1;
        let evidence = |matched: &str| match source {
            None => Evidence::Host {
                host: url.host.clone(),
                domain: matched.to_owned(),
            },
            Some(source) => Evidence::Url {
                url: shown(raw),
                host: url.host.clone(),
                source,
                matched: matched.to_owned(),
            },
        };
        if let Some(s) = signature(&url) {
            if source != Some(Source::Link) || s.link {
                let pattern = match s.id {
                    "" => format!("{}{}", s.host, s.path),
                    id => format!("{}{}?id={id}", s.host, s.path),
                };
                if let Some(&i) = self.index.ids.get(s.vendor) {
                    self.add(i, evidence(&pattern));
                }
            }
            return;
        }
        if source == Some(Source::Link) {
            return;
        }
        // A file in another company's S3 bucket is that company's: Mailchimp's signup form
        // loads `s3.amazonaws.com/downloads.mailchimp.com/…`, which says nothing about the site
        // using AWS. A bucket named like a catalog domain is credited to that vendor.
        if let Some(bucket) = s3_bucket(&url.host, url.rest) {
            if let Some((domain, vendors)) = most_specific(&self.index.domains, &bucket) {
                let e = evidence(domain);
                let vendors = vendors.to_vec();
                for i in vendors {
                    self.add(i, e.clone());
                }
                return;
            }
        }
        if let Some((domain, vendors)) = most_specific(&self.index.domains, &url.host) {
            let e = evidence(domain);
            let vendors = vendors.to_vec();
            for i in vendors {
                self.add(i, e.clone());
            }
            return;
        }
        self.self_hosted(url.rest, raw, source.unwrap_or(Source::Request));
    }

    fn self_hosted(&mut self, path: &str, url: &str, source: Source) {
        if let Some(s) = self_hosted(path) {
            if let Some(&i) = self.index.ids.get(s.vendor) {
                self.add(
                    i,
                    Evidence::SelfHosted {
                        url: shown(url),
                        file: s.file.to_owned(),
                        source,
                    },
                );
            }
        }
    }

    /// Cookie `name`, set by or sent to `host` when known. A cookie on a vendor's host counts
    /// for that vendor only; one on another third party's host not at all (its name says
    /// nothing about the site); on the site's own host, or without a host, for every vendor
    /// whose record names it.
    fn cookie(&mut self, name: &str, set_by: Option<&str>, sent_to: Option<&str>) {
        let mut vendors = self.index.cookie_vendors(name);
        if vendors.is_empty() {
            return;
        }
        if let Some(host) = set_by.or(sent_to) {
            let owners = self.host_vendors(host);
            if !owners.is_empty() {
                vendors.retain(|v| owners.contains(v));
            } else if self.site.as_deref().is_some_and(|s| site_of(host) != s) {
                return;
            }
        }
        let e = Evidence::Cookie {
            name: name.to_owned(),
            set_by: set_by.map(str::to_owned),
            sent_to: sent_to.filter(|_| set_by.is_none()).map(str::to_owned),
        };
        for i in vendors {
            self.add(i, e.clone());
        }
    }

    fn host_vendors(&self, host: &str) -> Vec<usize> {
        most_specific(&self.index.domains, host).map_or_else(Vec::new, |(_, v)| v.to_vec())
    }

    fn add(&mut self, vendor: usize, e: Evidence) {
        let list = &mut self.evidence[vendor];
        if list.len() < MAX_EVIDENCE && !list.iter().any(|x| x.same_as(&e)) {
            list.push(e);
        }
    }

    /// A finished HAR entry.
    fn entry(&mut self, entry: Entry) {
        let Some(url) = entry.url else { return };
        let host = split_url(&url, false).map(|u| u.host);
        if self.site.is_none() {
            self.site = host.as_deref().map(|h| site_of(h).to_owned());
        }
        self.url(&url, Some(Source::Request));
        let Some(host) = host else { return };
        // A signature host (www.google.com/recaptcha/) belongs to its vendor for cookies too.
        let signed = split_url(&url, false)
            .and_then(|u| signature(&u))
            .and_then(|s| self.index.ids.get(s.vendor).copied());
        for name in &entry.sent {
            self.cookie_on(name, &host, signed, false);
        }
        for name in &entry.set {
            self.cookie_on(name, &host, signed, true);
        }
    }

    fn cookie_on(&mut self, name: &str, host: &str, signed: Option<usize>, set: bool) {
        match signed {
            Some(v) => {
                if self.index.cookie_vendors(name).contains(&v) {
                    self.add(
                        v,
                        Evidence::Cookie {
                            name: name.to_owned(),
                            set_by: set.then(|| host.to_owned()),
                            sent_to: (!set).then(|| host.to_owned()),
                        },
                    );
                }
            }
            None if set => self.cookie(name, Some(host), None),
            None => self.cookie(name, None, Some(host)),
        }
    }

    /// Cookie evidence weighed against the rest: a cookie that several vendors name goes to
    /// those with an address, else to none; a vendor found by cookies alone needs a distinctive
    /// name; a self-hosted tracker yields to the hosted edition found by its domain.
    fn resolve(&mut self) -> Vec<Finding> {
        let strong: Vec<bool> = self
            .evidence
            .iter()
            .map(|list| list.iter().any(|e| !e.is_cookie()))
            .collect();
        let mut findings = Vec::new();
        for (i, list) in self.evidence.iter().enumerate() {
            let id = self.data.vendors[i].id.as_str();
            let mut list: Vec<Evidence> = list
                .iter()
                .filter(|e| match e {
                    Evidence::Cookie { name, .. } => {
                        strong[i] || self.index.cookie_vendors(name).len() == 1
                    }
                    _ => true,
                })
                .cloned()
                .collect();
            if !strong[i] {
                let prefixed = |n: &str| {
                    self.index
                        .cookie_prefixes
                        .iter()
                        .any(|(p, v)| *v == i && n.starts_with(p.as_str()))
                };
                let keep = list.iter().any(|e| match e {
                    Evidence::Cookie { name, .. } => distinctive(name, id, prefixed(name)),
                    _ => false,
                });
                if !keep {
                    list.clear();
                }
            }
            let yields = SELF_HOSTED.iter().any(|s| {
                s.vendor == id && self.index.ids.get(s.unless).is_some_and(|&u| strong[u])
            });
            if yields {
                list.retain(|e| !matches!(e, Evidence::SelfHosted { .. }));
                if list.iter().all(Evidence::is_cookie) {
                    list.clear();
                }
            }
            // The self-hosted files of one tracker (`matomo.js`, `matomo.php`) can be read in
            // either order depending on where a chunk ends; put them in the order of their file
            // names, in the places they hold, so that chunking never changes the result.
            let slots: Vec<usize> = (0..list.len())
                .filter(|&k| matches!(list[k], Evidence::SelfHosted { .. }))
                .collect();
            let mut hosted: Vec<Evidence> = slots.iter().map(|&k| list[k].clone()).collect();
            hosted.sort_by(|a, b| match (a, b) {
                (Evidence::SelfHosted { file: x, .. }, Evidence::SelfHosted { file: y, .. }) => {
                    x.cmp(y)
                }
                _ => std::cmp::Ordering::Equal,
            });
            for (k, e) in slots.into_iter().zip(hosted) {
                list[k] = e;
            }
            if !list.is_empty() {
                findings.push(Finding {
                    vendor: self.data.vendors[i].id.clone(),
                    evidence: list,
                });
            }
        }
        // Shared infrastructure (a CDN that two records of one company both use, such as
        // i0.wp.com for Jetpack and WordPress.com) is explained by the vendor that also shows
        // evidence of its own; a vendor seen only through such shared addresses then yields.
        let data = self.data;
        let matched = |e: &Evidence| match e {
            Evidence::Host { domain, .. } => Some(domain.clone()),
            Evidence::Url { matched, .. } => Some(matched.clone()),
            _ => None,
        };
        let shared_by = |f: &Finding| -> Option<Vec<String>> {
            let v = data.vendor(&f.vendor)?;
            f.evidence
                .iter()
                .map(|e| matched(e).filter(|d| v.shared_domains.contains(d)))
                .collect()
        };
        let explained: Vec<(VendorId, Vec<String>)> = findings
            .iter()
            .filter(|f| shared_by(f).is_none())
            .filter_map(|f| {
                Some((
                    f.vendor.clone(),
                    data.vendor(&f.vendor)?.shared_domains.clone(),
                ))
            })
            .collect();
        findings.retain(|f| match shared_by(f) {
            Some(domains) => !domains
                .iter()
                .all(|d| explained.iter().any(|(_, theirs)| theirs.contains(d))),
            None => true,
        });
        // Already so for a validated dataset; a hand-built one need not be.
        findings.sort_by(|a, b| a.vendor.cmp(&b.vendor));
        findings
    }
}

/// The vendors whose domains or cookies appear in `input`, by vendor id; the whole input at
/// once (see [`Detector`] for chunks and problems).
///
/// A host matches the *most specific* catalog domain it falls under: `fonts.example.com`
/// belongs to a vendor listing `fonts.example.com`, not also to one listing `example.com`, since
/// big providers run unrelated services on subdomains of one name.
pub fn detect(data: &Dataset, input: &str) -> Vec<Finding> {
    detect_all(data, input).findings
}

/// [`detect`] with the kind of input and any problem.
pub fn detect_all(data: &Dataset, input: &str) -> Detection {
    let mut d = Detector::new(data);
    d.feed(input);
    d.finish()
}

/// The kind of input from its first bytes, or why it cannot be read.
fn sniff(head: &str) -> Result<InputKind, Problem> {
    let head = head.trim_start_matches('\u{feff}');
    let head = &head[..floor_boundary(head, SNIFF)];
    let mut total = 0;
    let mut odd = 0;
    for c in head.chars() {
        total += 1;
        if c == '\0' {
            return Err(Problem::Binary);
        }
        if c == '\u{fffd}' || (c.is_control() && !c.is_whitespace()) {
            odd += 1;
        }
    }
    if odd * 10 > total {
        return Err(Problem::Binary);
    }
    let start = head.trim_start();
    if start.starts_with('{') && head.contains("\"log\"") {
        return Ok(InputKind::Har);
    }
    let lower = head.to_ascii_lowercase();
    if start.starts_with('<')
        || ["<script", "<iframe", "<link", "<html", "<img", "<noscript"]
            .iter()
            .any(|t| lower.contains(t))
    {
        return Ok(InputKind::Html);
    }
    Ok(InputKind::Text)
}

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let first = needle[0].to_ascii_lowercase();
    (from..hay.len().saturating_sub(needle.len() - 1)).find(|&i| {
        hay[i].to_ascii_lowercase() == first
            && hay[i..i + needle.len()].eq_ignore_ascii_case(needle)
    })
}

/// Where text held for the next chunk may be cut: after its last line, or, in a line longer than
/// [`MAX_CARRY`] / 4 (minified code, a one-line list), after its last space or separator, so
/// that such a line is read in pieces instead of held until it is dropped. 0 if nowhere.
fn safe_cut(s: &str) -> usize {
    if let Some(n) = s.rfind('\n') {
        return n + 1;
    }
    if s.len() < MAX_CARRY / 4 {
        return 0;
    }
    s.rfind(|c: char| c.is_ascii_whitespace() || matches!(c, ',' | ';' | '"' | '\'' | '<' | '>'))
        .map_or(0, |n| n + 1)
}

/// The largest char boundary of `s` at or before `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The `>` that ends the tag opened at `lt`, outside quoted attribute values.
fn tag_end(b: &[u8], lt: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &c) in b.iter().enumerate().skip(lt + 1) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// A start tag's name (lowercased) and attributes (names lowercased, values raw).
fn parse_tag(tag: &str) -> (String, Vec<(String, &str)>) {
    let b = tag.as_bytes();
    let name_end = b
        .iter()
        .position(|c| c.is_ascii_whitespace() || *c == b'/')
        .unwrap_or(b.len());
    let name = tag[..name_end].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut i = name_end;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'/') {
            i += 1;
        }
        if start == i {
            i += 1;
            continue;
        }
        let attr = tag[start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = b[i + 1..]
                        .iter()
                        .position(|&c| c == q)
                        .map_or(b.len(), |p| i + 1 + p);
                    value = &tag[i + 1..end];
                    i = end + 1;
                }
                _ => {
                    let s = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    value = &tag[s..i];
                }
            }
        }
        attrs.push((attr, value));
    }
    (name, attrs)
}

impl Detector<'_> {
    /// Up to the last complete tag (or line of script) unless `last`; returns the bytes used.
    fn scan_html(&mut self, buf: &str, last: bool) -> usize {
        let b = buf.as_bytes();
        let mut i = 0;
        loop {
            match self.raw {
                Raw::Comment => match find_ci(b, i, b"-->") {
                    Some(e) => {
                        i = e + 3;
                        self.raw = Raw::Markup;
                    }
                    None if last => return b.len(),
                    None => return floor_boundary(buf, b.len().saturating_sub(2)).max(i),
                },
                Raw::Script { .. } | Raw::Style => {
                    let end: &[u8] = if self.raw == Raw::Style {
                        b"</style"
                    } else {
                        b"</script"
                    };
                    let (stop, done) = match find_ci(b, i, end) {
                        Some(e) => (e, true),
                        None if last => (b.len(), true),
                        None => (i + safe_cut(&buf[i..]), false),
                    };
                    match self.raw {
                        Raw::Script { read: true } => {
                            self.inline(&buf[i..stop], Source::InlineScript)
                        }
                        Raw::Style => self.inline(&buf[i..stop], Source::Style),
                        _ => {}
                    }
                    i = stop;
                    if !done {
                        return i;
                    }
                    self.raw = Raw::Markup;
                    if stop == b.len() {
                        return stop;
                    }
                }
                Raw::Markup => {
                    let Some(lt) = b[i..].iter().position(|&c| c == b'<').map(|p| i + p) else {
                        return b.len();
                    };
                    i = lt;
                    // `a < b` in text is no tag.
                    if !b
                        .get(i + 1)
                        .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'!' | b'?'))
                    {
                        if b.len() == i + 1 && !last {
                            return i;
                        }
                        i += 1;
                        continue;
                    }
                    if b[i..].starts_with(b"<!--") {
                        self.raw = Raw::Comment;
                        i += 4;
                        continue;
                    }
                    let Some(gt) = tag_end(b, i) else {
                        return if last { b.len() } else { i };
                    };
                    let tag = &buf[i + 1..gt];
                    i = gt + 1;
                    self.tag(tag);
                }
            }
        }
    }

    fn tag(&mut self, tag: &str) {
        if tag.starts_with(['/', '!', '?']) {
            return;
        }
        let (name, attrs) = parse_tag(tag);
        let get = |n: &str| attrs.iter().find(|(a, _)| a == n).map(|(_, v)| *v);
        // Consent managers hold scripts and frames back in `data-src` until consent; they are
        // still what the site uses.
        let src = get("src").filter(|s| !s.is_empty()).or(get("data-src"));
        match name.as_str() {
            "script" => {
                if let Some(src) = src {
                    self.url(src, Some(Source::Script));
                }
                let kind = get("type").unwrap_or_default().to_ascii_lowercase();
                self.raw = Raw::Script {
                    read: src.is_none() && !kind.contains("json"),
                };
            }
            "style" => self.raw = Raw::Style,
            "iframe" | "frame" => {
                if let Some(src) = src {
                    self.url(src, Some(Source::Frame));
                }
            }
            "link" => {
                let rel = get("rel").unwrap_or_default().to_ascii_lowercase();
                let loads = rel.split_ascii_whitespace().any(|r| {
                    matches!(
                        r,
                        "stylesheet"
                            | "preconnect"
                            | "dns-prefetch"
                            | "preload"
                            | "modulepreload"
                            | "prefetch"
                    )
                });
                if let Some(href) = get("href") {
                    self.url(
                        href,
                        Some(if loads {
                            Source::Resource
                        } else {
                            Source::Link
                        }),
                    );
                }
            }
            "img" | "source" | "video" | "audio" | "embed" | "track" => {
                if let Some(src) = src {
                    self.url(src, Some(Source::Media));
                }
            }
            "object" => {
                if let Some(data) = get("data") {
                    self.url(data, Some(Source::Media));
                }
            }
            "form" => {
                if let Some(action) = get("action") {
                    self.url(action, Some(Source::Form));
                }
            }
            "a" | "area" => {
                if let Some(href) = get("href") {
                    self.url(href, Some(Source::Link));
                }
            }
            _ => {}
        }
    }

    /// Absolute and protocol-relative URLs in inline code or CSS, and the quoted file names of
    /// self-hosted trackers (`u+'matomo.js'`).
    fn inline(&mut self, code: &str, source: Source) {
        let unescaped;
        let code = if code.contains("\\/") {
            unescaped = code.replace("\\/", "/");
            unescaped.as_str()
        } else {
            code
        };
        let b = code.as_bytes();
        // What is found, by where it starts: evidence is kept in the order of the text, so a
        // block read whole or line by line (as chunks arrive) keeps the same evidence.
        let mut found: Vec<(usize, Option<&'static SelfHostedFile>, usize)> = Vec::new();
        let mut i = 0;
        while let Some(p) = code[i..].find("//").map(|p| i + p) {
            let mut start = p;
            for scheme in ["https:", "http:"] {
                // Bytes, not `str`: the bytes before `//` may end inside a multi-byte character.
                if p >= scheme.len()
                    && b[p - scheme.len()..p].eq_ignore_ascii_case(scheme.as_bytes())
                {
                    start = p - scheme.len();
                }
            }
            // `//` after a letter or digit is inside a path, or a comment after code.
            let before = start.checked_sub(1).map(|q| b[q]);
            let end = b[p + 2..]
                .iter()
                .position(|&c| {
                    c.is_ascii_whitespace()
                        || matches!(
                            c,
                            b'"' | b'\''
                                | b'`'
                                | b'<'
                                | b'>'
                                | b')'
                                | b'('
                                | b','
                                | b';'
                                | b'\\'
                                | b'+'
                        )
                })
                .map_or(b.len(), |e| p + 2 + e);
            if start != p || !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'/') {
                found.push((start, None, end));
            }
            i = end.max(p + 2);
        }
        for s in SELF_HOSTED {
            let first = ['\'', '"']
                .iter()
                .filter_map(|q| code.find(&format!("{q}{}{q}", s.file)))
                .min();
            if let Some(at) = first {
                found.push((at, Some(s), at));
            }
        }
        found.sort_by_key(|&(at, _, _)| at);
        for (start, file, end) in found {
            match file {
                Some(s) => self.self_hosted(s.file, s.file, source),
                None => self.url(&code[start..end], Some(source)),
            }
        }
    }
}

/// A key of the HAR format that the reader follows; every other key is `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum Key {
    #[default]
    None,
    Log,
    Entries,
    Request,
    Response,
    Url,
    Cookies,
    Headers,
    Name,
    Value,
    Other,
}

impl Key {
    fn of(bytes: &[u8]) -> Key {
        match bytes {
            b"log" => Key::Log,
            b"entries" => Key::Entries,
            b"request" => Key::Request,
            b"response" => Key::Response,
            b"url" => Key::Url,
            b"cookies" => Key::Cookies,
            b"headers" => Key::Headers,
            b"name" => Key::Name,
            b"value" => Key::Value,
            _ => Key::Other,
        }
    }
}

/// What a HAR entry said, kept until the entry's object closes (its keys come in any order).
#[derive(Default)]
struct Entry {
    url: Option<String>,
    sent: Vec<String>,
    set: Vec<String>,
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Expect {
    #[default]
    Value,
    /// After `{`: a key or `}`.
    KeyOrEnd,
    /// After `,` in an object.
    Key,
    Colon,
    /// After a value: `,` or the container's end.
    CommaOrEnd,
    /// After `[`: a value or `]`.
    ValueOrEnd,
    /// After the top-level value.
    Nothing,
}

/// A push reader of JSON that validates as it goes and hands the HAR fields it follows to the
/// [`Detector`]. It holds the path of keys, the current string (only if wanted, at most
/// [`MAX_JSON_STRING`] bytes), the entry being read and its header: never the document, so a
/// 20 MB HAR costs a few kilobytes, and it can stop after any byte.
///
/// Why not `serde_json`: its `Value` for a 20 MB HAR takes several times that in memory, and it
/// parses in one call that cannot yield to the browser; a HAR's response bodies would be
/// decoded only to be dropped.
#[derive(Default)]
struct Json {
    /// Per open container: whether it is an object, and the key it sits under.
    stack: Vec<(bool, Key)>,
    expect: Expect,
    /// The key of the member whose value comes next.
    key: Key,
    /// Inside a string: its bytes when wanted, whether it is a key, escape state.
    in_string: bool,
    string_is_key: bool,
    keep: bool,
    string: Vec<u8>,
    escape: u8,
    hex: u32,
    /// In a number or `true`/`false`/`null`.
    literal: Vec<u8>,
    in_literal: bool,
    line: usize,
    column: usize,
    done: bool,
    entry: Entry,
    header: (Option<String>, Option<String>),
}

impl Json {
    fn error(&self, c: u8) -> Problem {
        let found = match c {
            b' '..=b'~' => (c as char).to_string(),
            _ => format!("0x{c:02x}"),
        };
        Problem::HarSyntax {
            line: self.line + 1,
            column: self.column,
            found,
        }
    }

    fn keys(&self) -> Vec<Key> {
        self.stack.iter().map(|(_, k)| *k).collect()
    }

    fn feed(&mut self, bytes: &[u8], d: &mut Detector) -> Result<(), Problem> {
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if self.in_string {
                // Fast path: skip a string nobody wants up to its quote or backslash.
                if !self.keep && self.escape == 0 {
                    while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\\' {
                        if bytes[i] == b'\n' {
                            self.line += 1;
                            self.column = 0;
                        }
                        i += 1;
                    }
                    if i == bytes.len() {
                        break;
                    }
                }
                let c = bytes[i];
                self.column += 1;
                self.string_byte(c)?;
                i += 1;
                continue;
            }
            if c & 0xC0 != 0x80 {
                self.column += 1;
            }
            if c == b'\n' {
                self.line += 1;
                self.column = 0;
            }
            if self.in_literal {
                if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'+' | b'-') {
                    if self.literal.len() < 64 {
                        self.literal.push(c);
                    }
                    i += 1;
                    continue;
                }
                self.in_literal = false;
                let ok = match self.literal[0] {
                    b't' => self.literal == b"true",
                    b'f' => self.literal == b"false",
                    b'n' => self.literal == b"null",
                    _ => self.literal.iter().all(|b| {
                        b.is_ascii_digit() || matches!(b, b'.' | b'+' | b'-' | b'e' | b'E')
                    }),
                };
                if !ok {
                    return Err(self.error(self.literal[0]));
                }
                self.value_done();
            }
            match (self.expect, c) {
                (_, b' ' | b'\t' | b'\r' | b'\n') => {}
                (Expect::Value | Expect::ValueOrEnd, b'{' | b'[') => {
                    if self.stack.len() >= MAX_JSON_DEPTH {
                        return Err(Problem::HarTooDeep {
                            line: self.line + 1,
                            column: self.column,
                        });
                    }
                    let key = std::mem::take(&mut self.key);
                    self.stack.push((c == b'{', key));
                    self.expect = if c == b'{' {
                        Expect::KeyOrEnd
                    } else {
                        Expect::ValueOrEnd
                    };
                }
                (Expect::Value | Expect::ValueOrEnd, b'"') => {
                    self.start_string(false);
                }
                (Expect::Value | Expect::ValueOrEnd, b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
                    self.in_literal = true;
                    self.literal.clear();
                    self.literal.push(c);
                }
                (Expect::KeyOrEnd | Expect::Key, b'"') => self.start_string(true),
                (Expect::Colon, b':') => self.expect = Expect::Value,
                (Expect::CommaOrEnd, b',') => {
                    self.expect = match self.stack.last() {
                        Some((true, _)) => Expect::Key,
                        _ => Expect::Value,
                    };
                }
                (Expect::CommaOrEnd | Expect::KeyOrEnd, b'}')
                    if self.stack.last().is_some_and(|s| s.0) =>
                {
                    self.close(d);
                }
                (Expect::CommaOrEnd | Expect::ValueOrEnd, b']')
                    if self.stack.last().is_some_and(|s| !s.0) =>
                {
                    self.close(d);
                }
                _ => return Err(self.error(c)),
            }
            i += 1;
        }
        Ok(())
    }

    fn start_string(&mut self, is_key: bool) {
        self.in_string = true;
        self.string_is_key = is_key;
        self.string.clear();
        self.escape = 0;
        self.keep = is_key || self.wanted();
    }

    /// Whether the string value about to be read is one the detector follows.
    fn wanted(&self) -> bool {
        let keys = self.keys();
        matches!(
            (keys.as_slice(), self.key),
            (
                [Key::None, Key::Log, Key::Entries, Key::None, Key::Request],
                Key::Url
            ) | (
                [
                    Key::None,
                    Key::Log,
                    Key::Entries,
                    Key::None,
                    Key::Request | Key::Response,
                    Key::Cookies | Key::Headers,
                    Key::None
                ],
                Key::Name | Key::Value,
            )
        )
    }

    fn string_byte(&mut self, c: u8) -> Result<(), Problem> {
        let push = |s: &mut Json, b: &[u8]| {
            if s.keep && s.string.len() + b.len() <= MAX_JSON_STRING {
                s.string.extend_from_slice(b);
            }
        };
        match self.escape {
            0 => match c {
                b'"' => {
                    self.in_string = false;
                    self.string_done();
                }
                b'\\' => self.escape = 1,
                _ => push(self, &[c]),
            },
            1 => {
                self.escape = 0;
                let out = match c {
                    b'"' => b'"',
                    b'\\' => b'\\',
                    b'/' => b'/',
                    b'b' => 8,
                    b'f' => 12,
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    b'u' => {
                        self.escape = 2;
                        self.hex = 0;
                        return Ok(());
                    }
                    _ => return Err(self.error(c)),
                };
                push(self, &[out]);
            }
            _ => {
                let Some(digit) = (c as char).to_digit(16) else {
                    return Err(self.error(c));
                };
                self.hex = self.hex * 16 + digit;
                self.escape += 1;
                if self.escape == 6 {
                    self.escape = 0;
                    // Surrogate halves come as two escapes; a host or cookie name never holds
                    // one, so each half reads as U+FFFD.
                    let ch = char::from_u32(self.hex).unwrap_or('\u{fffd}');
                    let mut tmp = [0; 4];
                    push(self, ch.encode_utf8(&mut tmp).as_bytes());
                }
            }
        }
        Ok(())
    }

    fn string_done(&mut self) {
        if self.string_is_key {
            self.key = if self.string.len() <= 16 {
                Key::of(&self.string)
            } else {
                Key::Other
            };
            self.expect = Expect::Colon;
            return;
        }
        if self.keep {
            let value = String::from_utf8_lossy(&self.string).into_owned();
            let keys = self.keys();
            match (keys.as_slice(), self.key) {
                ([.., Key::Request], Key::Url) => self.entry.url = Some(value),
                ([.., Key::Cookies, Key::None], Key::Name) => {
                    let list = if keys[4] == Key::Request {
                        &mut self.entry.sent
                    } else {
                        &mut self.entry.set
                    };
                    if list.len() < MAX_ENTRY_COOKIES {
                        list.push(value);
                    }
                }
                ([.., Key::Headers, Key::None], Key::Name) => self.header.0 = Some(value),
                ([.., Key::Headers, Key::None], Key::Value) => self.header.1 = Some(value),
                _ => {}
            }
        }
        self.value_done();
    }

    fn value_done(&mut self) {
        self.key = Key::None;
        self.expect = if self.stack.is_empty() {
            self.done = true;
            Expect::Nothing
        } else {
            Expect::CommaOrEnd
        };
    }

    fn close(&mut self, d: &mut Detector) {
        let keys = self.keys();
        match keys.as_slice() {
            [Key::None, Key::Log, Key::Entries, Key::None] => {
                let entry = std::mem::take(&mut self.entry);
                d.entry(entry);
            }
            [Key::None, Key::Log, Key::Entries, Key::None, part @ (Key::Request | Key::Response), Key::Headers, Key::None] =>
            {
                let (name, value) = std::mem::take(&mut self.header);
                if let (Some(name), Some(value)) = (name, value) {
                    let set = *part == Key::Response && name.eq_ignore_ascii_case("set-cookie");
                    let sent = *part == Key::Request && name.eq_ignore_ascii_case("cookie");
                    // Firefox joins several `Set-Cookie` headers with newlines.
                    for line in value.lines().filter(|_| set || sent) {
                        let pairs: Vec<&str> = if set {
                            line.split(';').take(1).collect()
                        } else {
                            line.split(';').collect()
                        };
                        for pair in pairs {
                            if let Some((name, _)) = pair.split_once('=') {
                                let name = name.trim();
                                let list = if set {
                                    &mut self.entry.set
                                } else {
                                    &mut self.entry.sent
                                };
                                if !name.is_empty()
                                    && list.len() < MAX_ENTRY_COOKIES
                                    && !list.iter().any(|n| n == name)
                                {
                                    list.push(name.to_owned());
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        self.stack.pop();
        self.value_done();
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
    #[test]
    fn s3_buckets_named_like_domains() {
        let b = |host: &str, rest: &str| s3_bucket(host, rest);
        let mc = Some("downloads.mailchimp.com".to_owned());
        assert_eq!(
            b(
                "s3.amazonaws.com",
                "/downloads.mailchimp.com/js/mc-validate.js"
            ),
            mc
        );
        assert_eq!(
            b(
                "s3.eu-west-1.amazonaws.com",
                "/downloads.mailchimp.com/x.js"
            ),
            mc
        );
        assert_eq!(
            b(
                "s3-eu-west-1.amazonaws.com",
                "/downloads.mailchimp.com/x.js"
            ),
            mc
        );
        assert_eq!(b("downloads.mailchimp.com.s3.amazonaws.com", "/x.js"), mc);
        // A bucket without a dot names nobody; other AWS hosts are not S3.
        assert_eq!(b("s3.amazonaws.com", "/my-assets/logo.png"), None);
        assert_eq!(b("dynamodb.eu-west-1.amazonaws.com", "/"), None);
        assert_eq!(b("foo-s3.amazonaws.com", "/a.b/c"), None);
    }

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
            [Evidence::Url {
                url: "https://console.jumpcloud.com/x.js".into(),
                host: "console.jumpcloud.com".into(),
                source: Source::Script,
                matched: "console.jumpcloud.com".into(),
            }]
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
                name: "jcc_mfa".into(),
                set_by: None,
                sent_to: None,
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
        // Text, not HTML: the host at the end is a line of a list.
        input.push_str("hosts:\n");
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

    fn ids(input: &str) -> Vec<String> {
        vendors(input)
    }

    #[test]
    fn a_shared_domain_is_decided_by_path_and_id() {
        let tag =
            |q: &str| format!("<script src=\"https://www.googletagmanager.com/{q}\"></script>");
        assert_eq!(ids(&tag("gtag/js?id=G-ABC")), ["google-analytics"]);
        assert_eq!(ids(&tag("gtag/js?l=dataLayer&id=AW-123")), ["google-ads"]);
        assert_eq!(ids(&tag("gtm.js?id=GTM-X1")), ["google-tag-manager"]);
        // No path that tells: every vendor that shares the host, as the catalog says.
        assert_eq!(
            ids("https://www.googletagmanager.com/debug/bootstrap"),
            ["google-ads", "google-analytics", "google-tag-manager"]
        );
        assert_eq!(
            ids("<img src=\"https://www.google.com/recaptcha/api2/logo.png\">"),
            ["google-recaptcha"]
        );
        assert!(ids("<img src=\"https://www.google.com/images/x.png\">").is_empty());
    }

    #[test]
    fn links_count_only_for_payment_endpoints() {
        assert!(ids(r#"<p><a href="https://stripe.com/docs">docs</a></p>"#).is_empty());
        assert!(ids(r#"<link rel="canonical" href="https://js.stripe.com/v3/">"#).is_empty());
        assert_eq!(
            ids(r#"<p><a href="https://buy.stripe.com/abc">Pay</a></p>"#),
            ["stripe"]
        );
        assert_eq!(
            ids(r#"<link rel="preconnect dns-prefetch" href="https://js.stripe.com">"#),
            ["stripe"]
        );
        assert_eq!(
            ids(r#"<form action="https://forms.hsforms.com/submissions/v3/x"></form>"#),
            ["hubspot"]
        );
    }

    #[test]
    fn markup_that_does_not_load_is_not_use() {
        let html = r#"<!-- <script src="https://static.hotjar.com/c/hotjar-1.js"></script> -->
            <script type="application/ld+json">{"sameAs": ["https://www.facebook.com/acme"]}</script>
            <p>We use https://js.stripe.com/v3/ and hotjar.com.</p>
            <textarea>a < b</textarea>"#;
        assert!(ids(html).is_empty(), "{:?}", ids(html));
        // Held back by a consent manager until consent, but used all the same.
        let held = r#"<iframe data-src="https://www.youtube-nocookie.com/embed/x"></iframe>
            <script type="text/plain" data-category="analytics" data-src="https://static.hotjar.com/c/hotjar-1.js"></script>"#;
        assert_eq!(ids(held), ["hotjar", "youtube"]);
        // Inline code and CSS: absolute URLs, JSON-escaped or not, and quoted tracker files.
        let inline = r#"<script>var u = "https:\/\/js.intercomcdn.com\/x.js"; g.src = u + 'matomo.js';</script>
            <style>@import url(//fonts.googleapis.com/css?family=Lato);</style>"#;
        assert_eq!(
            ids(inline),
            ["google-fonts", "intercom", "matomo-on-premise"]
        );
    }

    #[test]
    fn the_kind_of_input_comes_from_its_first_bytes() {
        let kind = |s: &str| detect_all(dataset(), s).kind;
        assert_eq!(
            kind("\u{feff} {\"log\": {\"entries\": []}}"),
            InputKind::Har
        );
        assert_eq!(
            kind(r#"{"other": "https://js.stripe.com/"}"#),
            InputKind::Text
        );
        assert_eq!(kind("Our head: <script src=x></script>"), InputKind::Html);
        assert_eq!(kind("https://js.stripe.com/v3/"), InputKind::Text);
        // JSON that is not a HAR is read as text: its hosts count.
        assert_eq!(ids(r#"{"other": "https://js.stripe.com/"}"#), ["stripe"]);
    }

    #[test]
    fn har_strings_are_unescaped_and_only_followed_fields_count() {
        let har = r#"{"log": {"entries": [
            {"request": {"url": "https://www.example.org/", "cookies": [], "headers": []},
             "response": {"headers": [{"value": "_hjSession_12=1; Path=/", "name": "Set-Cookie"}]}},
            {"request": {"url": "https:\/\/js.stripe.com\u002Fv3\/", "cookies": [{"name": "_fbp"}], "headers": []},
             "response": {"headers": [{"value": "_ga=1; Path=/", "name": "Set-Cookie"}],
                          "content": {"text": "https://connect.facebook.net/x.js \ud83d\ude00 Set-Cookie: _fbp=1"}}},
            {"_initiator": {"url": "https://www.linkedin.com/x"}, "request": {"url": "https://example.org/a"}}
        ]}}"#;
        let d = detect_all(dataset(), har);
        assert_eq!(d.problem, None);
        // Hotjar's cookie set by the site itself counts; Meta's and Google's cookies on Stripe's
        // host, the response body and the initiator do not.
        let found: Vec<&str> = d.findings.iter().map(|f| f.vendor.as_str()).collect();
        assert_eq!(found, ["hotjar", "stripe"]);
        assert_eq!(d.addresses, 3);
        assert_eq!(
            d.findings[0].evidence,
            [Evidence::Cookie {
                name: "_hjSession_12".into(),
                set_by: Some("www.example.org".into()),
                sent_to: None,
            }]
        );
        assert!(
            matches!(&d.findings[1].evidence[0], Evidence::Url { url, .. } if url == "https://js.stripe.com/v3/")
        );
    }

    #[test]
    fn a_line_longer_than_the_carry_is_read_in_pieces() {
        let mut d = Detector::new(dataset());
        d.feed("hosts: ");
        let filler = "x ".repeat(MAX_CARRY);
        for _ in 0..3 {
            d.feed(&filler);
        }
        d.feed("https://js.stripe.com/v3/ ");
        d.feed(&filler);
        let found = d.finish().findings;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].vendor.as_str(), "stripe");
    }
}
