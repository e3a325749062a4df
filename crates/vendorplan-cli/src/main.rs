//! `vendorplan`: the catalog, the questions and plans from the command line. It calls the same
//! engine as the browser app, so a plan printed here equals the one downloaded there.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use vendorplan_core::answers::AnswersFile;
use vendorplan_core::{dataset, engine, export};

#[derive(Parser)]
#[command(
    name = "vendorplan",
    version,
    about = "A GDPR plan for the third-party services you use"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the vendors in the catalog.
    Vendors {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// List the questions with their ids, texts, kinds and options.
    Questions {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Build the plan for an answers file.
    Plan {
        /// An answers file (`vendorplan-answers`, see docs/answers.schema.json).
        #[arg(long)]
        answers: PathBuf,
        #[arg(long, value_enum, default_value_t = PlanFormat::Md)]
        format: PlanFormat,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Check a data folder (default: the `data/` folder of this repository) and report every problem.
    Validate {
        #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data"))]
        data: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum PlanFormat {
    Json,
    Md,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let data = dataset();
    match cli.command {
        Command::Vendors {
            format: ListFormat::Json,
        } => print_json(&data.vendors),
        Command::Vendors {
            format: ListFormat::Table,
        } => {
            for v in &data.vendors {
                let categories: Vec<&str> = v.categories.iter().map(|c| c.as_ref()).collect();
                println!(
                    "{:<24} {:<28} {:<3} {}",
                    v.id,
                    v.name,
                    v.country,
                    categories.join(", ")
                );
            }
            Ok(())
        }
        Command::Questions {
            format: ListFormat::Json,
        } => print_json(&data.questions),
        Command::Questions {
            format: ListFormat::Table,
        } => {
            for q in &data.questions {
                let options: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
                println!(
                    "{:<24} {:<13} {:<11} {} [{}]",
                    q.id,
                    q.scope,
                    q.kind,
                    q.text,
                    options.join(", ")
                );
            }
            Ok(())
        }
        Command::Plan {
            answers,
            format,
            out,
        } => {
            let text = std::fs::read_to_string(&answers)
                .map_err(|e| format!("cannot read `{}`: {e}", answers.display()))?;
            let answers = AnswersFile::parse(&text, data).map_err(|errors| {
                let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
                format!(
                    "`{}` is not a valid answers file:\n{}",
                    answers.display(),
                    lines.join("\n")
                )
            })?;
            let plan = engine::build_plan(data, &answers);
            let rendered = match format {
                PlanFormat::Json => export::json(&plan),
                PlanFormat::Md => export::markdown(data, &plan),
            };
            match out {
                Some(path) => std::fs::write(&path, rendered)
                    .map_err(|e| format!("cannot write `{}`: {e}", path.display())),
                None => {
                    print!("{rendered}");
                    Ok(())
                }
            }
        }
        Command::Validate { data: dir } => match vendorplan_data::load::load_dir(&dir) {
            Ok(d) => {
                println!(
                    "{}: {} vendors, {} questions, {} rules, {} references: no problems",
                    dir.display(),
                    d.vendors.len(),
                    d.questions.len(),
                    d.rules.len(),
                    d.references.len()
                );
                Ok(())
            }
            Err(errors) => Err(errors.to_string()),
        },
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), String> {
    println!(
        "{}",
        serde_json::to_string_pretty(value).map_err(|e| e.to_string())?
    );
    Ok(())
}
