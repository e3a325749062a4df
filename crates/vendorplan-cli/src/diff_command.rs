//! `vendorplan diff OLD [NEW]`: what changed between two plan files, and why.

use std::path::Path;

use vendorplan_core::data::{t, Dataset};
use vendorplan_core::diff::{self, read_plan, replayable_answers, Snapshot};
use vendorplan_core::engine::build_plan;

/// Compares OLD with NEW, or with the plan the current catalog makes from OLD's answers when
/// NEW is omitted; prints the changes as text or as the `Diff` in JSON.
pub fn run(data: &Dataset, old: &Path, new: Option<&Path>, json: bool) -> Result<(), String> {
    let old = read(data, old)?;
    let new = match new {
        Some(path) => read(data, path)?,
        None => Snapshot::from(&build_plan(data, &replayable_answers(&old.answers, data))),
    };
    let d = diff::diff(data, &old, &new);
    if json {
        crate::print_json(&d)
    } else {
        print!("{}", diff::report(data, &d));
        Ok(())
    }
}

fn read(data: &Dataset, path: &Path) -> Result<Snapshot, String> {
    let text = crate::read_text(data, path)?;
    read_plan(&text).map_err(|e| {
        let lines: Vec<String> = e
            .describe(data)
            .into_iter()
            .map(|l| format!("  {l}"))
            .collect();
        t!(
            data,
            "diff-cli-invalid-plan",
            path = path.display().to_string(),
            problems = lines.join("\n")
        )
    })
}
