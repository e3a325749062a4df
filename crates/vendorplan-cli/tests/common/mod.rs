//! Running the `vendorplan` binary the way a user does, shared by the CLI test files.
#![allow(dead_code)] // each test file uses what it needs

use std::process::Command;

pub fn vendorplan(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vendorplan"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// `json` written to a file of this test process named after `name`.
pub fn answers_file(name: &str, json: &str) -> std::path::PathBuf {
    let path =
        std::env::temp_dir().join(format!("vendorplan-cli-{}-{name}.json", std::process::id()));
    std::fs::write(&path, json).unwrap();
    path
}
