//! `vendorplan detect FILE`: the catalog vendors a page's HTML, a URL list or a HAR file shows,
//! as JSON `[{"vendor", "name", "evidence": [...]}]` with the evidence in words of `--lang`.

use std::io::Read;
use std::path::Path;

use serde::Serialize;
use vendorplan_core::data::{t, Dataset};
use vendorplan_core::detect::Detector;

/// Read in pieces so that a 20 MB HAR never sits in memory twice.
const CHUNK: usize = 256 << 10;

#[derive(Serialize)]
struct Found<'a> {
    vendor: &'a str,
    name: &'a str,
    evidence: Vec<String>,
}

pub fn run(data: &Dataset, file: &Path) -> Result<(), String> {
    let cannot_read = |e: std::io::Error| {
        t!(
            data,
            "detect-error-read",
            path = file.display().to_string(),
            reason = e.to_string()
        )
    };
    let mut input: Box<dyn Read> = if file.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(file).map_err(cannot_read)?)
    };
    let mut detector = Detector::new(data);
    let mut buf = vec![0; CHUNK];
    loop {
        match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => detector.feed_bytes(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(cannot_read(e)),
        }
    }
    let detection = detector.finish();
    let found: Vec<Found> = detection
        .findings
        .iter()
        .map(|f| Found {
            vendor: f.vendor.as_str(),
            name: data
                .vendors
                .iter()
                .find(|v| v.id == f.vendor)
                .map_or(f.vendor.as_str(), |v| v.name.as_str()),
            evidence: f.evidence.iter().map(|e| e.describe(data)).collect(),
        })
        .collect();
    crate::print_json(&found)?;
    // What was read before the problem is printed above; the exit status still says it failed.
    match detection.problem {
        Some(problem) => Err(problem.describe(data)),
        None => Ok(()),
    }
}
