//! `vendorplan consent-config --answers FILE --for klaro|cookieconsent|tarteaucitron`: the
//! consent manager's configuration for the plan's cookies, the same file the widget downloads.

use std::io::Write;
use std::path::Path;

use vendorplan_core::consent::{self, Target};
use vendorplan_core::data::{t, Dataset};
use vendorplan_core::engine;

pub fn run(data: &Dataset, answers: &Path, target: &str, out: Option<&Path>) -> Result<(), String> {
    let Ok(target) = target.parse::<Target>() else {
        let targets: Vec<&str> = Target::all().map(Target::id).collect();
        return Err(t!(
            data,
            "consent-cli-unknown-target",
            target = target,
            targets = targets.join(", ")
        ));
    };
    let plan = engine::build_plan(data, &crate::read_answers(data, answers)?);
    let text = consent::config(data, &plan, target);
    match out {
        Some(path) => crate::write_file(data, path, text.as_bytes()),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| t!(data, "cli-error-stdout", reason = e.to_string())),
    }
}
