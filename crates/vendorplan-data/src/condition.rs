//! The condition language of rules and questions.
//!
//! A condition is one line a lawyer can read:
//!
//! ```text
//! works_council and vendor.personal_data has audit-logs
//! country in eea and not (headcount < 250)
//! vendor.transfer in [scc, unknown] or region_chosen != eu
//! ```
//!
//! - `and`, `or`, `not` and parentheses, with `not` binding tightest and `and` before `or`.
//! - A test names an operand, then optionally a comparison: `=`, `!=`, `in [a, b]`, `in <group>`,
//!   `has <value>` (for lists), `<`, `<=`, `>`, `>=` (for numbers). A bare operand tests "yes".
//! - An operand is a question id (the visitor's answer), `vendor.<fact>` (a fact of the vendor
//!   being evaluated, see [`Fact`]), or `any_vendor.<fact>`, which holds when the test holds for
//!   at least one selected vendor.
//!
//! Conditions are stored as text and parsed on load; `Display` prints the canonical form, so a
//! condition survives a round trip through the embedded catalog unchanged.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, EnumIter, EnumString};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Test(Test),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Test {
    pub operand: Operand,
    pub comparison: Comparison,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    /// The answer to a question, by id.
    Answer(String),
    /// A fact about the vendor being evaluated.
    Fact(Fact),
    /// The test holds for at least one selected vendor (`any_vendor.<fact>`): lets an
    /// organisation rule depend on the services in use.
    AnyVendor(Fact),
}

/// The vendor facts conditions can read. Derived facts are computed by the engine.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    EnumIter,
    EnumString,
    AsRefStr,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Fact {
    Categories,
    Deployment,
    Country,
    Roles,
    DataSubjects,
    PersonalData,
    LawfulBases,
    EmployeeMonitoring,
    EuRegion,
    Dpf,
    Scc,
    OnwardWithEuRegion,
    /// Derived: how data reaches a third country for this customer, given the region answer:
    /// `none`, `adequacy`, `dpf`, `scc`, `no-mechanism`.
    Transfer,
    /// Purposes of the cookies set on website visitors.
    VisitorCookies,
    /// Purposes of the cookies set on staff browsers.
    StaffCookies,
    Controls,
    Nis2,
    DpiaCriteria,
    Certifications,
    Vdp,
    HasDpa,
    /// Derived: how many WP248 criteria this vendor's processing meets for this customer
    /// (`data/dpia.toml`).
    DpiaCriteriaMet,
    /// Derived: the processing is on the national Art. 35(4) list of the customer's country.
    OnNationalDpiaList,
}

impl Fact {
    /// Facts the engine derives from other data; the DPIA screening itself may not read them.
    pub fn is_dpia_derived(self) -> bool {
        matches!(self, Fact::DpiaCriteriaMet | Fact::OnNationalDpiaList)
    }
}

/// The values an operand can take, which decides the comparisons it allows.
#[derive(Clone, Debug, PartialEq)]
pub enum Domain {
    /// yes or no.
    Bool,
    /// One word of the list.
    Word(Vec<String>),
    /// Several words of the list (`has`).
    Set(Vec<String>),
    /// A country code or, with `in`, a country group.
    Country,
    Number,
}

impl Fact {
    pub fn domain(self) -> Domain {
        use crate::model::*;
        fn names<T: strum::IntoEnumIterator + AsRef<str>>() -> Vec<String> {
            T::iter().map(|v| v.as_ref().to_owned()).collect()
        }
        match self {
            Fact::Categories => Domain::Set(names::<Category>()),
            Fact::Roles => Domain::Set(names::<Role>()),
            Fact::DataSubjects => Domain::Set(names::<DataSubject>()),
            Fact::PersonalData => Domain::Set(names::<DataCategory>()),
            Fact::LawfulBases => Domain::Set(names::<LawfulBasis>()),
            Fact::VisitorCookies | Fact::StaffCookies => Domain::Set(names::<CookiePurpose>()),
            Fact::Controls => Domain::Set(names::<ControlKind>()),
            Fact::DpiaCriteria => Domain::Set(names::<DpiaCriterion>()),
            Fact::Certifications => Domain::Set(names::<Certification>()),
            Fact::Deployment => Domain::Word(names::<Deployment>()),
            Fact::EuRegion => Domain::Word(names::<EuRegion>()),
            Fact::Dpf => Domain::Word(names::<DpfStatus>()),
            Fact::Scc | Fact::OnwardWithEuRegion => Domain::Word(names::<Tri>()),
            Fact::Nis2 => Domain::Word(names::<Nis2Relevance>()),
            Fact::Transfer => Domain::Word(names::<TransferMechanism>()),
            Fact::Country => Domain::Country,
            Fact::EmployeeMonitoring | Fact::Vdp | Fact::HasDpa | Fact::OnNationalDpiaList => {
                Domain::Bool
            }
            Fact::DpiaCriteriaMet => Domain::Number,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Comparison {
    IsYes,
    Eq(Literal),
    Ne(Literal),
    In(ValueSet),
    Has(Literal),
    Cmp(Ordering, f64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ordering {
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ValueSet {
    List(Vec<Literal>),
    /// A named group, such as a country group (`eea`, `adequate`).
    Group(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Word(String),
    Number(f64),
}

impl Literal {
    pub fn as_word(&self) -> Option<&str> {
        match self {
            Literal::Word(w) => Some(w),
            Literal::Number(_) => None,
        }
    }
}

/// A syntax error, with the byte offset where it was found.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at character {})", self.message, self.offset + 1)
    }
}

impl std::error::Error for ParseError {}

impl Condition {
    /// Every test in the condition, in order; used by the validator.
    pub fn tests(&self) -> Vec<&Test> {
        let mut out = Vec::new();
        self.collect_tests(&mut out);
        out
    }

    fn collect_tests<'a>(&'a self, out: &mut Vec<&'a Test>) {
        match self {
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.collect_tests(out)),
            Condition::Not(c) => c.collect_tests(out),
            Condition::Test(t) => out.push(t),
        }
    }
}

impl FromStr for Condition {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        let tokens = tokenize(s)?;
        let mut parser = Parser {
            tokens,
            pos: 0,
            len: s.len(),
        };
        let condition = parser.or()?;
        match parser.peek() {
            None => Ok(condition),
            Some((offset, token)) => Err(ParseError {
                offset,
                message: format!("unexpected {token} after a complete condition"),
            }),
        }
    }
}

impl TryFrom<String> for Condition {
    type Error = ParseError;
    fn try_from(s: String) -> Result<Self, ParseError> {
        s.parse()
    }
}

impl From<Condition> for String {
    fn from(c: Condition) -> String {
        c.to_string()
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Word(String),
    Number(f64),
    Op(&'static str),
    Open,
    Close,
    OpenList,
    CloseList,
    Comma,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Word(w) => write!(f, "`{w}`"),
            Token::Number(n) => write!(f, "`{n}`"),
            Token::Op(op) => write!(f, "`{op}`"),
            Token::Open => f.write_str("`(`"),
            Token::Close => f.write_str("`)`"),
            Token::OpenList => f.write_str("`[`"),
            Token::CloseList => f.write_str("`]`"),
            Token::Comma => f.write_str("`,`"),
        }
    }
}

fn tokenize(s: &str) -> Result<Vec<(usize, Token)>, ParseError> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        let token = match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'(' => Token::Open,
            b')' => Token::Close,
            b'[' => Token::OpenList,
            b']' => Token::CloseList,
            b',' => Token::Comma,
            b'=' => Token::Op("="),
            b'!' if bytes.get(i + 1) == Some(&b'=') => {
                i += 1;
                Token::Op("!=")
            }
            b'<' | b'>' => {
                let eq = bytes.get(i + 1) == Some(&b'=');
                if eq {
                    i += 1;
                }
                Token::Op(match (c, eq) {
                    (b'<', false) => "<",
                    (b'<', true) => "<=",
                    (_, false) => ">",
                    (_, true) => ">=",
                })
            }
            b'0'..=b'9' => {
                while i + 1 < bytes.len() && (bytes[i + 1].is_ascii_digit() || bytes[i + 1] == b'.')
                {
                    i += 1;
                }
                let text = &s[start..=i];
                Token::Number(text.parse().map_err(|_| ParseError {
                    offset: start,
                    message: format!("`{text}` is not a number"),
                })?)
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                while i + 1 < bytes.len()
                    && (bytes[i + 1].is_ascii_alphanumeric()
                        || matches!(bytes[i + 1], b'_' | b'-' | b'.'))
                {
                    i += 1;
                }
                Token::Word(s[start..=i].to_owned())
            }
            _ => {
                let ch = s[i..].chars().next().unwrap_or('?');
                return Err(ParseError {
                    offset: start,
                    message: format!("unexpected character `{ch}`"),
                });
            }
        };
        out.push((start, token));
        i += 1;
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<(usize, Token)>,
    pos: usize,
    len: usize,
}

impl Parser {
    fn peek(&self) -> Option<(usize, &Token)> {
        self.tokens.get(self.pos).map(|(o, t)| (*o, t))
    }

    fn next(&mut self, expected: &str) -> Result<(usize, Token), ParseError> {
        let item = self
            .tokens
            .get(self.pos)
            .cloned()
            .ok_or_else(|| ParseError {
                offset: self.len,
                message: format!("expected {expected}, found the end of the condition"),
            })?;
        self.pos += 1;
        Ok(item)
    }

    fn keyword(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Some((_, Token::Word(w))) if w == word) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Result<Condition, ParseError> {
        let mut parts = vec![self.and()?];
        while self.keyword("or") {
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::Any(parts)
        })
    }

    fn and(&mut self) -> Result<Condition, ParseError> {
        let mut parts = vec![self.unary()?];
        while self.keyword("and") {
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::All(parts)
        })
    }

    fn unary(&mut self) -> Result<Condition, ParseError> {
        if self.keyword("not") {
            return Ok(Condition::Not(Box::new(self.unary()?)));
        }
        if matches!(self.peek(), Some((_, Token::Open))) {
            self.pos += 1;
            let inner = self.or()?;
            match self.next("`)`")? {
                (_, Token::Close) => return Ok(inner),
                (offset, t) => {
                    return Err(ParseError {
                        offset,
                        message: format!("expected `)`, found {t}"),
                    })
                }
            }
        }
        self.test().map(Condition::Test)
    }

    fn test(&mut self) -> Result<Test, ParseError> {
        let (offset, token) = self.next("a question id or `vendor.<fact>`")?;
        let Token::Word(name) = token else {
            return Err(ParseError {
                offset,
                message: format!("expected a question id or `vendor.<fact>`, found {token}"),
            });
        };
        if is_keyword(&name) {
            return Err(ParseError {
                offset,
                message: format!("expected a question id or `vendor.<fact>`, found `{name}`"),
            });
        }
        let fact = |fact: &str| {
            fact.parse::<Fact>().map_err(|_| ParseError {
                offset,
                message: format!(
                    "unknown vendor fact `{fact}`; known facts: {}",
                    fact_names()
                ),
            })
        };
        let operand = if let Some(f) = name.strip_prefix("vendor.") {
            Operand::Fact(fact(f)?)
        } else if let Some(f) = name.strip_prefix("any_vendor.") {
            Operand::AnyVendor(fact(f)?)
        } else {
            Operand::Answer(name)
        };
        let comparison = match self.peek() {
            Some((_, Token::Op(op))) => {
                let op = *op;
                self.pos += 1;
                match op {
                    "=" => Comparison::Eq(self.literal()?),
                    "!=" => Comparison::Ne(self.literal()?),
                    _ => {
                        let (offset, token) = self.next("a number")?;
                        let Token::Number(n) = token else {
                            return Err(ParseError {
                                offset,
                                message: format!("`{op}` compares numbers, found {token}"),
                            });
                        };
                        let ordering = match op {
                            "<" => Ordering::Lt,
                            "<=" => Ordering::Le,
                            ">" => Ordering::Gt,
                            _ => Ordering::Ge,
                        };
                        Comparison::Cmp(ordering, n)
                    }
                }
            }
            Some((_, Token::Word(w))) if w == "in" => {
                self.pos += 1;
                if matches!(self.peek(), Some((_, Token::OpenList))) {
                    self.pos += 1;
                    let mut items = vec![self.literal()?];
                    loop {
                        match self.next("`,` or `]`")? {
                            (_, Token::Comma) => items.push(self.literal()?),
                            (_, Token::CloseList) => break,
                            (offset, t) => {
                                return Err(ParseError {
                                    offset,
                                    message: format!("expected `,` or `]`, found {t}"),
                                })
                            }
                        }
                    }
                    Comparison::In(ValueSet::List(items))
                } else {
                    match self.literal()? {
                        Literal::Word(group) => Comparison::In(ValueSet::Group(group)),
                        Literal::Number(n) => {
                            return Err(ParseError {
                                offset,
                                message: format!("`in` takes a list or a group, found `{n}`"),
                            })
                        }
                    }
                }
            }
            Some((_, Token::Word(w))) if w == "has" => {
                self.pos += 1;
                Comparison::Has(self.literal()?)
            }
            _ => Comparison::IsYes,
        };
        Ok(Test {
            operand,
            comparison,
        })
    }

    fn literal(&mut self) -> Result<Literal, ParseError> {
        match self.next("a value")? {
            (_, Token::Number(n)) => Ok(Literal::Number(n)),
            (offset, Token::Word(w)) if is_keyword(&w) => Err(ParseError {
                offset,
                message: format!("expected a value, found `{w}`"),
            }),
            (_, Token::Word(w)) => Ok(Literal::Word(w)),
            (offset, t) => Err(ParseError {
                offset,
                message: format!("expected a value, found {t}"),
            }),
        }
    }
}

fn is_keyword(w: &str) -> bool {
    matches!(w, "and" | "or" | "not" | "in" | "has")
}

fn fact_names() -> String {
    use strum::IntoEnumIterator;
    Fact::iter()
        .map(|f| f.as_ref().to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Word(w) => f.write_str(w),
            Literal::Number(n) => write!(f, "{n}"),
        }
    }
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Answer(q) => f.write_str(q),
            Operand::Fact(fact) => write!(f, "vendor.{}", fact.as_ref()),
            Operand::AnyVendor(fact) => write!(f, "any_vendor.{}", fact.as_ref()),
        }
    }
}

impl fmt::Display for Test {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let o = &self.operand;
        match &self.comparison {
            Comparison::IsYes => write!(f, "{o}"),
            Comparison::Eq(l) => write!(f, "{o} = {l}"),
            Comparison::Ne(l) => write!(f, "{o} != {l}"),
            Comparison::Has(l) => write!(f, "{o} has {l}"),
            Comparison::In(ValueSet::Group(g)) => write!(f, "{o} in {g}"),
            Comparison::In(ValueSet::List(items)) => {
                let items: Vec<String> = items.iter().map(ToString::to_string).collect();
                write!(f, "{o} in [{}]", items.join(", "))
            }
            Comparison::Cmp(ord, n) => {
                let op = match ord {
                    Ordering::Lt => "<",
                    Ordering::Le => "<=",
                    Ordering::Gt => ">",
                    Ordering::Ge => ">=",
                };
                write!(f, "{o} {op} {n}")
            }
        }
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Parenthesise only where precedence requires it, so the canonical form reads like the source.
        fn write_part(
            f: &mut fmt::Formatter<'_>,
            c: &Condition,
            parent_is_all: bool,
        ) -> fmt::Result {
            match c {
                Condition::Any(_) if parent_is_all => write!(f, "({c})"),
                _ => write!(f, "{c}"),
            }
        }
        match self {
            Condition::All(parts) | Condition::Any(parts) => {
                let is_all = matches!(self, Condition::All(_));
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(if is_all { " and " } else { " or " })?;
                    }
                    match part {
                        // A nested Any inside Any needs no brackets; a nested All inside All neither,
                        // but keep them when a user wrote them so grouping stays visible.
                        Condition::All(_) if is_all => write!(f, "({part})")?,
                        Condition::Any(_) if !is_all => write!(f, "({part})")?,
                        _ => write_part(f, part, is_all)?,
                    }
                }
                Ok(())
            }
            // `not a = b` parses as `not (a = b)`, but reads better with the brackets.
            Condition::Not(inner) => match inner.as_ref() {
                Condition::Test(Test {
                    comparison: Comparison::IsYes,
                    ..
                })
                | Condition::Not(_) => write!(f, "not {inner}"),
                _ => write!(f, "not ({inner})"),
            },
            Condition::Test(t) => write!(f, "{t}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(src: &str) {
        let c: Condition = src.parse().unwrap_or_else(|e| panic!("{src}: {e}"));
        assert_eq!(c.to_string(), src, "canonical form");
        let again: Condition = c.to_string().parse().unwrap();
        assert_eq!(again, c);
    }

    #[test]
    fn canonical_forms_round_trip() {
        roundtrip("works_council");
        roundtrip("country in eea and works_council != no");
        roundtrip("not (headcount < 250) or public_body");
        roundtrip("vendor.transfer in [scc, no-mechanism] and (region_chosen != eu or vendor.eu_region = not-available)");
        roundtrip("vendor.personal_data has audit-logs");
        roundtrip("not not works_council");
        roundtrip("headcount >= 250.5");
        roundtrip("country = DE and any_vendor.dpia_criteria_met >= 2");
    }

    #[test]
    fn precedence_and_binds_tighter_than_or() {
        let c: Condition = "a or b and c".parse().unwrap();
        let Condition::Any(parts) = c else {
            panic!("expected or at the top")
        };
        assert!(matches!(parts[1], Condition::All(_)));
    }

    #[test]
    fn errors_say_what_and_where() {
        let e = "works_council and".parse::<Condition>().unwrap_err();
        assert!(e.message.contains("found the end"), "{e}");
        let e = "vendor.regoin = eu".parse::<Condition>().unwrap_err();
        assert!(e.message.contains("unknown vendor fact `regoin`"), "{e}");
        assert_eq!(e.offset, 0);
        let e = "a = b c".parse::<Condition>().unwrap_err();
        assert_eq!(e.offset, 6);
        let e = "headcount > many".parse::<Condition>().unwrap_err();
        assert!(e.message.contains("compares numbers"), "{e}");
        let e = "a in [b c]".parse::<Condition>().unwrap_err();
        assert!(e.message.contains("expected `,` or `]`"), "{e}");
        assert!("a & b".parse::<Condition>().is_err());
        assert!("(a".parse::<Condition>().is_err());
        assert!("and".parse::<Condition>().is_err());
    }

    #[test]
    fn serde_uses_the_text_form() {
        let c: Condition = serde_json::from_str("\"a = yes or b\"").unwrap();
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"a = yes or b\"");
        assert!(serde_json::from_str::<Condition>("\"a ==\"").is_err());
    }
}
