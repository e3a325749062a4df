//! What every end-to-end test needs: the built `dist/` served on loopback, ChromeDriver, and a
//! headless Chromium whose downloads land in a folder of the test's own.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

pub fn dist() -> PathBuf {
    let dir = PathBuf::from(
        std::env::var("VENDORPLAN_DIST")
            .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/dist").into()),
    );
    assert!(
        dir.join("index.html").exists(),
        "{} has no build: run `cargo xtask dist` first (or `cargo xtask test`)",
        dir.display()
    );
    dir
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The policy the e2e server sends with every page: the one `dist/index.html` carries (read
/// from it, so the two cannot drift apart), plus where to report a violation, so that a test
/// can fail on any.
fn page_policy(dir: &Path) -> String {
    let index = std::fs::read_to_string(dir.join("index.html")).expect("dist/index.html");
    let marker = "http-equiv=\"Content-Security-Policy\" content=\"";
    let start = index
        .find(marker)
        .expect("dist/index.html carries its policy")
        + marker.len();
    let end = index[start..]
        .find('"')
        .expect("the policy attribute is closed")
        + start;
    format!("{}; report-uri /csp-report", &index[start..end])
}

/// A folder served on 127.0.0.1, with the Content-Security-Policy violation reports it got.
pub struct Site {
    pub base: String,
    dir: PathBuf,
    policy: Arc<String>,
    reports: Arc<Mutex<Vec<String>>>,
    server: Option<Arc<tiny_http::Server>>,
}

impl std::fmt::Display for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.base)
    }
}

impl Site {
    /// Takes the site off the network: its port is closed, as when a visitor goes offline.
    pub fn stop(&mut self) {
        if let Some(server) = self.server.take() {
            server.unblock();
        }
        let address = self.base.trim_start_matches("http://").to_owned();
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(&address).is_ok() {
            assert!(Instant::now() < deadline, "{address} still answers");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The violation reports received so far.
    pub fn csp_violations(&self) -> Vec<String> {
        self.reports.lock().unwrap().clone()
    }

    /// Fails if the browser reported any violation of the page's policy.
    pub fn assert_no_csp_violations(&self) {
        let reports = self.reports.lock().unwrap();
        assert!(
            reports.is_empty(),
            "Content-Security-Policy violations: {reports:#?}"
        );
    }
}

/// Serves a folder on 127.0.0.1 from a background thread, with the strict policy as a header.
pub fn serve(dir: PathBuf) -> Site {
    let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind a loopback port"));
    let port = server.server_addr().to_ip().expect("an IP address").port();
    let reports = Arc::new(Mutex::new(Vec::new()));
    let policy = Arc::new(page_policy(&dir));
    let site = Site {
        base: format!("http://127.0.0.1:{port}"),
        dir: dir.clone(),
        policy: policy.clone(),
        reports: reports.clone(),
        server: Some(server.clone()),
    };
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let target = request.url().to_owned();
            answer(&dir, &policy, &reports, &target, request);
        }
    });
    site
}

/// Answers one request for the site in `dir`, whose path (and query) is `target`: a file with
/// its type and policy, or a violation report kept in `reports`. The server and the recording
/// proxy both answer through here, so that a page gets the same site either way.
fn answer(
    dir: &Path,
    policy: &str,
    reports: &Mutex<Vec<String>>,
    target: &str,
    mut request: tiny_http::Request,
) {
    let path = target
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .trim_start_matches('/')
        .to_owned();
    if path == "csp-report" {
        let mut body = String::new();
        let _ = request.as_reader().read_to_string(&mut body);
        reports.lock().unwrap().push(body);
        let _ = request.respond(tiny_http::Response::empty(204));
        return;
    }
    let path = if path.is_empty() {
        "index.html".to_owned()
    } else {
        path
    };
    let file = dir.join(&path);
    let response = if !path.contains("..") && file.is_file() {
        let mime = match file.extension().and_then(|e| e.to_str()) {
            Some("html") => "text/html; charset=utf-8",
            Some("js") => "text/javascript",
            Some("wasm") => "application/wasm",
            Some("css") => "text/css",
            Some("svg") => "image/svg+xml",
            _ => "application/octet-stream",
        };
        let header = |k: &str, v: &str| tiny_http::Header::from_bytes(k, v).unwrap();
        let mut response = tiny_http::Response::from_data(std::fs::read(&file).unwrap())
            .with_header(header("Content-Type", mime));
        // The offline file has its own policy, with hashes; the hosted pages get ours.
        if mime.starts_with("text/html") && path != "vendorplan.html" {
            // The iframe example frames the widget from the site's other name (localhost and
            // 127.0.0.1 are two origins), which its policy must allow.
            let policy = if path == "examples/iframe.html" {
                format!("{policy}; frame-src http://127.0.0.1:* http://localhost:*")
            } else {
                policy.to_owned()
            };
            response = response.with_header(header("Content-Security-Policy", &policy));
        }
        response.boxed()
    } else {
        tiny_http::Response::from_string("not found")
            .with_status_code(404)
            .boxed()
    };
    let _ = request.respond(response);
}

/// One request the browser sent to the recording proxy.
pub struct Seen {
    /// When, counted from the start of the proxy.
    pub at: Duration,
    /// The method and the absolute URL, or `CONNECT host:port` for HTTPS.
    pub line: String,
}

impl std::fmt::Display for Seen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:>6} ms  {}", self.at.as_millis(), self.line)
    }
}

/// An HTTP proxy on 127.0.0.1 that records every request a browser sends through it. It answers
/// for one site, if given, from the site's folder (violation reports included), and with
/// 502 Bad Gateway for any other host and for every HTTPS tunnel, so nothing leaves the machine.
pub struct Proxy {
    pub address: String,
    log: Arc<Mutex<Vec<Seen>>>,
}

impl Proxy {
    /// Starts the proxy on a free loopback port, answering for `site` if one is given.
    pub fn start(site: Option<&Site>) -> Proxy {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("bind a loopback port");
        let address = server
            .server_addr()
            .to_ip()
            .expect("an IP address")
            .to_string();
        let log = Arc::new(Mutex::new(Vec::new()));
        let site = site.map(|s| {
            let base = format!("{}/", s.base);
            (base, s.dir.clone(), s.policy.clone(), s.reports.clone())
        });
        let started = Instant::now();
        let seen = log.clone();
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                // A proxied plain-HTTP request names the absolute URL; a tunnel, `host:port`.
                let target = request.url().to_owned();
                let line = format!("{} {target}", request.method());
                // Chromium asks accounts.google.com which Google accounts are signed in on the
                // web at start-up, and retries with back-off, whatever the page. Neither
                // `--allow-browser-signin=false`, the `signin.allowed` preference nor running
                // without Google API keys stops it (`--gaia-url` only moves it), so that one
                // tunnel goes unrecorded. A page could not open it anyway: its policy allows no
                // other origin.
                if line != "CONNECT accounts.google.com:443" {
                    seen.lock().unwrap().push(Seen {
                        at: started.elapsed(),
                        line,
                    });
                }
                match &site {
                    Some((base, dir, policy, reports)) if target.starts_with(base.as_str()) => {
                        // Keep the leading slash: `answer` takes the path as a server gets it.
                        answer(dir, policy, reports, &target[base.len() - 1..], request)
                    }
                    _ => {
                        let _ = request.respond(tiny_http::Response::empty(502));
                    }
                }
            }
        });
        Proxy { address, log }
    }

    /// The requests recorded since the last call, oldest first; the log starts over empty.
    pub fn take(&self) -> Vec<Seen> {
        std::mem::take(&mut *self.log.lock().unwrap())
    }
}

/// A DevTools protocol command, through ChromeDriver's `goog/cdp/execute`.
#[derive(Debug)]
struct Cdp {
    command: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

pub struct Browser {
    pub client: Client,
    pub downloads: PathBuf,
    driver: Child,
}

impl Browser {
    /// Starts ChromeDriver and a headless Chromium. `offline` points every proxied request at a
    /// closed port, so any request beyond the page itself fails.
    pub async fn start(offline: bool) -> Browser {
        Browser::start_sized(offline, 1280).await
    }

    /// A browser whose window is `width` pixels wide, such as 360 for a small phone.
    pub async fn start_sized(offline: bool, width: u32) -> Browser {
        // Nothing listens on port 9 (discard), so a proxied request fails at once.
        Browser::launch(width, offline.then_some("127.0.0.1:9"), None).await
    }

    /// A browser whose preferred languages (`navigator.languages`) are `accept`, such as
    /// `fr-FR,fr`.
    pub async fn start_preferring(accept: &str) -> Browser {
        Browser::launch(1280, None, Some(accept)).await
    }

    /// A browser that sends every request it makes, loopback ones included, through `proxy`.
    pub async fn through(proxy: &Proxy) -> Browser {
        Browser::launch(1280, Some(&proxy.address), None).await
    }

    async fn launch(width: u32, proxy: Option<&str>, accept: Option<&str>) -> Browser {
        let chromedriver =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let port = free_port();
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {chromedriver}: {e}"));
        let downloads =
            std::env::temp_dir().join(format!("vendorplan-e2e-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&downloads).unwrap();
        let size = format!("--window-size={width},900");
        let mut args = vec![
            size.as_str(),
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-dev-shm-usage",
            "--disable-sync",
            // Chromium's own requests that the flags above leave on: the network time query
            // (clients2.google.com), the autofill form-type query (content-autofill.googleapis
            // .com) and, since `--disable-component-update` does not cover components fetched on
            // demand, the on-device AI model manifest (update.googleapis.com), which an override
            // pointing at an empty file keeps from being asked for; and the optimization guide's
            // hints and prediction models (optimizationguide-pa.googleapis.com), fetched some
            // seconds after start.
            "--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication,\
             OptimizationHints,OptimizationHintsFetching,OptimizationTargetPrediction",
            "--optimization-guide-manifest-override=/dev/null",
        ];
        let proxy_server = proxy.map(|address| format!("--proxy-server=http://{address}"));
        if let Some(proxy_server) = &proxy_server {
            // `<-loopback>` removes Chromium's own exception for 127.0.0.1 and localhost.
            args.extend([proxy_server.as_str(), "--proxy-bypass-list=<-loopback>"]);
        }
        let mut caps = json!({
            "goog:chromeOptions": {
                "binary": chromium,
                "args": args,
                "prefs": {
                    "download.default_directory": downloads,
                    "download.prompt_for_download": false,
                    "intl.accept_languages": accept.unwrap_or("en-US,en"),
                }
            }
        });
        // Desktop windows are at least 500 px wide; a phone's width needs device emulation.
        if width < 500 {
            caps["goog:chromeOptions"]["mobileEmulation"] = json!({ "deviceMetrics": { "width": width, "height": 800, "pixelRatio": 2.0, "touch": true } });
        }
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let builder =
                ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                    .capabilities(caps.as_object().unwrap().clone())
                    .connect(&url)
                    .await;
            match builder {
                Ok(c) => break c,
                Err(e) if Instant::now() > deadline => panic!("ChromeDriver did not start: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Browser {
            client,
            downloads,
            driver,
        }
    }

    /// Runs `source` in every page (and frame) this browser opens from now on, before any
    /// script of the page itself, and whatever the page's Content-Security-Policy: how a test
    /// stands in for a host page's own early script, or for a browser that blocks storage.
    pub async fn before_scripts(&self, source: &str) {
        self.client
            .issue_cmd(Cdp {
                command: "Page.addScriptToEvaluateOnNewDocument",
                params: json!({ "source": source }),
            })
            .await
            .expect("ChromeDriver passes the command to Chromium");
    }

    pub async fn click(&self, css: &str) {
        self.wait(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    pub async fn wait(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("waiting for {css}: {e}"))
    }

    pub async fn gone(&self, css: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap()
            .is_empty()
        {
            assert!(Instant::now() < deadline, "{css} is still on the page");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits for a finished download named `<stem>-<date>.<ext>`, as the widget names files,
    /// and returns its bytes. The file is removed once read, so that the next download of the
    /// same file gets the same name.
    pub async fn download(&self, stem: &str, ext: &str) -> Vec<u8> {
        let deadline = Instant::now() + Duration::from_secs(20);
        let suffix = format!(".{ext}");
        loop {
            let found = std::fs::read_dir(&self.downloads)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .find(|p| {
                    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                        n.starts_with(&format!("{stem}-2")) && n.ends_with(&suffix)
                    })
                });
            if let Some(path) = found {
                if let Ok(bytes) = std::fs::read(&path) {
                    if !bytes.is_empty() {
                        let _ = std::fs::remove_file(&path);
                        return bytes;
                    }
                }
            }
            assert!(
                Instant::now() < deadline,
                "no download {stem}-<date>.{ext} in {}",
                self.downloads.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits for the one finished download ending in `.ext`, whatever its name, returns its
    /// name and bytes and removes it.
    pub async fn download_any(&self, ext: &str) -> (String, Vec<u8>) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let suffix = format!(".{ext}");
        loop {
            let found = std::fs::read_dir(&self.downloads)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .find(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.ends_with(&suffix))
                });
            if let Some(path) = found {
                if let Ok(bytes) = std::fs::read(&path) {
                    if !bytes.is_empty() {
                        let _ = std::fs::remove_file(&path);
                        let name = path.file_name().unwrap().to_string_lossy().into_owned();
                        return (name, bytes);
                    }
                }
            }
            assert!(Instant::now() < deadline, "no download *.{ext}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits for a finished download with exactly this name, returns its bytes and removes it.
    pub async fn download_named(&self, name: &str) -> Vec<u8> {
        let path = self.downloads.join(name);
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(bytes) = std::fs::read(&path) {
                if !bytes.is_empty() {
                    let _ = std::fs::remove_file(&path);
                    return bytes;
                }
            }
            assert!(Instant::now() < deadline, "no download {name}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The plan file downloaded with no organisation name.
    pub async fn downloaded_plan(&self) -> String {
        String::from_utf8(self.download("vendorplan-gdpr-plan", "json").await)
            .expect("the plan file is UTF-8")
    }

    /// Presses Tab until the focused element matches `css`, as a keyboard user would.
    pub async fn tab_to(&self, css: &str) {
        for _ in 0..300 {
            let focused = self
                .client
                .execute(
                    "return document.activeElement && document.activeElement.matches(arguments[0])",
                    vec![css.into()],
                )
                .await
                .unwrap();
            if focused.as_bool() == Some(true) {
                return;
            }
            self.keys("\u{E004}").await;
        }
        panic!("Tab never reached {css}");
    }

    /// Fills this origin's storage to its quota, as another app might, so the next save fails.
    pub async fn fill_storage(&self) {
        self.client
            .execute(
                "let chunk = 'x'.repeat(1 << 20); let i = 0;
                 try { for (;;) { localStorage.setItem('filler-' + i++, chunk); } } catch (e) {}
                 chunk = 'x'.repeat(1 << 10);
                 try { for (;;) { localStorage.setItem('filler-' + i++, chunk); } } catch (e) {}
                 try { for (;;) { localStorage.setItem('filler-' + i++, 'x'); } } catch (e) {}",
                vec![],
            )
            .await
            .expect("the storage fills");
    }

    /// Types keys on the keyboard, into whatever has the focus.
    pub async fn keys(&self, keys: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut actions = KeyActions::new("keyboard".to_owned());
        for c in keys.chars() {
            actions = actions
                .then(KeyAction::Down { value: c })
                .then(KeyAction::Up { value: c });
        }
        self.client
            .perform_actions(actions)
            .await
            .expect("keys are typed");
    }

    pub async fn close(mut self) {
        let _ = self.client.close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.downloads);
    }
}

/// Runs the `vendorplan` command of this workspace with `args` and returns what it printed;
/// a failure fails the test with its message.
pub fn cli(args: &[&std::ffi::OsStr]) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["run", "--quiet", "-p", "vendorplan-cli", "--"])
        .args(args)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The plan the `vendorplan` command prints for the answers embedded in a plan file.
pub fn cli_plan(plan_json: &str) -> String {
    let plan: serde_json::Value = serde_json::from_str(plan_json).expect("the download is JSON");
    let answers = std::env::temp_dir().join(format!(
        "vendorplan-e2e-answers-{}.json",
        std::process::id()
    ));
    std::fs::write(&answers, serde_json::to_string(&plan["answers"]).unwrap()).unwrap();
    let made = plan["made"]
        .as_str()
        .expect("a downloaded plan says when it was made");
    let args = ["plan", "--format", "json", "--date", made, "--answers"];
    let mut args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    args.push(answers.as_os_str());
    cli(&args)
}

/// Runs axe-core (from the npm tools, never shipped) on the current page and returns its
/// violations as `rule: count (first target)` lines.
pub async fn axe_violations(b: &Browser) -> Vec<String> {
    let path = std::env::var("AXE_JS").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tools/node_modules/axe-core/axe.min.js"
        )
        .into()
    });
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("axe-core at {path}: {e}; run `cargo xtask setup`"));
    b.client
        .execute(&source, vec![])
        .await
        .expect("axe-core loads");
    let result = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
                .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.length + ' (' + v.nodes[0].target.join(' ') + ')')))
                .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe-core runs");
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}
