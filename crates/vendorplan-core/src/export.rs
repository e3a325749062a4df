//! Plan exports, the same in the browser and the CLI. The document formats render
//! [`crate::report::report`]; CSV writes its tables; the calendar holds review reminders; JSON
//! is the plan file itself. Everything the visitor typed is escaped by each format's writer.

use std::fmt::{self, Write};

use vendorplan_data::{t, Dataset};
use vendorplan_document::{
    Table, {html as html_doc, markdown as md_doc},
};

use crate::plan::Plan;
use crate::report;

/// The formats a plan can be downloaded in.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::EnumIter,
)]
#[strum(serialize_all = "lowercase")]
pub enum Format {
    Md,
    Html,
    Pdf,
    Docx,
    Csv,
    Json,
    Ics,
}

impl Format {
    pub fn extension(self) -> &'static str {
        self.into()
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Md => "text/markdown;charset=utf-8",
            Format::Html => "text/html;charset=utf-8",
            Format::Pdf => "application/pdf",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
            Format::Ics => "text/calendar;charset=utf-8",
        }
    }
}

/// The plan file: pretty JSON, re-importable, byte-identical for the same plan.
pub fn json(plan: &Plan) -> String {
    let mut out = serde_json::to_string_pretty(plan).expect("a plan always serializes");
    out.push('\n');
    out
}

/// A checklist a person can work through, in Markdown.
pub fn markdown(data: &Dataset, plan: &Plan) -> String {
    md_doc::render(&report::report(data, plan))
}

/// One self-contained HTML file, ready to print.
pub fn html(data: &Dataset, plan: &Plan) -> String {
    html_doc::render(&report::report(data, plan))
}

#[cfg(feature = "pdf")]
pub fn pdf(data: &Dataset, plan: &Plan) -> Vec<u8> {
    vendorplan_document::pdf::render(&report::report(data, plan))
}

#[cfg(feature = "docx")]
pub fn docx(data: &Dataset, plan: &Plan) -> Vec<u8> {
    vendorplan_document::docx::render(&report::report(data, plan))
}

/// One download of the plan in `format`, stamped with the day it is made; for CSV, the table
/// with id `table` (see [`report::TABLES`]), or `None` if there is no such table.
#[cfg(all(feature = "pdf", feature = "docx"))]
pub fn file(
    data: &Dataset,
    plan: &Plan,
    format: Format,
    made: Day,
    table: &str,
) -> Option<Vec<u8>> {
    let mut plan = plan.clone();
    plan.made = Some(made.to_string());
    let plan = &plan;
    Some(match format {
        Format::Md => markdown(data, plan).into_bytes(),
        Format::Html => html(data, plan).into_bytes(),
        Format::Pdf => pdf(data, plan),
        Format::Docx => docx(data, plan),
        Format::Json => json(plan).into_bytes(),
        Format::Ics => ics(data, plan, made).into_bytes(),
        Format::Csv => csv(data, plan, &report::table(data, plan, table)?).into_bytes(),
    })
}

/// The name of the download [`file`] makes, in the dataset's language: the organisation, what
/// the file holds (the plan, the reviews calendar, or the CSV register `table`) and the day,
/// `acme-gdpr-plan-2026-11-25.pdf`.
pub fn download_name(
    data: &Dataset,
    organisation: &str,
    format: Format,
    table: &str,
    made: Day,
) -> String {
    let what = match format {
        Format::Csv => report::table_file_part(data, table).unwrap_or_else(|| table.to_owned()),
        Format::Ics => t!(data, "report-file-reviews"),
        _ => t!(data, "report-file-plan"),
    };
    file_name(organisation, &what, made, format.extension())
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
/// return that some programs skip before one) is prefixed with `'`, which makes it text
/// (OWASP, "CSV Injection").
fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// One table of the plan as CSV: UTF-8 with a byte-order mark (so that Excel reads the
/// accents), a header row and CRLF line ends (RFC 4180). After the rows, an empty row and a
/// note say where the file comes from and that it is guidance; both have every column, so
/// strict readers accept them.
pub fn csv(data: &Dataset, plan: &Plan, table: &Table) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let write = |w: &mut ::csv::Writer<Vec<u8>>, row: Vec<String>| {
        w.write_record(row).expect("writing to memory cannot fail");
    };
    write(
        &mut w,
        table.headers.iter().map(|h| neutralise(h)).collect(),
    );
    for row in &table.rows {
        let cells = row.iter().map(|c| {
            let value = match &c.link {
                Some(url) if c.text.is_empty() || &c.text == url => url.clone(),
                Some(url) => format!("{} ({url})", c.text),
                None => c.text.clone(),
            };
            neutralise(&value)
        });
        write(&mut w, cells.collect());
    }
    let width = table.headers.len().max(1);
    let pad = |first: String| -> Vec<String> {
        std::iter::once(first)
            .chain(std::iter::repeat_n(String::new(), width - 1))
            .collect()
    };
    write(&mut w, pad(String::new()));
    write(
        &mut w,
        pad(format!(
            "{} {}",
            report::stamp(data, plan),
            report::disclaimer(data)
        )),
    );
    let bytes = w.into_inner().expect("writing to memory cannot fail");
    let mut out = String::from('\u{feff}');
    out.push_str(&String::from_utf8(bytes).expect("the cells are UTF-8"));
    out
}

/// A calendar day, enough for file names and reminders without a date library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// `YYYY-MM-DD`, a real date.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !(1..=12).contains(&month) || text.len() != 10 {
            return None;
        }
        (day >= 1 && day <= days_in_month(year, month)).then_some(Day { year, month, day })
    }

    /// The same day `months` later, or the month's last day where it is shorter.
    pub fn add_months(self, months: u32) -> Day {
        let index = self.year * 12 + i32::from(self.month) - 1 + months as i32;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        Day {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    pub fn next(self) -> Day {
        if self.day < days_in_month(self.year, self.month) {
            Day {
                day: self.day + 1,
                ..self
            }
        } else {
            Day {
                day: 1,
                ..self.add_months(1)
            }
        }
    }

    /// The civil date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`), for callers
    /// that have a clock: the core itself never reads one.
    pub fn from_unix_days(days: i64) -> Day {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }

    fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Letters and digits (accents too) in lower case, everything else one hyphen, at most `max`
/// characters: safe in a file name or an id, whatever was typed.
fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if out.chars().count() >= max {
            break;
        }
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A file name from the organisation, what the file holds and the day, so that no name can
/// climb directories or carry a reserved character: `acme-gdpr-plan-2026-11-25.pdf`, or
/// `vendorplan-gdpr-plan-2026-11-25.pdf` with no organisation.
pub fn file_name(organisation: &str, what: &str, made: Day, ext: &str) -> String {
    let who = match slug(organisation, 60) {
        s if s.is_empty() => "vendorplan".to_owned(),
        s => s,
    };
    match slug(what, 40) {
        w if w.is_empty() => format!("{who}-{made}.{ext}"),
        w => format!("{who}-{w}-{made}.{ext}"),
    }
}

/// Escapes iCalendar TEXT (RFC 5545, 3.3.11).
fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character (RFC 5545, 3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

struct Reminder {
    id: String,
    summary: String,
    description: String,
    start: Day,
    rule: &'static str,
}

/// Review reminders as an iCalendar file in the dataset's language: a yearly re-check of the
/// plan against the catalog, a yearly review of each processor's DPA and sub-processors, of each
/// transfer assessment, and a half-yearly retention review. Each event repeats and has a
/// reminder a week before.
pub fn ics(data: &Dataset, plan: &Plan, made: Day) -> String {
    let vendor_name = |id: &vendorplan_data::VendorId| {
        data.vendor(id)
            .map_or_else(|| id.as_str().to_owned(), |v| v.name.clone())
    };
    let mut reminders = vec![Reminder {
        id: "plan-review".into(),
        summary: t!(data, "report-ics-plan-summary"),
        description: t!(
            data,
            "report-ics-plan-description",
            version = plan.catalog.version.as_str(),
            date = report::date_text(data, &plan.catalog.date)
        ),
        start: made.add_months(12),
        rule: "FREQ=YEARLY",
    }];
    for p in &plan.processors {
        let name = vendor_name(&p.vendor);
        let mut description = t!(
            data,
            "report-ics-dpa-description",
            vendor = name.as_str(),
            company = p.company.as_str()
        );
        if let Some(dpa) = &p.dpa {
            description.push('\n');
            description.push_str(&t!(data, "report-ics-dpa-link", url = dpa.as_str()));
        }
        if let Some(list) = &p.sub_processors {
            description.push('\n');
            description.push_str(&t!(
                data,
                "report-ics-sub-processors-link",
                url = list.as_str()
            ));
        }
        reminders.push(Reminder {
            id: format!("dpa-{}", p.vendor),
            summary: t!(data, "report-ics-dpa-summary", vendor = name),
            description,
            start: made.add_months(12),
            rule: "FREQ=YEARLY",
        });
    }
    for t in plan.transfers.iter().filter(|t| t.tia_required) {
        reminders.push(Reminder {
            id: format!("tia-{}", t.vendor),
            summary: t!(
                data,
                "report-ics-tia-summary",
                vendor = vendor_name(&t.vendor)
            ),
            description: t!(data, "report-ics-tia-description"),
            start: made.add_months(12),
            rule: "FREQ=YEARLY",
        });
    }
    if !plan.records_of_processing.is_empty() {
        let mut description = t!(data, "report-ics-retention-description");
        for r in &plan.records_of_processing {
            let what = format!("{}, {}", vendor_name(&r.vendor), r.name);
            let _ = write!(
                description,
                "\n- {}",
                report::label_value(data, &what, &r.retention)
            );
        }
        reminders.push(Reminder {
            id: "retention-review".into(),
            summary: t!(data, "report-ics-retention-summary"),
            description,
            start: made.add_months(6),
            rule: "FREQ=MONTHLY;INTERVAL=6",
        });
    }

    // Stable ids: importing a newer calendar for the same organisation updates the events.
    let org = match slug(&plan.answers.organisation, 60) {
        s if s.is_empty() => String::new(),
        s => format!("{s}-"),
    };
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Vendorplan//Vendorplan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(line, &mut out);
    }
    fold(
        &format!(
            "X-WR-CALNAME:{}",
            ics_text(&t!(data, "report-ics-calendar"))
        ),
        &mut out,
    );
    let footer = format!(
        "\n\n{} {}",
        report::stamp(data, plan),
        report::disclaimer(data)
    );
    let category = ics_text(&t!(data, "report-ics-category"));
    for r in reminders {
        for line in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{org}{}@vendorplan", r.id),
            format!("DTSTAMP:{}T000000Z", made.compact()),
            format!("DTSTART;VALUE=DATE:{}", r.start.compact()),
            format!("DTEND;VALUE=DATE:{}", r.start.next().compact()),
            format!("RRULE:{}", r.rule),
            format!("SUMMARY:{}", ics_text(&r.summary)),
            format!("DESCRIPTION:{}", ics_text(&(r.description + &footer))),
            format!("CATEGORIES:{category}"),
            "TRANSP:TRANSPARENT".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{}", ics_text(&r.summary)),
            "TRIGGER:-P7D".to_owned(),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ] {
            fold(&line, &mut out);
        }
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_add_up() {
        let d = Day::parse("2024-01-31").unwrap();
        assert_eq!(d.add_months(1).to_string(), "2024-02-29");
        assert_eq!(d.add_months(13).to_string(), "2025-02-28");
        assert_eq!(
            Day::parse("2026-12-31").unwrap().next().to_string(),
            "2027-01-01"
        );
        assert_eq!(Day::parse("2026-02-29"), None);
        assert_eq!(Day::parse("2026-1-01"), None);
        assert_eq!(Day::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Day::from_unix_days(20_417).to_string(), "2025-11-25");
        assert_eq!(Day::from_unix_days(11_016).to_string(), "2000-02-29");
    }

    #[test]
    fn file_names_keep_letters_only() {
        let d = Day::parse("2026-11-25").unwrap();
        assert_eq!(
            file_name("Müller & Söhne GmbH", "gdpr plan", d, "pdf"),
            "müller-söhne-gmbh-gdpr-plan-2026-11-25.pdf"
        );
        assert_eq!(
            file_name("../../etc/passwd\0", "transfers", d, "csv"),
            "etc-passwd-transfers-2026-11-25.csv"
        );
        assert_eq!(file_name("", "", d, "ics"), "vendorplan-2026-11-25.ics");
        assert_eq!(
            file_name(" ", "gdpr plan", d, "pdf"),
            "vendorplan-gdpr-plan-2026-11-25.pdf"
        );
        assert!(file_name(&"x".repeat(500), "gdpr-plan", d, "pdf").len() < 100);
    }

    #[test]
    fn formulas_become_text() {
        for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(cell).starts_with('\''), "{cell:?}");
        }
        assert_eq!(neutralise("a=b"), "a=b");
    }

    #[test]
    fn calendar_lines_fold_inside_75_octets() {
        let mut out = String::new();
        fold(&format!("DESCRIPTION:{}", "é".repeat(100)), &mut out);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("DESCRIPTION:{}\r\n", "é".repeat(100))
        );
    }
}
