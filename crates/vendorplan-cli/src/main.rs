//! `vendorplan`: the catalog, the questions and plans from the command line. It calls the same
//! engine as the browser app, so a plan printed here equals the one downloaded there.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand, ValueEnum};
use strum::IntoEnumIterator;
use vendorplan_core::answers::AnswersFile;
use vendorplan_core::data::{t, Dataset};
use vendorplan_core::export::{Day, Format};
use vendorplan_core::{catalog, engine, explain, export, report};

mod consent_command;
mod detect_command;
mod diff_command;

#[derive(Parser)]
#[command(
    name = "vendorplan",
    version,
    about = "A GDPR plan for the third-party services you use"
)]
struct Cli {
    /// The language of the plan, the exports and the texts printed: en, de or fr.
    #[arg(long, global = true, default_value = "en", value_parser = language_parser())]
    lang: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the vendors in the catalog.
    Vendors {
        /// Only vendors of this category, such as `identity-access` or `analytics`.
        #[arg(long)]
        category: Option<String>,
        /// Print the catalog's coverage instead: vendors per category, sourced and unknown facts.
        #[arg(long, conflicts_with = "category")]
        stats: bool,
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
        #[arg(long, default_value = "md", value_parser = format_parser())]
        format: Format,
        /// With `--format csv`: write only this table to the output (one of
        /// records-of-processing, processors, transfers, cookies, security, actions).
        #[arg(long)]
        table: Option<String>,
        /// Write to this file instead of standard output. With `--format csv` and no
        /// `--table`, a folder that gets one file per table.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The date the plan is made, `YYYY-MM-DD` (default: today). Reminders count from it.
        #[arg(long)]
        date: Option<String>,
    },
    /// Show the rule, the facts and the answers behind one action of a plan.
    Explain {
        /// The action's id, as in the plan: `<rule>`, `<rule>:<vendor>` or `find-out:<question>`.
        action: String,
        #[arg(long)]
        answers: PathBuf,
    },
    /// Find catalog vendors in a page's HTML, a list of URLs or a HAR file exported from the
    /// browser's developer tools; prints the findings with their evidence as JSON.
    Detect {
        /// The file to read; `-` reads standard input.
        file: PathBuf,
    },
    /// Write the configuration of a consent manager for the cookies of a plan.
    ConsentConfig {
        /// An answers or plan file.
        #[arg(long)]
        answers: PathBuf,
        /// The consent manager: klaro, cookieconsent or tarteaucitron.
        #[arg(long = "for")]
        target: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Show what changed between an older plan file and a newer one (or the plan the current
    /// catalog makes from the same answers, when NEW is omitted).
    Diff {
        old: PathBuf,
        new: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Print the JSON Schemas of the answers and plan files, or write them to a folder.
    Schema {
        #[arg(long)]
        out_dir: Option<PathBuf>,
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

/// The download formats, as the core names them.
fn format_parser() -> impl TypedValueParser<Value = Format> {
    clap::builder::PossibleValuesParser::new(Format::iter().map(<&'static str>::from))
        .map(|s| s.parse::<Format>().expect("only listed values get here"))
}

/// The codes of `i18n/languages.toml`.
fn language_parser() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(catalog::languages().iter().map(|l| {
        clap::builder::PossibleValue::new(&*l.code.clone().leak()).help(&*l.name.clone().leak())
    }))
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
    let data = catalog::dataset_in(&cli.lang);
    match cli.command {
        Command::Vendors {
            stats: true,
            format,
            ..
        } => {
            let c = vendorplan_data::stats::coverage(data);
            if matches!(format, ListFormat::Json) {
                return print_json(&c);
            }
            println!(
                "{}",
                t!(
                    data,
                    "cli-stats-vendors",
                    vendors = c.vendors,
                    self_hosted = c.self_hosted,
                    version = data.catalog.version.as_str(),
                    date = data.catalog.date.as_str()
                )
            );
            println!("\n{}", t!(data, "cli-stats-per-category"));
            for (category, n) in &c.per_category {
                println!("  {category:<22} {n:>4}");
            }
            println!(
                "\n{}",
                t!(
                    data,
                    "cli-stats-facts",
                    facts = c.facts,
                    sourced = c.sourced,
                    share = format!("{:.1}", 100.0 * c.sourced_share()),
                    cookies = c.cookies_curated + c.cookies_open_data,
                    curated = c.cookies_curated,
                    open_data = c.cookies_open_data,
                    domains = c.domains
                )
            );
            println!("\n{}", t!(data, "cli-stats-unknown"));
            for (fact, n) in &c.unknown {
                println!("  {fact:<24} {n:>4}");
            }
            if let Some(oldest) = &c.oldest_review {
                println!(
                    "\n{}",
                    t!(data, "cli-stats-oldest-review", date = oldest.as_str())
                );
            }
            Ok(())
        }
        Command::Vendors {
            category, format, ..
        } => {
            let wanted = match category.as_deref() {
                None => None,
                Some(c) => Some(c.parse::<vendorplan_data::Category>().map_err(|_| {
                    let all: Vec<&str> = vendorplan_data::Category::iter()
                        .map(|c| c.into())
                        .collect();
                    t!(
                        data,
                        "cli-error-category",
                        category = c,
                        categories = all.join(", ")
                    )
                })?),
            };
            let vendors: Vec<&vendorplan_data::Vendor> = data
                .vendors
                .iter()
                .filter(|v| wanted.is_none_or(|c| v.categories.contains(&c)))
                .collect();
            if matches!(format, ListFormat::Json) {
                return print_json(&vendors);
            }
            for v in vendors {
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
            table,
            out,
            date,
        } => {
            if table.is_some() && !matches!(format, Format::Csv) {
                return Err(t!(data, "cli-error-table-needs-csv"));
            }
            let made = match date {
                Some(d) => {
                    Day::parse(&d).ok_or_else(|| t!(data, "cli-error-date", date = d.as_str()))?
                }
                None => today(),
            };
            let plan = engine::build_plan(data, &read_answers(data, &answers)?);
            let unknown_table = |name: &str| {
                t!(
                    data,
                    "cli-error-table",
                    table = name,
                    tables = report::TABLES.join(", ")
                )
            };
            let bytes = match (format, &table) {
                (Format::Csv, None) => {
                    let dir = out.ok_or_else(|| t!(data, "cli-error-csv-needs-out"))?;
                    std::fs::create_dir_all(&dir).map_err(|e| {
                        t!(
                            data,
                            "cli-error-create",
                            path = dir.display().to_string(),
                            reason = e.to_string()
                        )
                    })?;
                    for id in report::TABLES {
                        let name = export::download_name(
                            data,
                            &plan.answers.organisation,
                            format,
                            id,
                            made,
                        );
                        let bytes = export::file(data, &plan, format, made, id)
                            .ok_or_else(|| unknown_table(id))?;
                        write_file(data, &dir.join(&name), &bytes)?;
                        println!("{}", dir.join(&name).display());
                    }
                    return Ok(());
                }
                (_, table) => {
                    let table = table.as_deref().unwrap_or_default();
                    export::file(data, &plan, format, made, table)
                        .ok_or_else(|| unknown_table(table))?
                }
            };
            match out {
                Some(path) => write_file(data, &path, &bytes),
                None => std::io::stdout()
                    .write_all(&bytes)
                    .map_err(|e| t!(data, "cli-error-stdout", reason = e.to_string())),
            }
        }
        Command::Explain { action, answers } => {
            let plan = engine::build_plan(data, &read_answers(data, &answers)?);
            let Some(a) = plan.actions.iter().find(|a| a.id == action) else {
                let ids: Vec<&str> = plan.actions.iter().map(|a| a.id.as_str()).collect();
                return Err(t!(
                    data,
                    "cli-error-action",
                    action = action.as_str(),
                    actions = ids.join("\n  ")
                ));
            };
            println!("{}\n", a.title);
            match a.rule.as_ref().and_then(|r| data.rule(r.as_str())) {
                Some(rule) => {
                    println!("{}", t!(data, "cli-explain-rule", rule = rule.id.as_str()));
                    match &rule.when {
                        Some(when) => println!(
                            "{}",
                            t!(data, "cli-explain-when", condition = when.to_string())
                        ),
                        None => println!("{}", t!(data, "cli-explain-when-always")),
                    }
                }
                None => println!("{}", t!(data, "cli-explain-no-rule")),
            }
            if a.assumed {
                println!("{}", t!(data, "cli-explain-assumed"));
            }
            println!("\n{}", t!(data, "cli-explain-because"));
            for r in &a.because {
                println!("  - {}", explain::reason(data, r));
            }
            println!("\n{}", t!(data, "cli-explain-references"));
            for r in a.references.iter().filter_map(|r| data.reference(r)) {
                println!("  - {} — {} <{}>", r.citation, r.title, r.url);
            }
            Ok(())
        }
        Command::Detect { file } => detect_command::run(data, &file),
        Command::ConsentConfig {
            answers,
            target,
            out,
        } => consent_command::run(data, &answers, &target, out.as_deref()),
        Command::Diff { old, new, format } => diff_command::run(
            data,
            &old,
            new.as_deref(),
            matches!(format, ListFormat::Json),
        ),
        Command::Schema { out_dir } => {
            for (name, schema) in vendorplan_core::answers::schemas() {
                match &out_dir {
                    Some(dir) => write_file(data, &dir.join(name), schema.as_bytes())?,
                    None => print!("{schema}"),
                }
            }
            Ok(())
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

pub(crate) fn write_file(
    data: &Dataset,
    path: &std::path::Path,
    bytes: &[u8],
) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| {
        t!(
            data,
            "cli-error-write",
            path = path.display().to_string(),
            reason = e.to_string()
        )
    })
}

/// Today in UTC, from the system clock.
fn today() -> Day {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Day::from_unix_days((seconds / 86_400) as i64)
}

/// The text of a file, or a message that names it.
/// Reads an answers or plan file; one over the size limit is refused before it is read.
pub(crate) fn read_text(data: &Dataset, path: &std::path::Path) -> Result<String, String> {
    let failed = |reason: String| {
        t!(
            data,
            "cli-error-read",
            path = path.display().to_string(),
            reason = reason
        )
    };
    let size = std::fs::metadata(path)
        .map_err(|e| failed(e.to_string()))?
        .len();
    vendorplan_core::answers::check_file_size(size).map_err(|e| failed(e.describe(data)))?;
    let bytes = std::fs::read(path).map_err(|e| failed(e.to_string()))?;
    // As the browser reads a file (invalid UTF-8 becomes U+FFFD), so that a zip renamed `.json`
    // or a damaged file gets the same message from the importer in both.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Reads an answers file or a plan file; every problem is listed on failure.
pub(crate) fn read_answers(
    data: &Dataset,
    path: &std::path::Path,
) -> Result<vendorplan_core::Answers, String> {
    let text = read_text(data, path)?;
    AnswersFile::parse(&text, data).map_err(|errors| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| format!("  {}", e.describe(data)))
            .collect();
        t!(
            data,
            "cli-error-invalid-file",
            path = path.display().to_string(),
            problems = lines.join("\n")
        )
    })
}

pub(crate) fn print_json<T: serde::Serialize>(value: &T) -> Result<(), String> {
    println!(
        "{}",
        serde_json::to_string_pretty(value).map_err(|e| e.to_string())?
    );
    Ok(())
}
